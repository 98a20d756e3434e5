package com.interviewiq.ui.settings;

import com.interviewiq.ui.common.FxScene;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.SimulationResult;
import com.interviewiq.engine.simulate.Simulator;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.UiState;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Settings screen on a real engine (temporary H2 file), driven by TestFX. */
class SettingsScreenTest {
    @TempDir
    Path dataDir;
    private Engine engine;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(SettingKey.POOL_SIZE, "4",
                SettingKey.MAX_OVERFLOW, "4"), Map.of(), Map.of()));
        FxToolkit.registerPrimaryStage();
        ConsoleContext context = new ConsoleContext(engine, UiState.load(dataDir));
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(SettingsScreen.create(context, Map.of("INTERVIEWIQ_SAMPLE_INTERVAL_MILLIS", "500")), 1100, 800));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        engine.close();
    }

    @Test
    void togglingAsyncSwitchesTheEngineLiveWhileLoadRunsWithNoFailures() throws Exception {
        engine.transfer().importSampleBank().toCompletableFuture().get(60, TimeUnit.SECONDS);
        Simulator.Run run = engine.simulator().prepare(new SimulationOptions(1_000_000, 8, 3, List.of(), null, 1), (d, t) -> { });
        CompletableFuture<SimulationResult> load = engine.simulator().start(run).toCompletableFuture();
        await().atMost(Duration.ofSeconds(30)).until(() -> run.answersAcknowledged() > 20);

        robot.clickOn(robot.lookup("#field-asyncEnabled").queryAs(CheckBox.class));
        robot.clickOn("#applySettings");
        await().atMost(Duration.ofSeconds(60)).until(() -> engine.backend().mode() == Mode.ASYNC);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(FxScene.text(robot, "#settingsResult")).startsWith("Applied: sync → async"));
        long before = run.answersAcknowledged();
        await().atMost(Duration.ofSeconds(30)).until(() -> run.answersAcknowledged() > before + 20);
        run.stop();
        SimulationResult r = load.get(60, TimeUnit.SECONDS);
        assertThat(r.errors()).isZero();
        assertThat(r.answersStored()).isEqualTo(r.answersAcknowledged());
    }

    @Test
    void anInvalidValueShowsInlineAndIsNotSaved() {
        TextField size = robot.lookup("#field-poolSize").queryAs(TextField.class);
        robot.interact(() -> size.setText("many"));
        robot.clickOn("#saveSettings");
        assertThat(FxScene.text(robot, "#error-poolSize")).isEqualTo("'many' is not a whole number");
        assertThat(FxScene.visible(robot, "#error-poolSize")).isTrue();
        assertThat(FxScene.text(robot, "#settingsResult")).startsWith("Not saved");
        assertThat(Files.exists(dataDir.resolve("settings.json"))).isFalse();

        robot.interact(() -> size.setText("6"));
        robot.clickOn("#saveSettings");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dataDir.resolve("settings.json")));
        await().atMost(Duration.ofSeconds(10)).until(() -> !FxScene.visible(robot, "#error-poolSize"));
    }

    @Test
    void environmentValuesAreReadOnly() {
        assertThat(FxScene.disabled(robot, "#field-sampleIntervalMillis")).isTrue();
        assertThat(FxScene.text(robot, ".env-note"))
                .contains("INTERVIEWIQ_SAMPLE_INTERVAL_MILLIS");
    }
}
