package com.interviewiq.engine.monitor;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.health.HealthReport;
import com.interviewiq.engine.health.HealthStatus;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ASYNC_DATABASE_MONITORING_ENABLED=false: nothing is timed, nothing samples, health still answers. */
class MonitoringOffTest {
    @TempDir
    Path dataDir;

    @Test
    void monitoringOffInstallsNothing() {
        try (Engine engine = Engine.start(TestEngines.settings(dataDir, null, Mode.ASYNC,
                Map.of(SettingKey.MONITORING_ENABLED, "false")))) {
            assertThat(engine.database()).isNotInstanceOf(InstrumentedDatabase.class);
            assertThat(engine.monitor().enabled()).isFalse();
            assertThat(engine.monitor().sampleNow()).isNull();
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("pool-sampler"));
            assertThat(engine.health().now().status()).isEqualTo(HealthStatus.UP);
            assertThat(engine.monitor().registry().scrape()).doesNotContain("interviewiq_db_statements");
        }
    }

    /** A late health call (a screen refreshing as the console closes) must not reopen, or create, the database. */
    @Test
    void healthAfterCloseTouchesNoDatabase() throws Exception {
        Engine engine = Engine.start(TestEngines.settings(dataDir, null, Mode.SYNC,
                Map.of(SettingKey.MONITORING_ENABLED, "false")));
        engine.close();
        Path db = dataDir.resolve("db");
        try (Stream<Path> files = Files.walk(db)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        HealthReport report = engine.health().now();
        assertThat(report.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(report.checks()).anyMatch(c -> String.valueOf(c.detail()).contains("the engine is closed"));
        assertThat(db).doesNotExist();
    }
}
