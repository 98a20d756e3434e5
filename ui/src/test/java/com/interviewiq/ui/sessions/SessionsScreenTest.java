package com.interviewiq.ui.sessions;

import com.interviewiq.ui.common.FxScene;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.sessions.InterviewSession;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.NextStep;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.Navigator;
import com.interviewiq.ui.common.UiState;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The session history on a real engine: filters, the report with its charts, resuming an open interview. */
class SessionsScreenTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;
    private Engine engine;
    private final FxRobot robot = new FxRobot();
    private final AtomicLong resumed = new AtomicLong(-1);
    private long adaDone;
    private long bobOpen;

    @BeforeEach
    void open() throws Exception {
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(SettingKey.POOL_SIZE, "4"), Map.of(), Map.of()));
        get(engine.transfer().importSampleBank());
        adaDone = interview("Ada Lovelace", 3, true);
        bobOpen = interview("Bob Builder", 1, false);
        FxToolkit.registerPrimaryStage();
        Navigator navigator = new Navigator() {
            @Override
            public void openReport(long sessionId) {
            }

            @Override
            public void resumeInterview(long sessionId) {
                resumed.set(sessionId);
            }
        };
        FxToolkit.setupStage(stage -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            stage.setScene(new Scene(SessionsScreen.create(new ConsoleContext(engine, UiState.load(dataDir), navigator)), 1250, 850));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        engine.close();
    }

    @Test
    void filtersNarrowTheHistoryAndABadMinScoreIsNamed() {
        await().atMost(WAIT).until(() -> rows().size() == 2);
        robot.clickOn("#filterCandidate").write("ada");
        robot.clickOn("#searchSessions");
        await().atMost(WAIT).until(() -> rows().size() == 1 && rows().getFirst().id() == adaDone);

        robot.interact(() -> robot.lookup("#filterCandidate").queryAs(javafx.scene.control.TextField.class).clear());
        robot.interact(() -> robot.lookup("#filterStatus").queryAs(ComboBox.class).getSelectionModel()
                .select(com.interviewiq.engine.sessions.SessionStatus.IN_PROGRESS));
        await().atMost(WAIT).until(() -> rows().size() == 1 && rows().getFirst().id() == bobOpen);

        robot.clickOn("#filterMinScore").write("lots");
        robot.clickOn("#searchSessions");
        assertThat(FxScene.text(robot, "#filterError")).startsWith("Min score:");
        assertThat(rows()).hasSize(1);
    }

    @Test
    void aHeaderClickSortsInTheDatabaseAndThePagerSaysWhereWeAre() {
        await().atMost(WAIT).until(() -> rows().size() == 2);
        assertThat(rows()).extracting(SessionSummary::id).as("newest first").containsExactly(bobOpen, adaDone);
        assertThat(FxScene.text(robot, "#sessionsCount")).isEqualTo("2 sessions match");
        assertThat(FxScene.text(robot, "#sessionsPageNumber")).isEqualTo("Page 1 of 1");
        assertThat(FxScene.disabled(robot, "#nextPage")).isTrue();
        assertThat(FxScene.disabled(robot, "#previousPage")).isTrue();

        robot.clickOn(header("colId"));
        await().atMost(WAIT).until(() -> rows().getFirst().id() == adaDone);
        robot.clickOn(header("colId"));
        await().atMost(WAIT).until(() -> rows().getFirst().id() == bobOpen);
        robot.clickOn(header("colStatus"));
        await().atMost(WAIT).until(() -> rows().getFirst().id() == adaDone); // completed before in_progress
        assertThat(FxScene.visible(robot, "#exportAnswers")).isTrue();
    }

    private Node header(String columnId) {
        return robot.lookup("#sessionsTable .column-header").match((Node h) -> columnId.equals(h.getId())).query();
    }

    @Test
    void selectingASessionShowsItsReportWithChartsAndAnOpenOneCanBeResumed() {
        await().atMost(WAIT).until(() -> rows().size() == 2);
        robot.interact(() -> table().getSelectionModel().select(rows().stream().filter(s -> s.id() == adaDone).findFirst().orElseThrow()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(FxScene.text(robot, "#reportTitle"))
                .isEqualTo("Ada Lovelace · session #" + adaDone));
        assertThat(FxScene.text(robot, "#reportAsked")).isEqualTo("3");
        BarChart<?, ?> byCategory = robot.lookup("#reportByCategory").queryAs(BarChart.class);
        assertThat(byCategory.getData().getFirst().getData()).isNotEmpty();
        assertThat(FxScene.read(() -> robot.lookup("#reportTimeline").queryAs(javafx.scene.layout.VBox.class).getChildren().size())).isEqualTo(3);
        assertThat(FxScene.visible(robot, "#resumeFromHistory")).isFalse();

        robot.interact(() -> table().getSelectionModel().select(rows().stream().filter(s -> s.id() == bobOpen).findFirst().orElseThrow()));
        await().atMost(WAIT).until(() -> FxScene.visible(robot, "#resumeFromHistory"));
        robot.clickOn("#resumeFromHistory");
        assertThat(resumed.get()).isEqualTo(bobOpen);
    }

    @Test
    void deletingTheShownSessionAsksWithTheCountsAndRemovesIt() {
        await().atMost(WAIT).until(() -> rows().size() == 2);
        robot.interact(() -> table().getSelectionModel().select(rows().stream().filter(s -> s.id() == adaDone).findFirst().orElseThrow()));
        await().atMost(WAIT).until(() -> !FxScene.disabled(robot, "#deleteSession"));
        robot.clickOn("#deleteSession");
        await().atMost(WAIT).until(() -> robot.lookup("#deleteSessionDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#deleteSessionDialog").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .startsWith("This deletes 1 session(s), 3 answer(s), 3 evaluation(s) and 0 note(s) for good");
        robot.clickOn("#confirmDeleteSession");
        await().atMost(WAIT).until(() -> rows().size() == 1 && rows().getFirst().id() == bobOpen);
        assertThat(FxScene.text(robot, "#reportMessage"))
                .isEqualTo("Deleted session #" + adaDone + ": 1 session(s), 3 answer(s), 3 evaluation(s) and 0 note(s).");
        assertThat(FxScene.disabled(robot, "#deleteSession")).as("nothing shown now").isTrue();
    }

    @Test
    void erasingACandidateTakesTheExactNameShowsWhatGoesAndLeavesOthers() throws Exception {
        await().atMost(WAIT).until(() -> rows().size() == 2);
        robot.interact(() -> table().getSelectionModel().select(rows().stream().filter(s -> s.id() == bobOpen).findFirst().orElseThrow()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(FxScene.text(robot, "#reportTitle"))
                .startsWith("Bob Builder"));
        robot.clickOn("#eraseCandidate");
        await().atMost(WAIT).until(() -> robot.lookup("#eraseName").tryQuery().isPresent());
        assertThat(FxScene.text(robot, "#eraseName")).isEqualTo("Bob Builder");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        await().atMost(WAIT).until(() -> robot.lookup("#eraseDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#eraseDialog").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .isEqualTo("This erases 1 session(s), 1 answer(s), 1 evaluation(s) and 0 note(s) of 'Bob Builder' for good;"
                        + " nothing else is touched.");
        robot.clickOn("#confirmErase");
        await().atMost(WAIT).until(() -> rows().size() == 1 && rows().getFirst().id() == adaDone);
        assertThat(get(engine.sessions().report(adaDone)).answered()).isEqualTo(3);
    }

    /** Answers {@code questions} questions through the services; completes the session when asked to. */
    private long interview(String candidate, int questions, boolean complete) throws Exception {
        SessionService s = engine.sessions();
        InterviewSession session = get(s.create(new NewSession(candidate, "Grace", List.of("Java", "SQL"), complete ? questions : 5, null)));
        get(s.start(session.id()));
        for (int i = 0; i < questions; i++) {
            NextStep step = get(s.next(session.id()));
            get(s.submit(session.id(), step.question().id(), "an answer about " + step.question().title(), 1000));
        }
        if (complete) {
            assertThat(get(s.next(session.id())).finished()).isTrue();
        }
        return session.id();
    }

    @SuppressWarnings("unchecked")
    private TableView<SessionSummary> table() {
        return robot.lookup("#sessionsTable").queryAs(TableView.class);
    }

    private List<SessionSummary> rows() {
        return FxScene.read(() -> List.copyOf(table().getItems()));
    }

    private static <T> T get(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
