package com.interviewiq.ui.settings;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.engine.monitor.PoolAdvisor;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.FxScene;
import com.interviewiq.ui.common.FxThread;
import com.interviewiq.ui.common.TrafficSamples;
import com.interviewiq.ui.common.UiState;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The pool advisor renders its advice, applies it, and sits under the pool fields of the Settings screen. */
class PoolAdvisorPanelTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void rendersTheAdviceAndItsReasoningAndAppliesIt() throws Exception {
        List<MetricsSample> traffic = TrafficSamples.steady(Instant.parse("2026-12-02T14:00:00Z"), 120, "async", 400, 5, 12, 2);
        Settings settings = SettingsResolver.resolve(dataDir, Map.of(), Map.of(), Map.of());
        AtomicReference<String> appliedSize = new AtomicReference<>();
        PoolAdvisorViewModel model = new PoolAdvisorViewModel(() -> traffic, settings::pool, () -> null,
                new SettingsViewModel(dataDir, Map.of(), settings), (fields, progress) -> {
                    appliedSize.set(fields.value(SettingKey.POOL_SIZE).get());
                    return CompletableFuture.completedFuture("Applied: pools 20+30 → 5+3");
                }, FxThread::run, PoolAdvisor.DEFAULT_WINDOW);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(PoolAdvisorPanel.create(model)), 800, 400));
            stage.show();
        });
        assertThat(FxScene.disabled(robot, "#poolAdviceApply")).as("nothing to apply before advice").isTrue();

        robot.clickOn("#poolAdvise");
        assertThat(FxScene.text(robot, "#poolAdvice")).isEqualTo("Suggested: size 5 + overflow 3 (max 8)");
        assertThat(FxScene.text(robot, "#poolAdviceReasoning")).contains("400.0 transactions/s", "Little's law");

        robot.clickOn("#poolAdviceApply");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(FxScene.text(robot, "#poolAdviceResult")).isEqualTo("Applied: pools 20+30 → 5+3"));
        assertThat(appliedSize.get()).isEqualTo("5");
    }

    @Test
    void theSettingsScreenShowsTheAdvisorOnARealEngine() throws Exception {
        try (Engine engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(), Map.of(), Map.of()))) {
            ConsoleContext context = new ConsoleContext(engine, UiState.load(dataDir));
            FxToolkit.registerPrimaryStage();
            FxToolkit.setupStage(stage -> {
                stage.setScene(new Scene(SettingsScreen.create(context, Map.of()), 1100, 800));
                stage.show();
            });

            robot.interact(() -> robot.lookup("#poolAdvise").queryButton().fire());

            assertThat(FxScene.text(robot, "#poolAdvice")).isEqualTo("No advice yet");
            assertThat(FxScene.text(robot, "#poolAdviceReasoning")).startsWith("Not enough traffic to advise:");
            assertThat(FxScene.disabled(robot, "#poolAdviceApply")).isTrue();
            FxToolkit.cleanupStages();
        }
    }
}
