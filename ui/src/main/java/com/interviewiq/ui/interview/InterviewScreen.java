package com.interviewiq.ui.interview;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.evaluation.CriterionMark;
import com.interviewiq.engine.questions.CategoryCount;
import com.interviewiq.engine.sessions.InterviewSession;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.NextStep;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.engine.validation.FieldError;
import com.interviewiq.engine.validation.ValidationException;
import com.interviewiq.ui.ConsoleContext;
import com.interviewiq.ui.FxThread;
import com.interviewiq.ui.Navigator;
import com.interviewiq.ui.Views;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The interview runner: plan a session (or resume an unfinished one), ask each question with its
 * countdown, submit or skip, show the evaluation with an override, and end with the outcome.
 * Every engine call is asynchronous; buttons are disabled while one is in flight.
 */
public final class InterviewScreen {
    private static final KeyCombination SUBMIT_OR_NEXT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());

    private final Engine engine;
    private final Navigator navigator;
    private final InterviewViewModel model = new InterviewViewModel(Stopwatch.system(), Stopwatch.system());
    private final Timeline clock = new Timeline(new KeyFrame(Duration.millis(500), e -> model.tick()));

    @FXML private StackPane root;
    @FXML private ScrollPane startPane;
    @FXML private ScrollPane runPane;
    @FXML private VBox donePane;
    @FXML private VBox unfinishedBox;
    @FXML private ListView<SessionSummary> unfinishedList;
    @FXML private Button resumeButton;
    @FXML private TextField candidateField;
    @FXML private TextField interviewerField;
    @FXML private FlowPane trackBox;
    @FXML private Spinner<Integer> plannedSpinner;
    @FXML private TextField totalMinutesField;
    @FXML private Label candidateError;
    @FXML private Label interviewerError;
    @FXML private Label trackError;
    @FXML private Label plannedError;
    @FXML private Label totalMinutesError;
    @FXML private Button startButton;
    @FXML private Label startMessage;
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
    @FXML private ToggleButton pauseButton;
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
                type -> new InterviewScreen(context.engine(), context.navigator()));
    }

    public static Parent create(ConsoleContext context) {
        return load(context).root();
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(InterviewScreen.class.getResource("interview.css").toExternalForm());
        clock.setCycleCount(Animation.INDEFINITE);
        plannedSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100, 5));
        bindPhases();
        bindQuestion();
        bindEvaluation();
        unfinishedList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SessionSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : "#" + s.id() + " · " + s.candidate() + " with " + s.interviewer()
                        + " · " + s.status().label().replace('_', ' ') + " · " + s.answered() + " answered · started "
                        + WHEN.format(s.createdAt()));
            }
        });
        resumeButton.disableProperty().bind(unfinishedList.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busy()));
        resumeButton.setOnAction(e -> resume(unfinishedList.getSelectionModel().getSelectedItem().id()));
        unfinishedList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && unfinishedList.getSelectionModel().getSelectedItem() != null) {
                resume(unfinishedList.getSelectionModel().getSelectedItem().id());
            }
        });
        startButton.setOnAction(e -> startNew());
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
                refreshStartForm();
                // ready to type: the page was opened to plan an interview
                FxThread.focusWhenShown(candidateField);
            }
        });
        refreshStartForm();
    }

    private void bindPhases() {
        startPane.visibleProperty().bind(model.phase().isEqualTo(InterviewViewModel.Phase.START));
        runPane.visibleProperty().bind(model.phase().isEqualTo(InterviewViewModel.Phase.QUESTION)
                .or(model.phase().isEqualTo(InterviewViewModel.Phase.EVALUATED)));
        donePane.visibleProperty().bind(model.phase().isEqualTo(InterviewViewModel.Phase.DONE));
        startButton.disableProperty().bind(model.busy());
        // one default button per scene: Enter starts on the plan form and opens the report at the end
        startButton.defaultButtonProperty().bind(startPane.visibleProperty());
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
        pauseButton.selectedProperty().bindBidirectional(model.paused());
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

    // ---- the plan form ----

    private void refreshStartForm() {
        FxThread.then(engine.questions().categories(), this::showCategories,
                e -> startMessage.setText("Cannot read the question bank: " + FxThread.message(e)));
        SessionFilter open = SessionFilter.all();
        FxThread.then(sessions().list(open).thenApply(all -> all.stream().filter(s -> s.status().isOpen()).toList()),
                list -> {
                    unfinishedList.getItems().setAll(list);
                    unfinishedBox.setVisible(!list.isEmpty());
                    unfinishedBox.setManaged(!list.isEmpty());
                    if (!list.isEmpty()) {
                        unfinishedList.getSelectionModel().selectFirst();
                    }
                }, e -> startMessage.setText("Cannot read unfinished interviews: " + FxThread.message(e)));
    }

    private void showCategories(List<CategoryCount> categories) {
        java.util.Set<String> chosen = new java.util.HashSet<>();
        trackBox.getChildren().forEach(n -> {
            if (n instanceof CheckBox c && c.isSelected()) {
                chosen.add((String) c.getUserData());
            }
        });
        boolean first = trackBox.getChildren().isEmpty();
        trackBox.getChildren().clear();
        for (CategoryCount c : categories) {
            if (c.ready() == 0) {
                continue;
            }
            CheckBox box = new CheckBox(c.category() + " (" + c.ready() + ")");
            box.setUserData(c.category());
            box.setId("track-" + c.category().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            box.setSelected(first || chosen.contains(c.category()));
            trackBox.getChildren().add(box);
        }
        startMessage.setText(trackBox.getChildren().isEmpty()
                ? "The question bank has no ready questions yet: load the sample bank on the Question bank page (Ctrl+3)."
                : "");
    }

    private void startNew() {
        clearStartErrors();
        Integer totalSeconds;
        String minutes = totalMinutesField.getText() == null ? "" : totalMinutesField.getText().strip();
        try {
            totalSeconds = minutes.isEmpty() ? null : Math.multiplyExact(Integer.parseInt(minutes), 60);
        } catch (NumberFormatException | ArithmeticException e) {
            totalMinutesError.setText("Total time: a whole number of minutes, or empty for no limit");
            return;
        }
        List<String> track = trackBox.getChildren().stream()
                .filter(n -> n instanceof CheckBox c && c.isSelected())
                .map(n -> (String) n.getUserData()).toList();
        NewSession plan = new NewSession(candidateField.getText(), interviewerField.getText(), track,
                plannedSpinner.getValue(), totalSeconds);
        call(sessions().create(plan)
                        .thenCompose(s -> sessions().start(s.id()))
                        .thenCompose(s -> sessions().next(s.id())),
                this::showStep, this::showStartError);
    }

    private void showStartError(Throwable e) {
        if (e instanceof ValidationException v) {
            Map<String, Label> labels = Map.of("candidate", candidateError, "interviewer", interviewerError,
                    "track", trackError, "plannedQuestions", plannedError, "timeLimitSeconds", totalMinutesError);
            for (FieldError f : v.errors()) {
                Label l = labels.get(f.field());
                if (l != null) {
                    l.setText(fieldName(f.field()) + " " + f.message());
                } else {
                    startMessage.setText(f.toString());
                }
            }
        } else {
            startMessage.setText("Could not start: " + FxThread.message(e));
        }
    }

    private static String fieldName(String field) {
        return switch (field) {
            case "candidate" -> "Candidate";
            case "interviewer" -> "Interviewer";
            case "track" -> "Categories:";
            case "plannedQuestions" -> "Number of questions";
            case "timeLimitSeconds" -> "Total time (seconds)";
            default -> field;
        };
    }

    private void clearStartErrors() {
        for (Label l : List.of(candidateError, interviewerError, trackError, plannedError, totalMinutesError)) {
            l.setText("");
        }
        startMessage.setText("");
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
            startMessage.setText(FxThread.message(e));
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
        // the toggle flipped the model already; undo that until the engine agrees
        boolean wantPaused = model.paused().get();
        model.paused().set(!wantPaused);
        call(wantPaused ? sessions().pause(id) : sessions().resume(id), s -> model.setPaused(wantPaused), this::showRunError);
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
        ButtonType abandon = new ButtonType("Abandon interview", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Abandon the interview with " + model.session().candidate()
                + "? Its answers stay in the history but it cannot be resumed.", abandon, ButtonType.CANCEL);
        alert.setHeaderText("Abandon this interview?");
        alert.setTitle("Abandon interview");
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        alert.getDialogPane().setId("abandonDialog");
        alert.setOnHidden(e -> {
            if (alert.getResult() == abandon) {
                call(sessions().abandon(model.session().id()), this::showOutcome, this::showRunError);
            }
        });
        alert.show();
    }

    private void showOutcome(InterviewSession ended) {
        call(sessions().report(ended.id()), r -> {
            model.showDone(ended, r);
            reportButton.requestFocus();
        }, this::showRunError);
    }

    private void backToStart() {
        model.reset();
        candidateField.clear();
        totalMinutesField.clear();
        clearStartErrors();
        refreshStartForm();
        candidateField.requestFocus();
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
