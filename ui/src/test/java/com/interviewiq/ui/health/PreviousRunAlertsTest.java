package com.interviewiq.ui.health;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.FxScene;
import com.interviewiq.ui.common.UiState;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An alert of the console's previous run is still on the Health screen after a restart, marked as such. */
class PreviousRunAlertsTest {
    @TempDir
    Path dataDir;
    private Engine engine;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (engine != null) {
            engine.close();
        }
    }

    private Engine start() {
        Engine e = Engine.start(SettingsResolver.resolve(dataDir, Map.of(SettingKey.SAMPLE_INTERVAL_MILLIS, "200"),
                Map.of(), Map.of()));
        e.startRecording("console");
        return e;
    }

    @Test
    void theLastRunsAlertsSurviveARestart() throws Exception {
        try (Engine previous = start()) {
            previous.health().raise("async mode", "warn", "async mode could not start");
        }
        engine = start();
        FxToolkit.registerPrimaryStage();
        ConsoleContext context = new ConsoleContext(engine, UiState.load(dataDir));
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(HealthScreen.create(context), 1000, 700));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(alertsShown(robot))
                .anySatisfy(a -> assertThat(a.message()).isEqualTo("(previous run) async mode could not start")));
        assertThat(engine.health().alerts().all()).as("the engine's own log holds only this run's")
                .noneMatch(a -> a.message().contains("could not start"));
    }

    @SuppressWarnings("unchecked")
    private static List<Alert> alertsShown(FxRobot robot) {
        return (List<Alert>) FxScene.items(robot, "#healthAlerts");
    }
}
