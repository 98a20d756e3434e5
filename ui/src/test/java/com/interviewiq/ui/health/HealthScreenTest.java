package com.interviewiq.ui.health;

import com.interviewiq.ui.common.FxScene;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.health.CheckResult;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.UiState;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A threshold set low in the test makes the Health screen show DEGRADED with a raised alert. */
class HealthScreenTest {
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

    @Test
    void showsDegradedWhenAThresholdIsCrossed() throws Exception {
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(SettingKey.SAMPLE_INTERVAL_MILLIS, "200",
                SettingKey.HEALTH_PING_MS, "0/100000", SettingKey.HEALTH_SUSTAIN_SECONDS, "0.2"), Map.of(), Map.of()));
        FxToolkit.registerPrimaryStage();
        ConsoleContext context = new ConsoleContext(engine, UiState.load(dataDir));
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(HealthScreen.create(context), 1000, 700));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(FxScene.text(robot, "#healthStatus")).isEqualTo("DEGRADED"));
        @SuppressWarnings("unchecked")
        List<CheckResult> checks = (List<CheckResult>) FxScene.items(robot, "#healthChecks");
        assertThat(checks).filteredOn(c -> c.name().equals("ping")).singleElement()
                .satisfies(c -> assertThat(c.level()).isEqualTo("warn"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(alertsShown(robot))
                .anySatisfy(a -> assertThat(a.kind() + " " + a.check()).isEqualTo("raised ping")));
    }

    @SuppressWarnings("unchecked")
    private static List<Alert> alertsShown(FxRobot robot) {
        return (List<Alert>) FxScene.items(robot, "#healthAlerts");
    }
}
