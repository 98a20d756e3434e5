package com.interviewiq.ui.interview;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.evaluation.CriterionMark;
import com.interviewiq.engine.sessions.InterviewSession;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.NextStep;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.engine.validation.ValidationException;
import com.interviewiq.ui.common.Confirmation;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.FxThread;
import com.interviewiq.ui.common.Navigator;
import com.interviewiq.ui.common.Views;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Node;
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

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The interview runner: plan a session (or resume an unfinished one), ask each question with its
 * countdown, submit or skip, show the evaluation with an override, and end with the outcome.
 * Every engine call is asynchronous; buttons are disabled while one is in flight.
 */
public final class InterviewScreen {
    private static final KeyCombination SUBMIT_OR_NEXT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final Engine engine;
    private final Navigator navigator;
    private final InterviewViewModel model = new InterviewViewModel(Stopwatch.system(), Stopwatch.system());
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
        this.engine = engine;
        this.navigator = navigator;
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
        planController.connect(this::startNew, this::resume, model.busy());
        submitButton.setOnAction(e -> submit());
        skipButton.setOnAction(e -> skip());
        pauseButton.setOnAction(e -> togglePause());
        finishButton.setOnAction(e -> finish());
        abandonButton.setOnAction(e -> confirmAbandon());
        overrideButton.setOnAction(e -> saveOverride());
        nextButton.setOnAction(e -> next());
        reportButton.setOnAction(e -> navigator.openReport(model.session().id()));
        newButton.setOnAction(e -> backToStart());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SUBMIT_OR_NEXT.match(e)) {
                e.consume();
                submitOrNext();
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
            marksBox.getChildren().setAll(model.marks().stream().map(InterviewScreen::markLabel).toList());
        });
    }

    private static Node markLabel(CriterionMark m) {
        Label l = new Label((m.met() ? "✓ " : "✗ ") + m.criterion() + " (weight " + m.weight() + ")"
                + (m.matched().isEmpty() ? "" : ": " + String.join(", ", m.matched())));
        l.getStyleClass().add(m.met() ? "mark-met" : "mark-missed");
        l.setWrapText(true);
        return l;
    }

    private void styleCountdown() {
        countdownLabel.getStyleClass().removeAll("warn", "up");
        if (model.timeUp().get()) {
            countdownLabel.getStyleClass().add("up");
        } else if (model.countdownWarn().get()) {
            countdownLabel.getStyleClass().add("warn");
        }
    }

    // ---- starting ----

    private void startNew(NewSession plan) {
        call(sessions().create(plan)
                        .thenCompose(x -> sessions().start(x.id()))
                        .thenCompose(x -> sessions().next(x.id())),
                this::showStep, planController::showError);
    }

    /** Carries on with an unfinished session: resumes it when paused, asks its outstanding question. */
    public void resume(long sessionId) {
        call(sessions().get(sessionId).thenCompose(s -> switch (s.status()) {
            case PAUSED -> sessions().resume(sessionId).thenCompose(r -> sessions().next(sessionId));
            case PLANNED -> sessions().start(sessionId).thenCompose(r -> sessions().next(sessionId));
            case IN_PROGRESS -> sessions().next(sessionId);
            default -> CompletableFuture.failedFuture(new IllegalStateException(
                    "session " + sessionId + " is " + s.status().label() + " and cannot be resumed"));
        }), this::showStep, e -> {
            model.message().set(FxThread.message(e));
            planController.message(FxThread.message(e));
        });
    }

    // ---- running ----

    private void showStep(NextStep step) {
        if (step.finished()) {
            showOutcome(step.session());
            return;
        }
        answerArea.clear();
        overrideScoreField.clear();
        overrideNoteField.clear();
        model.showQuestion(step, Instant.now());
        answerArea.requestFocus();
    }

    private void submitOrNext() {
        if (model.busy().get() || model.paused().get()) {
            return;
        }
        switch (model.phase().get()) {
            case QUESTION -> submit();
            case EVALUATED -> next();
            default -> { }
        }
    }

    private void submit() {
        InterviewSession s = model.session();
        call(sessions().submit(s.id(), model.question().id(), answerArea.getText(), model.questionMillis()),
                a -> {
                    model.showEvaluation(a);
                    nextButton.requestFocus();
                }, this::showRunError);
    }

    private void skip() {
        InterviewSession s = model.session();
        call(sessions().skip(s.id(), model.question().id(), model.questionMillis()), a -> {
            model.showEvaluation(a);
            nextButton.requestFocus();
        }, this::showRunError);
    }

    private void next() {
        call(sessions().next(model.session().id()), this::showStep, this::showRunError);
    }

    private void togglePause() {
        long id = model.session().id();
        boolean pause = !model.paused().get();
        call(pause ? sessions().pause(id) : sessions().resume(id), x -> model.setPaused(pause), this::showRunError);
    }

    private void saveOverride() {
        var submitted = model.lastAnswer();
        String text = overrideScoreField.getText() == null ? "" : overrideScoreField.getText().strip();
        int score;
        try {
            score = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            model.overrideStatus().set("Your score: a whole number 0..100");
            return;
        }
        String note = overrideNoteField.getText();
        call(sessions().override(submitted.answer().id(), score, note), a -> model.overrideSaved(score, note),
                e -> model.overrideStatus().set(e instanceof ValidationException v && !v.errors().isEmpty()
                        ? "Override not saved: " + v.errors().getFirst().field() + " " + v.errors().getFirst().message()
                        : "Override not saved: " + FxThread.message(e)));
    }

    private void finish() {
        call(sessions().finish(model.session().id()), this::showOutcome, this::showRunError);
    }

    private void confirmAbandon() {
        Confirmation.ask(root, "abandon", "Abandon interview", "Abandon this interview?",
                "Abandon the interview with " + model.session().candidate()
                        + "? Its answers stay in the history but it cannot be resumed.", "Abandon interview",
                () -> call(sessions().abandon(model.session().id()), this::showOutcome, this::showRunError), () -> { });
    }

    private void showOutcome(InterviewSession ended) {
        call(sessions().report(ended.id()), r -> {
            model.showDone(ended, r);
            reportButton.requestFocus();
        }, this::showRunError);
    }

    private void backToStart() {
        model.reset();
        planController.reset();
    }

    private void showRunError(Throwable e) {
        model.message().set(FxThread.message(e));
    }

    /**
     * Leaves a running interview paused when the console closes, so its clock stops and it can be
     * resumed later from the history or this page. Completes at once when nothing is running.
     */
    public CompletionStage<?> pauseForExit() {
        InterviewSession s = model.session();
        boolean running = s != null && !model.paused().get() && (model.phase().get() == InterviewViewModel.Phase.QUESTION
                || model.phase().get() == InterviewViewModel.Phase.EVALUATED);
        return running ? sessions().pause(s.id()).exceptionally(e -> null) : CompletableFuture.completedFuture(null);
    }

    /** Runs one engine call with the buttons disabled, back on the FX thread when it ends. */
    private <T> void call(CompletionStage<T> stage, java.util.function.Consumer<T> onValue,
                          java.util.function.Consumer<Throwable> onError) {
        model.busy().set(true);
        model.message().set("");
        FxThread.then(stage, v -> {
            model.busy().set(false);
            onValue.accept(v);
        }, e -> {
            model.busy().set(false);
            onError.accept(e);
        });
    }

    private SessionService sessions() {
        return engine.sessions();
    }
}
