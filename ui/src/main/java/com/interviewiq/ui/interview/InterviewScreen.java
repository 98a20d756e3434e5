package com.interviewiq.ui.interview;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.evaluation.CriterionMark;
import com.interviewiq.ui.common.Confirmation;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.FxThread;
import com.interviewiq.ui.common.Navigator;
import com.interviewiq.ui.common.Views;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.concurrent.CompletionStage;

/**
 * The interview runner: plan a session (or resume an unfinished one), ask each question with its
 * countdown, submit or skip, show the evaluation with an override, and end with the outcome.
 * The commands live in {@link InterviewFlow}; this controller binds the view to the model and
 * forwards clicks. Buttons are disabled while an engine call is in flight.
 */
public final class InterviewScreen {
    private static final KeyCombination SUBMIT_OR_NEXT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final Navigator navigator;
    private final InterviewViewModel model = new InterviewViewModel(Stopwatch.system(), Stopwatch.system());
    private final InterviewFlow flow;
    private final Timeline clock = new Timeline(new KeyFrame(Duration.millis(500), e -> model.tick()));

    @FXML private StackPane root;
    @FXML private ScrollPane startPane;
    @FXML private ScrollPane runPane;
    @FXML private VBox donePane;
    @FXML private PlanForm planController;
    @FXML private Label progressLabel;
    @FXML private Label sessionClockLabel;
    @FXML private VBox questionCard;
    @FXML private Label categoryLabel;
    @FXML private Label difficultyLabel;
    @FXML private Label countdownLabel;
    @FXML private Label titleLabel;
    @FXML private Label promptLabel;
    @FXML private Label pausedLabel;
    @FXML private TextArea answerArea;
    @FXML private Button submitButton;
    @FXML private Button skipButton;
    @FXML private Button pauseButton;
    @FXML private Button finishButton;
    @FXML private Button abandonButton;
    @FXML private VBox evaluationPane;
    @FXML private Label scoreLabel;
    @FXML private Label evaluationDetailLabel;
    @FXML private VBox marksBox;
    @FXML private TextField overrideScoreField;
    @FXML private TextField overrideNoteField;
    @FXML private Button overrideButton;
    @FXML private Label overrideStatusLabel;
    @FXML private Button nextButton;
    @FXML private Label runMessage;
    @FXML private Label outcomeLabel;
    @FXML private Label outcomeDetailLabel;
    @FXML private Button reportButton;
    @FXML private Button newButton;

    private InterviewScreen(Engine engine, Navigator navigator) {
        this.navigator = navigator;
        this.flow = new InterviewFlow(model, engine.sessions(), FxThread::run, java.time.Clock.systemUTC());
    }

    public static Views.Loaded<InterviewScreen> load(ConsoleContext context) {
        return Views.load(InterviewScreen.class, "/com/interviewiq/ui/interview/Interview.fxml",
                type -> type == PlanForm.class ? new PlanForm(context.engine())
                        : new InterviewScreen(context.engine(), context.navigator()));
    }

