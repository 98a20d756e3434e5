package com.interviewiq.ui.settings;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.engine.monitor.PoolAdvisor;
import com.interviewiq.ui.common.QueuedFxThread;
import com.interviewiq.ui.common.TrafficSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The pool advisor's state and its Apply, with a fake applier and through the real live switch on H2. */
class PoolAdvisorViewModelTest {
    private static final Instant T0 = Instant.parse("2026-12-02T14:00:00Z");
    @TempDir
    Path dataDir;
    private final QueuedFxThread fx = new QueuedFxThread();

    /** 10 minutes: 5 quiet at 10 tx/s, then 5 at 400 tx/s holding each connection 10 ms: 4 busy, size 5, overflow 3. */
    private static List<MetricsSample> traffic() {
        List<MetricsSample> s = new ArrayList<>(TrafficSamples.steady(T0, 300, "sync", 10, 5, 10, 0));
        s.addAll(TrafficSamples.steady(T0.plusSeconds(300), 300, "sync", 400, 5, 12, 2));
        return s;
    }

    private PoolAdvisorViewModel model(List<MetricsSample> samples, Settings settings, Map<String, String> env,
                                       SettingsApplier applier) {
        SettingsViewModel fields = new SettingsViewModel(dataDir, env, settings);
        return new PoolAdvisorViewModel(() -> samples, settings::pool, () -> null, fields, applier, fx,
                PoolAdvisor.DEFAULT_WINDOW);
    }

    private Settings settings(Map<String, String> env) {
        return SettingsResolver.resolve(dataDir, Map.of(), env, Map.of());
    }

    @Test
    void judgesOnlyTheNewestWindowAndApplyPutsTheSizesIntoTheFields() {
        AtomicReference<SettingsViewModel> applied = new AtomicReference<>();
        CompletableFuture<String> outcome = new CompletableFuture<>();
        PoolAdvisorViewModel model = model(traffic(), settings(Map.of()), Map.of(), (fields, progress) -> {
            applied.set(fields);
            return outcome;
        });

        model.refresh();
        assertThat(model.advice().transactionsPerSecond()).as("the quiet first five minutes are out of the window")
                .isGreaterThan(390);
        assertThat(model.suggestion().get()).isEqualTo("Suggested: size 5 + overflow 3 (max 8)");
        assertThat(model.reasoning().get()).contains("Little's law", "Now: size 20 + overflow 30");
        assertThat(model.canApply().get()).isTrue();

        model.apply();
        assertThat(applied.get().value(SettingKey.POOL_SIZE).get()).isEqualTo("5");
        assertThat(applied.get().value(SettingKey.MAX_OVERFLOW).get()).isEqualTo("3");
        assertThat(model.applying().get()).isTrue();
        assertThat(model.canApply().get()).as("one Apply at a time").isFalse();

        outcome.complete("Applied: pools 20+30 → 5+3");
        fx.settle(() -> !model.applying().get());
        assertThat(model.result().get()).isEqualTo("Applied: pools 20+30 → 5+3");
    }

    @Test
    void littleTrafficGivesNoAdviceAndNothingToApply() {
        PoolAdvisorViewModel model = model(TrafficSamples.steady(T0, 20, "sync", 400, 5, 12, 2), settings(Map.of()),
                Map.of(), (f, p) -> { throw new AssertionError("nothing to apply"); });

        model.refresh();
        model.apply();

        assertThat(model.suggestion().get()).isEqualTo("No advice yet");
        assertThat(model.reasoning().get()).startsWith("Not enough traffic to advise: 20 s sampled");
        assertThat(model.canApply().get()).isFalse();
    }

    @Test
    void poolSizesSetByTheEnvironmentCannotBeAppliedHere() {
        Map<String, String> env = Map.of("ASYNC_DATABASE_POOL_SIZE", "12");
        PoolAdvisorViewModel model = model(traffic(), settings(env), env, (f, p) -> { throw new AssertionError("off"); });

        model.refresh();

        assertThat(model.suggestion().get()).startsWith("Suggested: size 5");
        assertThat(model.canApply().get()).isFalse();
        assertThat(model.result().get()).isEqualTo("Apply is off: the environment variable ASYNC_DATABASE_POOL_SIZE sets the pool here (read-only).");
    }

    @Test
    void applySwitchesTheRunningEnginesPoolsLiveOnH2() throws Exception {
        try (Engine engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(SettingKey.POOL_MIN_IDLE, "8"),
                Map.of(), Map.of()))) {
            Settings running = engine.settings();
            SettingsViewModel fields = new SettingsViewModel(dataDir, Map.of(), running);
            PoolAdvisorViewModel model = new PoolAdvisorViewModel(() -> traffic(), () -> engine.settings().pool(), () -> null,
                    fields, SettingsApplier.switching(engine), fx, PoolAdvisor.DEFAULT_WINDOW);
            long before = QueuedFxThread.done(engine.questions().count());

            model.refresh();
            model.apply();
            fx.settle(() -> !model.applying().get());

            PoolSettings pool = engine.backend().pool();
            assertThat(pool.size()).isEqualTo(5);
            assertThat(pool.maxOverflow()).isEqualTo(3);
            assertThat(pool.minIdle()).as("min idle 8 is lowered to the new size").isEqualTo(5);
            assertThat(model.result().get()).startsWith("Applied: ");
            assertThat(engine.monitor().history().events()).anyMatch(e -> e.kind().equals("mode-switch"));
            assertThat(QueuedFxThread.done(engine.questions().count())).as("the engine serves on the new pool").isEqualTo(before);
        }
    }
}
