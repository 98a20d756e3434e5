package com.interviewiq.engine.health;

import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.Backends;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Migrations;
import com.interviewiq.engine.db.PoolStats;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.engine.testing.TestClock;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Thresholds fire only after their sustain time, clear, and respect the quiet period. */
class HealthMonitorTest {
    @TempDir
    Path dataDir;
    private TestClock clock;
    private Database db;
    private HealthMonitor health;

    @BeforeEach
    void open() {
        clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));
        Settings settings = TestEngines.settings(dataDir, null, Mode.SYNC, Map.of(
                SettingKey.HEALTH_P99_MS, "250/1000", SettingKey.HEALTH_POOL_SATURATION, "0.5/0.9",
                SettingKey.HEALTH_SUSTAIN_SECONDS, "10", SettingKey.HEALTH_QUIET_SECONDS, "60"));
        Migrations.migrate(settings.database());
        db = Backends.open(settings.database(), Mode.SYNC, settings.syncExecutor(), settings.pool());
        health = new HealthMonitor(settings, () -> db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void at(int second, double p99, int active) {
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-11-27T10:00:00Z").plusSeconds(second)));
        health.onSample(new MetricsSample(clock.instant(), "sync", new PoolStats(active, 10 - active, 0, 10, 10),
                new MetricsSample.Rates(100, 50, 0), new MetricsSample.Latency(1, 2, p99, p99, p99, 0.1),
                MetricsSample.Totals.NONE, 1, false).load());
    }

    private String level(String check) {
        return health.report().checks().stream().filter(c -> c.name().equals(check)).findFirst().orElseThrow().level();
    }

    @Test
    void raisesAfterTheSustainTimeClearsAndHonoursTheQuietPeriod() {
        at(0, 10, 1);
        assertThat(health.report().status()).isEqualTo(HealthStatus.UP);
        at(1, 500, 1);
        at(6, 500, 1);
        assertThat(level("p99 latency")).as("5 s over: not yet").isEqualTo("ok");
        assertThat(health.alerts().all()).isEmpty();
        at(11, 500, 1);
        assertThat(level("p99 latency")).isEqualTo("warn");
        assertThat(health.report().status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(health.alerts().all()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Alert.RAISED);
            assertThat(a.check()).isEqualTo("p99 latency");
            assertThat(a.value()).isEqualTo(500.0);
            assertThat(a.threshold()).isEqualTo(250.0);
        });
        var since = health.report().checks().stream().filter(c -> c.name().equals("p99 latency")).findFirst().orElseThrow().since();
        assertThat(since).isEqualTo(Instant.parse("2026-11-27T10:00:01Z"));

        at(12, 20, 1);
        assertThat(level("p99 latency")).as("clearing also waits for the sustain time").isEqualTo("warn");
        at(22, 20, 1);
        assertThat(level("p99 latency")).isEqualTo("ok");
        assertThat(health.alerts().all()).hasSize(2).last().extracting(Alert::kind).isEqualTo(Alert.CLEARED);
        assertThat(health.report().status()).isEqualTo(HealthStatus.UP);

        at(23, 600, 1);
        at(40, 600, 1);
        assertThat(level("p99 latency")).as("quiet until 60 s after the last raise").isEqualTo("ok");
        at(71, 600, 1);
        assertThat(level("p99 latency")).isEqualTo("warn");
        assertThat(health.alerts().all()).hasSize(3);
    }

    @Test
    void escalatesToCriticalAndTracksEachCheckOnItsOwn() {
        at(0, 2000, 8);
        at(10, 2000, 8);
        assertThat(level("p99 latency")).isEqualTo("critical");
        assertThat(level("pool saturation")).isEqualTo("warn");
        assertThat(level("error rate")).isEqualTo("ok");
        assertThat(health.report().status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(health.alerts().all()).extracting(Alert::check).containsExactlyInAnyOrder("p99 latency", "pool saturation");
        assertThat(level("ping")).isEqualTo("ok");
        assertThat(level("migrations")).isEqualTo("ok");
    }
}
