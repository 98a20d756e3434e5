package com.interviewiq.engine.resilience;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.db.BackendSpec;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.SwitchProgress;
import com.interviewiq.engine.db.SwitchResult;
import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;

class SwitchRefusalTest {
    @TempDir
    Path dataDir;

    @Test
    void aSwitchToAnUnreachableDatabaseStaysOnTheOldBackendAndSaysWhy() {
        try (Engine engine = Engine.start(TestEngines.settings(dataDir, null, Mode.SYNC, Map.of()))) {
            DatabaseTarget nowhere = DatabaseTarget.parse("postgresql://iq:Secret-Pass-77@127.0.0.1:1/none", dataDir);
            BackendSpec before = engine.backend();
            List<SwitchProgress> progress = new CopyOnWriteArrayList<>();
            SwitchResult r = join(engine.reconfigure(new BackendSpec(nowhere, Mode.ASYNC, before.executor(),
                    before.pool().withTimeout(Duration.ofSeconds(1))), progress::add));
            assertThat(r.switched()).isFalse();
            assertThat(r.reason()).contains("127.0.0.1:1").doesNotContain("Secret-Pass-77");
            assertThat(r.summary()).startsWith("stayed on sync");
            assertThat(engine.backend()).isEqualTo(before);
            assertThat(progress).last().extracting(SwitchProgress::phase).isEqualTo(SwitchProgress.Phase.FAILED);
            assertThat(join(engine.questions().count())).isZero(); // still serving on the old backend
            assertThat(engine.monitor().history().events()).singleElement()
                    .extracting(MetricsEvent::kind).isEqualTo(MetricsEvent.SWITCH_REFUSED);

            SwitchResult ok = join(engine.switchMode(Mode.ASYNC, progress::add));
            assertThat(ok.switched()).isTrue();
            assertThat(engine.database().mode()).isEqualTo(Mode.ASYNC);
            assertThat(engine.settings().mode()).isEqualTo(Mode.ASYNC);
            assertThat(join(engine.switchMode(Mode.ASYNC, p -> { })).reason()).contains("already");
        }
    }

    @Test
    void editedPoolSizesApplyThroughTheSameSwitch() {
        try (Engine engine = Engine.start(TestEngines.settings(dataDir, null, Mode.SYNC,
                Map.of(com.interviewiq.engine.config.SettingKey.POOL_SIZE, "4",
                        com.interviewiq.engine.config.SettingKey.MAX_OVERFLOW, "0")))) {
            assertThat(engine.database().poolStats().max()).isEqualTo(4);
            BackendSpec bigger = new BackendSpec(engine.backend().target(), Mode.SYNC, engine.backend().executor(),
                    engine.backend().pool().withSize(6, 2));
            SwitchResult r = join(engine.reconfigure(bigger, p -> { }));
            assertThat(r.switched()).isTrue();
            assertThat(engine.database().poolStats().max()).isEqualTo(8);
            assertThat(engine.settings().pool().size()).isEqualTo(6);
            assertThat(join(engine.questions().count())).isZero();
        }
    }
}
