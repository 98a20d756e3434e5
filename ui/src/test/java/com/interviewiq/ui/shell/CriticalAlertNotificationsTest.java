package com.interviewiq.ui.shell;

import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.health.HealthMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Which alerts reach the desktop, through a fake notifier (a real tray cannot be tested headless). */
class CriticalAlertNotificationsTest {
    @TempDir
    Path dataDir;
    private final List<String> shown = new ArrayList<>();
    private final AtomicInteger made = new AtomicInteger();

    private DesktopNotifier fake() {
        made.incrementAndGet();
        return (title, message) -> shown.add(title + " | " + message);
    }

    private HealthMonitor health() {
        Settings s = SettingsResolver.resolve(dataDir, Map.of(), Map.of(), Map.of());
        return new HealthMonitor(s, () -> { throw new AssertionError("no database is needed"); }, Clock.systemUTC());
    }

    @Test
    void onlyRaisesToCriticalOrDownNotify() {
        HealthMonitor health = health();
        Runnable stop = CriticalAlertNotifications.watch(health.alerts(), true, this::fake);

        health.raise("p99 latency", "warn", "p99 latency 300 ms has been at or above 250 ms (warn) for 10 s");
        assertThat(made.get()).as("the notifier is made only when the first critical alert comes").isZero();
        health.raise("pool saturation", "critical", "pool saturation 0.97 has been at or above 0.95 (critical) for 10 s");
        health.raise("database", "down", "database unavailable: connection refused");
        health.clear("pool saturation", "pool saturation back to 0.20, below 0.80");
        stop.run();
        health.raise("error rate", "critical", "after the console stopped listening");

        assertThat(shown).containsExactly(
                "InterviewIQ: pool saturation critical | pool saturation 0.97 has been at or above 0.95 (critical) for 10 s",
                "InterviewIQ: database down | database unavailable: connection refused");
        assertThat(made.get()).as("one notifier, made once").isEqualTo(1);
    }

    @Test
    void withTheSettingOffNothingIsAskedOfTheDesktop() {
        HealthMonitor health = health();
        CriticalAlertNotifications.watch(health.alerts(), false, this::fake);

        health.raise("pool saturation", "critical", "pool saturation 0.97");

        assertThat(made.get()).isZero();
        assertThat(shown).isEmpty();
    }

    @Test
    void theSettingIsOnByDefaultAndTurnsOffByItsVariable() {
        assertThat(SettingsResolver.resolve(dataDir, Map.of(), Map.of(), Map.of()).health().desktopNotifications()).isTrue();
        assertThat(SettingsResolver.resolve(dataDir, Map.of(), Map.of("INTERVIEWIQ_DESKTOP_NOTIFICATIONS", "false"), Map.of())
                .health().desktopNotifications()).isFalse();
    }
}
