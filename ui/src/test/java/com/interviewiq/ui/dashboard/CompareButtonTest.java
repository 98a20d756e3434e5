package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.FxScene;
import com.interviewiq.ui.common.UiState;
import com.interviewiq.ui.common.Views;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Dashboard's Compare button opens the A/B window on the engine's live history, around a real switch. */
class CompareButtonTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private Engine engine;
    private DashboardScreen screen;

    @AfterEach
    void close() throws Exception {
        if (screen != null) {
            FxScene.read(() -> {
                screen.close();
                return null;
            });
        }
        FxToolkit.cleanupStages();
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void comparesBeforeAndAfterTheSwitchTheEngineMade() throws Exception {
        // 100 ms samples: 10 s on each side of the switch (the shortest default range) come quickly
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(SettingKey.SAMPLE_INTERVAL_MILLIS, "100"),
                Map.of(), Map.of()));
        ConsoleContext context = new ConsoleContext(engine, UiState.load(dataDir));
        FxToolkit.registerPrimaryStage();
        Views.Loaded<DashboardScreen> loaded = FxToolkit.setupFixture(() -> DashboardScreen.load(context));
        screen = loaded.controller();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(loaded.root(), 1280, 800));
            stage.show();
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> engine.monitor().history().samples().size() >= 160);
        engine.switchMode(Mode.ASYNC, p -> { }).toCompletableFuture().get(60, TimeUnit.SECONDS);
        java.time.Instant switched = engine.monitor().history().events().getLast().time();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                engine.monitor().history().latest().time().isAfter(switched.plusSeconds(16)));

        robot.clickOn("#compareButton");

        Stage window = FxScene.read(() -> (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Compare two time ranges".equals(s.getTitle())).findFirst().orElseThrow());
        assertThat(FxScene.read(() -> window.getScene().lookup("#compareVerdict") instanceof javafx.scene.control.Label l
                ? l.getText() : "")).startsWith("async against sync: throughput ");
        assertThat(FxScene.read(() -> ((javafx.scene.control.Label) window.getScene().lookup("#compareWhy")).getText()))
                .startsWith("Default: before and after the switch sync → async");
        FxScene.read(() -> {
            window.close();
            return null;
        });
    }
}