    public static Parent create(ConsoleContext context) {
        return load(context).root();
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(InterviewScreen.class.getResource("interview.css").toExternalForm());
        clock.setCycleCount(Animation.INDEFINITE);
        bindPhases();
        bindQuestion();
        bindEvaluation();
        planController.connect(plan -> flow.startNew(plan, planController::showError), this::resume, model.busy());
        answerArea.textProperty().bindBidirectional(flow.answer());
        overrideScoreField.textProperty().bindBidirectional(flow.overrideScore());
        overrideNoteField.textProperty().bindBidirectional(flow.overrideNote());
        submitButton.setOnAction(e -> flow.submit());
        skipButton.setOnAction(e -> flow.skip());
        pauseButton.setOnAction(e -> flow.togglePause());
        finishButton.setOnAction(e -> flow.finish());
        abandonButton.setOnAction(e -> confirmAbandon());
        overrideButton.setOnAction(e -> flow.saveOverride());
        nextButton.setOnAction(e -> flow.next());
        reportButton.setOnAction(e -> navigator.openReport(model.session().id()));
        newButton.setOnAction(e -> {
            flow.backToStart();
            planController.reset();
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SUBMIT_OR_NEXT.match(e)) {
                e.consume();
                flow.submitOrNext();
            }
        });
        // the plan form shows what the bank and the history hold now, each time the page is shown
        root.sceneProperty().addListener((o, was, now) -> {
            if (now != null && model.phase().get() == InterviewViewModel.Phase.START) {
                planController.refresh();
                // ready to type: the page was opened to plan an interview
                planController.focus();
            }
        });
        planController.refresh();
    }

    private void bindPhases() {
        startPane.visibleProperty().bind(model.phase().isEqualTo(InterviewViewModel.Phase.START));
        runPane.visibleProperty().bind(model.phase().isEqualTo(InterviewViewModel.Phase.QUESTION)
                .or(model.phase().isEqualTo(InterviewViewModel.Phase.EVALUATED)));
        donePane.visibleProperty().bind(model.phase().isEqualTo(InterviewViewModel.Phase.DONE));
        // one default button per scene: Enter starts on the plan form and opens the report at the end
        planController.startButton().defaultButtonProperty().bind(startPane.visibleProperty());
        reportButton.defaultButtonProperty().bind(donePane.visibleProperty());
        model.phase().addListener((o, was, now) -> {
            if (now == InterviewViewModel.Phase.QUESTION || now == InterviewViewModel.Phase.EVALUATED) {
                clock.play();
            } else {
                clock.stop();
            }
            // the keyboard goes where the next step is typed or pressed
            switch (now) {
                case QUESTION -> answerArea.requestFocus();
                case EVALUATED -> nextButton.requestFocus();
                case DONE -> reportButton.requestFocus();
                case START -> { }
            }
        });
    }

    private void bindQuestion() {
        progressLabel.textProperty().bind(model.progress());
        sessionClockLabel.textProperty().bind(model.sessionClock());
        model.sessionOver().addListener((o, was, now) -> {
            sessionClockLabel.getStyleClass().remove("up");
            if (now) {
                sessionClockLabel.getStyleClass().add("up");
            }
        });
        categoryLabel.textProperty().bind(model.category());
        difficultyLabel.textProperty().bind(model.difficulty());
        titleLabel.textProperty().bind(model.title());
        promptLabel.textProperty().bind(model.prompt());
        countdownLabel.textProperty().bind(model.countdown());
        model.countdownWarn().addListener((o, was, now) -> styleCountdown());
        model.timeUp().addListener((o, was, now) -> styleCountdown());
        var questionPhase = model.phase().isEqualTo(InterviewViewModel.Phase.QUESTION);
        questionCard.visibleProperty().bind(model.paused().not());
        questionCard.managedProperty().bind(questionCard.visibleProperty());
        pausedLabel.visibleProperty().bind(model.paused());
        pausedLabel.managedProperty().bind(pausedLabel.visibleProperty());
        answerArea.editableProperty().bind(questionPhase.and(model.paused().not()));
        answerArea.visibleProperty().bind(model.paused().not());
        answerArea.managedProperty().bind(answerArea.visibleProperty());
        submitButton.disableProperty().bind(questionPhase.not().or(model.paused()).or(model.busy()));
        skipButton.disableProperty().bind(questionPhase.not().or(model.paused()).or(model.busy()));
        pauseButton.disableProperty().bind(model.busy());
        pauseButton.textProperty().bind(model.paused().map(p -> p ? "Resume" : "Pause"));
        finishButton.disableProperty().bind(model.busy());
        abandonButton.disableProperty().bind(model.busy());
        runMessage.textProperty().bind(model.message());
        outcomeLabel.textProperty().bind(model.outcome());
        outcomeDetailLabel.textProperty().bind(model.outcomeDetail());
    }

    private void bindEvaluation() {
        evaluationPane.visibleProperty().bind(model.phase().isEqualTo(InterviewViewModel.Phase.EVALUATED));
        evaluationPane.managedProperty().bind(evaluationPane.visibleProperty());
        scoreLabel.textProperty().bind(model.score());
        evaluationDetailLabel.textProperty().bind(model.evaluationDetail());
        overrideStatusLabel.textProperty().bind(model.overrideStatus());
        overrideButton.disableProperty().bind(model.busy());
        nextButton.disableProperty().bind(model.busy());
        model.marks().addListener((javafx.collections.ListChangeListener<CriterionMark>) c -> {
            marksBox.getChildren().setAll(model.marks().stream().map(MarkRow::new).toList());
        });
    }

    private void styleCountdown() {
        countdownLabel.getStyleClass().removeAll("warn", "up");
        if (model.timeUp().get()) {
            countdownLabel.getStyleClass().add("up");
        } else if (model.countdownWarn().get()) {
            countdownLabel.getStyleClass().add("warn");
        }
    }

    private void confirmAbandon() {
        Confirmation.ask(root, "abandon", "Abandon interview", "Abandon this interview?",
                "Abandon the interview with " + model.session().candidate()
                        + "? Its answers stay in the history but it cannot be resumed.", "Abandon interview",
                flow::abandon, () -> { });
    }

    /** Carries on with an unfinished session (from the history's Resume). */
    public void resume(long sessionId) {
        flow.resume(sessionId, planController::message);
    }

    /** Leaves a running interview paused when the console closes; see {@link InterviewFlow#pauseForExit()}. */
    public CompletionStage<?> pauseForExit() {
        return flow.pauseForExit();
    }
}
