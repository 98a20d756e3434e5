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

    @Test
    void theEvaluatorIsTestedWithTheEditedFieldsAndAppliedLive() throws Exception {
        com.sun.net.httpserver.HttpServer chat = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.atomic.AtomicReference<String> authorization = new java.util.concurrent.atomic.AtomicReference<>("");
        chat.createContext("/", ex -> {
            authorization.set(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            ex.getRequestBody().readAllBytes();
            byte[] body = """
                    {"choices": [{"index": 0, "message": {"role": "assistant", "content":
                    "{\\"score\\": 88, \\"criteria\\": [], \\"feedback\\": \\"Names ConcurrentHashMap.\\"}"}}]}"""
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        chat.start();
        try {
            String url = "http://127.0.0.1:" + chat.getAddress().getPort() + "/v1/chat/completions";
            set("#field-evaluatorUrl", url);
            set("#field-evaluatorModel", "grader-1");
            set("#field-evaluatorApiKeyEnv", "IQ_SETTINGS_TEST_KEY");
            assertThat(FxScene.text(robot, "#evaluatorKeyNote"))
                    .startsWith("The API key variable IQ_SETTINGS_TEST_KEY is not set in this console's environment");

            // below the fold of the scroll pane: fired as a click would
            robot.interact(() -> robot.lookup("#testEvaluator").queryButton().fire());
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(FxScene.text(robot, "#evaluatorTestResult"))
                    .startsWith("Remote scored the sample answer 88/100 in ").contains("Its reply: Names ConcurrentHashMap."));
            assertThat(authorization.get()).as("keyless: no header").isEqualTo("null");
            assertThat(engine.evaluator().status().state()).as("a test applies nothing").isEqualTo("off");

            javafx.scene.control.ChoiceBox<?> choice = robot.lookup("#field-evaluator").queryAs(javafx.scene.control.ChoiceBox.class);
            assertThat(choice.getValue()).as("what runs now").isEqualTo("semantic");
            robot.interact(() -> ((javafx.scene.control.ChoiceBox<String>) choice).setValue("remote"));
            robot.clickOn("#applySettings");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(FxScene.text(robot, "#settingsResult")).contains("Evaluator: grader-1 at 127.0.0.1 from now on."));
            assertThat(engine.evaluator().status().state()).isEqualTo("closed");
            assertThat(engine.settings().evaluator().url()).hasToString(url);
        } finally {
            chat.stop(0);
        }
    }

    @Test
    void aKeyPastedAsTheVariableNameIsRefusedWithoutEchoingIt() {
        set("#field-evaluatorApiKeyEnv", "sk-live-1234567890");
        robot.clickOn("#saveSettings");

        assertThat(FxScene.text(robot, "#error-evaluatorApiKeyEnv"))
                .isEqualTo("must be the name of an environment variable (letters, digits, '_'), not the key itself");
        assertThat(FxScene.text(robot, "#settingsResult")).startsWith("Not saved");
        assertThat(dataDir.resolve("settings.json")).doesNotExist();
    }

    private void set(String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }
}
