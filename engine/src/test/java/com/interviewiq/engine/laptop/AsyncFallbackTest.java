package com.interviewiq.engine.laptop;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seed's promise: when async cannot start but sync can, the engine starts in sync and says so. */
class AsyncFallbackTest {
    @TempDir
    Path dataDir;

    /** The same database, with an R2DBC URL no installed driver accepts. */
    private Settings asyncThatCannotStart(Map<SettingKey, String> extra) {
        Settings s = TestEngines.settings(dataDir, null, Mode.ASYNC, extra);
        DatabaseTarget t = s.database();
        return s.withDatabase(new DatabaseTarget(t.vendor(), t.jdbcUrl(), "r2dbc:nosuchdriver:///nowhere", t.user(),
                t.password(), t.location(), t.pooler()));
    }

    @Test
    void asyncThatCannotStartFallsBackToSyncWithAnAlertAndAMarker() {
        try (Engine engine = Engine.start(asyncThatCannotStart(Map.of()))) {
            assertThat(engine.backend().mode()).isEqualTo(Mode.SYNC);
            assertThat(join(engine.questions().count())).isZero(); // the engine works
            assertThat(engine.health().alerts().all()).singleElement().satisfies(a -> {
                assertThat(a.check()).isEqualTo("async mode");
                assertThat(a.kind()).isEqualTo(Alert.RAISED);
                assertThat(a.message()).startsWith("async mode could not start: ")
                        .contains("nosuchdriver").endsWith("the engine runs in sync mode (set asyncFallback=false to fail instead)");
            });
            assertThat(engine.monitor().history().events()).singleElement()
                    .satisfies(e -> assertThat(e.kind()).isEqualTo(MetricsEvent.ASYNC_FALLBACK));
        }
    }

    @Test
    void withoutFallbackAsyncThatCannotStartFailsClearly() {
        assertThatThrownBy(() -> Engine.start(asyncThatCannotStart(Map.of(SettingKey.ASYNC_FALLBACK, "false"))))
                .hasMessageContaining("nosuchdriver");
    }
}
