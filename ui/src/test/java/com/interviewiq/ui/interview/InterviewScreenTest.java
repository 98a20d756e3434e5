package com.interviewiq.ui.interview;

import com.interviewiq.ui.common.FxScene;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.questions.RubricCriterion;
import com.interviewiq.engine.sessions.InterviewSession;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.engine.sessions.SessionStatus;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.Navigator;
import com.interviewiq.ui.common.UiState;
import com.interviewiq.ui.sessions.SessionsScreenDriver;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The interview runner on a real engine (temporary H2 file) in both modes, driven by keyboard and mouse. */
class InterviewScreenTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;
    private Engine engine;
    private InterviewScreen screen;
    private final FxRobot robot = new FxRobot();
    private final AtomicLong reportOpened = new AtomicLong(-1);

    private void open(Mode mode) throws Exception {
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(SettingKey.POOL_SIZE, "4",
                SettingKey.ASYNC_ENABLED, String.valueOf(mode == Mode.ASYNC)), Map.of(), Map.of()));
        result(engine.transfer().importSampleBank());
        FxToolkit.registerPrimaryStage();
        show();
    }

    private void show() throws Exception {
        Navigator navigator = new Navigator() {
            @Override
            public void openReport(long sessionId) {
                reportOpened.set(sessionId);
            }

            @Override
            public void resumeInterview(long sessionId) {
            }
        };
        ConsoleContext context = new ConsoleContext(engine, UiState.load(dataDir), navigator);
        FxToolkit.setupStage(s -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            var loaded = InterviewScreen.load(context);
            screen = loaded.controller();
            s.setScene(new Scene(loaded.root(), 1100, 850));
            s.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (engine != null) {
            engine.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aFiveQuestionInterviewRunsToTheEndWithAnOverrideAndItsReportExports(Mode mode) throws Exception {
        open(mode);
        assertThat(engine.backend().mode()).isEqualTo(mode);
        startInterview("Ada Lovelace", "Grace Hopper");

        for (int n = 1; n <= 5; n++) {
            int number = n;
            await().atMost(WAIT).untilAsserted(() -> assertThat(text("#interviewProgress")).endsWith("question " + number + " of 5"));
            assertThat(text("#countdown")).contains("left of");
            if (n == 3) {
                robot.clickOn("#skipQuestion");
                await().atMost(WAIT).untilAsserted(() -> assertThat(text("#evaluationScore")).isEqualTo("Skipped"));
            } else {
                Question q = currentQuestion();
                robot.clickOn("#answer").write(goodAnswer(q));
                robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
                await().atMost(WAIT).untilAsserted(() -> assertThat(text("#evaluationScore")).endsWith("/ 100"));
                assertThat(text("#evaluationDetail")).startsWith("Scored by semantic");
                assertThat(FxScene.read(() -> robot.lookup("#evaluationMarks").queryAs(javafx.scene.layout.VBox.class).getChildren().size())).isPositive();
            }
            if (n == 2) {
                robot.clickOn("#overrideScore").write("90");
                robot.clickOn("#overrideNote").write("clear and complete");
                robot.clickOn("#saveOverride");
                await().atMost(WAIT).untilAsserted(() -> assertThat(text("#overrideStatus")).startsWith("Override saved: 90"));
            }
            robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        }

        await().atMost(WAIT).untilAsserted(() -> assertThat(text("#interviewOutcome")).isEqualTo("Interview finished"));
        assertThat(text("#interviewOutcomeDetail")).contains("Ada Lovelace").contains("5 asked, 1 skipped");
        robot.clickOn("#openReport");
        long id = reportOpened.get();
        assertThat(id).isPositive();

        SessionReport report = result(engine.sessions().report(id));
        assertThat(report.status()).isEqualTo("completed");
        assertThat(report.answered()).isEqualTo(5);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.overridden()).isEqualTo(1);
        assertThat(report.timeline().get(1).overrideScore()).isEqualTo(90);
        assertThat(report.timeline().get(1).overrideNote()).isEqualTo("clear and complete");
        assertThat(report.timeline()).extracting(SessionReport.TimelineEntry::score).filteredOn(s -> s != null && s > 0).isNotEmpty();

        // the history opens it and exports it in both formats
        SessionsScreenDriver history = SessionsScreenDriver.show(engine, dataDir);
        history.openReport(id);
        await().atMost(WAIT).untilAsserted(() -> assertThat(text("#reportTitle")).isEqualTo("Ada Lovelace · session #" + id));
        assertThat(text("#reportOverridden")).isEqualTo("1");
        Path md = dataDir.resolve("report.md");
        Path json = dataDir.resolve("report.json");
        history.exportTo(md);
        await().atMost(WAIT).until(() -> Files.exists(md));
        history.exportTo(json);
        await().atMost(WAIT).until(() -> Files.exists(json));
        assertThat(Files.readString(md)).contains("Ada Lovelace").contains("clear and complete");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(md)))
                .as("a report holds candidate data").isEqualTo("rw-------");
        assertThat(com.interviewiq.engine.json.JsonSupport.mapper().readTree(json.toFile()).get("sessionId").asLong()).isEqualTo(id);
    }

    @Test
    void aMissingCandidateIsNamedInlineAndNothingStarts() throws Exception {
        open(Mode.SYNC);
        robot.clickOn("#interviewer").write("Grace Hopper");
        robot.clickOn("#startInterview");
        await().atMost(WAIT).untilAsserted(() -> assertThat(text("#candidateError")).isEqualTo("Candidate is required"));
        robot.clickOn("#totalMinutes").write("soon");
        robot.clickOn("#startInterview");
        await().atMost(WAIT).untilAsserted(() -> assertThat(text("#totalMinutesError")).startsWith("Total time:"));
        assertThat(result(engine.sessions().list(SessionFilter.all()))).isEmpty();
    }

    @Test
    void closingMidInterviewLeavesItPausedAndResumableWithTheSameQuestion() throws Exception {
        open(Mode.SYNC);
        startInterview("Alan Turing", "Grace Hopper");
        await().atMost(WAIT).untilAsserted(() -> assertThat(text("#interviewProgress")).endsWith("question 1 of 5"));
        String asked = text("#questionTitle");
        // what the console does when its window closes
        CompletionStage<?> paused = org.testfx.util.WaitForAsyncUtils.asyncFx(screen::pauseForExit).get(10, TimeUnit.SECONDS);
        paused.toCompletableFuture().get(30, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();

        List<SessionSummary> open = result(engine.sessions().list(SessionFilter.all()));
        assertThat(open).singleElement().extracting(SessionSummary::status).isEqualTo(SessionStatus.PAUSED);

        show();
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(FxScene.items(robot, "#unfinishedInterviews")).hasSize(1));
        robot.clickOn("#resumeInterview");
        await().atMost(WAIT).untilAsserted(() -> assertThat(text("#questionTitle")).isEqualTo(asked));
        InterviewSession s = result(engine.sessions().get(open.getFirst().id()));
        assertThat(s.status()).isEqualTo(SessionStatus.IN_PROGRESS);
    }

    @Test
    void pauseHidesTheQuestionAndAbandonAsksFirst() throws Exception {
        open(Mode.SYNC);
        startInterview("Edsger Dijkstra", "Grace Hopper");
        await().atMost(WAIT).untilAsserted(() -> assertThat(text("#interviewProgress")).endsWith("question 1 of 5"));
        robot.clickOn("#pauseInterview");
        await().atMost(WAIT).until(() -> FxScene.visible(robot, "#pausedNotice"));
        assertThat(FxScene.visible(robot, "#questionCard")).isFalse();
        assertThat(FxScene.disabled(robot, "#submitAnswer")).isTrue();
        long id = result(engine.sessions().list(SessionFilter.all())).getFirst().id();
        assertThat(result(engine.sessions().get(id)).status()).isEqualTo(SessionStatus.PAUSED);
        robot.clickOn("#pauseInterview");
        await().atMost(WAIT).until(() -> FxScene.visible(robot, "#questionCard"));
        assertThat(result(engine.sessions().get(id)).status()).isEqualTo(SessionStatus.IN_PROGRESS);

        robot.clickOn("#abandonInterview");
        await().atMost(WAIT).until(() -> robot.lookup("#abandonDialog").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".button").match((Node b) -> b instanceof Button btn
                && "Cancel".equals(btn.getText())).queryButton());
        assertThat(result(engine.sessions().get(id)).status()).isEqualTo(SessionStatus.IN_PROGRESS);
        robot.clickOn("#abandonInterview");
        await().atMost(WAIT).until(() -> robot.lookup("#abandonDialog").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".button").match((Node b) -> b instanceof Button btn
                && "Abandon interview".equals(btn.getText())).queryButton());
        await().atMost(WAIT).untilAsserted(() -> assertThat(text("#interviewOutcome")).isEqualTo("Interview abandoned"));
        assertThat(result(engine.sessions().get(id)).status()).isEqualTo(SessionStatus.ABANDONED);
    }

    private void startInterview(String candidate, String interviewer) {
        await().atMost(WAIT).until(() -> FxScene.read(() -> !robot.lookup("#track").queryAs(javafx.scene.layout.FlowPane.class).getChildren().isEmpty()));
        robot.clickOn("#candidate").write(candidate);
        robot.clickOn("#interviewer").write(interviewer);
        robot.type(KeyCode.ENTER);
        await().atMost(WAIT).untilAsserted(() -> assertThat(text("#interviewProgress"))
                .as("start message '%s', errors '%s' '%s' '%s'", text("#startMessage"), text("#candidateError"),
                        text("#trackError"), text("#runMessage"))
                .endsWith("question 1 of 5"));
    }

    /** The question on screen, found through the service by its title. */
    private Question currentQuestion() throws Exception {
        String title = text("#questionTitle");
        List<Question> found = result(engine.questions().search(new QuestionQuery(null, null, null, null, title, 0, 10))).items();
        return found.stream().filter(q -> q.title().equals(title)).findFirst().orElseThrow();
    }

    /** An answer naming one keyword of each rubric criterion: short to type, and worth points. */
    private static String goodAnswer(Question q) {
        return q.rubric().stream().map(RubricCriterion::keywords).filter(k -> !k.isEmpty()).map(List::getFirst)
                .collect(Collectors.joining(", "));
    }

    private String text(String id) {
        return FxScene.text(robot, id);
    }

    private static <T> T result(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
