package com.interviewiq.ui.interview;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.questions.CategoryCount;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionStatus;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.engine.validation.FieldError;
import com.interviewiq.engine.validation.ValidationException;
import com.interviewiq.ui.common.FxThread;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The Interview page's plan form: candidate, interviewer, categories, number of questions and an
 * optional total time, with each rejected field named beside it; above it, the unfinished
 * interviews to carry on with. Starting and resuming are the runner's work: it is told which.
 */
public final class PlanForm {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());
    private static final List<SessionStatus> OPEN = List.of(SessionStatus.IN_PROGRESS, SessionStatus.PAUSED,
            SessionStatus.PLANNED);

    private final Engine engine;
    private Consumer<NewSession> onStart = plan -> { };
    private LongConsumer onResume = id -> { };

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

    PlanForm(Engine engine) {
        this.engine = engine;
    }

    @FXML
    private void initialize() {
        plannedSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100, 5));
        unfinishedList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SessionSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : "#" + s.id() + " · " + s.candidate() + " with " + s.interviewer()
                        + " · " + s.status().label().replace('_', ' ') + " · " + s.answered() + " answered · started "
                        + WHEN.format(s.createdAt()));
            }
        });
        resumeButton.setOnAction(e -> resumeSelected());
        unfinishedList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                resumeSelected();
            }
        });
        startButton.setOnAction(e -> start());
    }

    /** What Start and Resume do; {@code busy} disables both while an engine call is in flight. */
    void connect(Consumer<NewSession> start, LongConsumer resume, ObservableBooleanValue busy) {
        this.onStart = start;
        this.onResume = resume;
        startButton.disableProperty().bind(busy);
        resumeButton.disableProperty().bind(unfinishedList.getSelectionModel().selectedItemProperty().isNull().or(busy));
    }

    Button startButton() {
        return startButton;
    }

    /** Reads the bank's categories and the unfinished interviews again (the page was shown). */
    void refresh() {
        FxThread.then(engine.questions().categories(), this::showCategories,
                e -> startMessage.setText("Cannot read the question bank: " + FxThread.message(e)));
        FxThread.then(unfinished(), list -> {
            unfinishedList.getItems().setAll(list);
            unfinishedBox.setVisible(!list.isEmpty());
            unfinishedBox.setManaged(!list.isEmpty());
            if (!list.isEmpty()) {
                unfinishedList.getSelectionModel().selectFirst();
            }
        }, e -> startMessage.setText("Cannot read unfinished interviews: " + FxThread.message(e)));
    }

    /** One query per open status, so an old unfinished interview is never hidden behind newer finished ones. */
    private CompletionStage<List<SessionSummary>> unfinished() {
        CompletionStage<List<SessionSummary>> all = CompletableFuture.completedFuture(List.of());
        for (SessionStatus status : OPEN) {
            all = all.thenCombine(engine.sessions().list(new SessionFilter(null, status, null, null, null, 0, 100)),
                    (a, b) -> {
                        List<SessionSummary> both = new ArrayList<>(a);
                        both.addAll(b);
                        return both;
                    });
        }
        return all.thenApply(list -> list.stream()
                .sorted(Comparator.comparing(SessionSummary::createdAt).reversed()).toList());
    }

    private void showCategories(List<CategoryCount> categories) {
        Set<String> chosen = new HashSet<>(chosenTrack());
        boolean first = trackBox.getChildren().isEmpty();
        trackBox.getChildren().clear();
        for (CategoryCount c : categories) {
            if (c.ready() == 0) {
                continue;
            }
            CheckBox box = new CheckBox(c.category() + " (" + c.ready() + ")");
            box.setUserData(c.category());
            box.setId("track-" + c.category().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            box.setSelected(first || chosen.contains(c.category()));
            trackBox.getChildren().add(box);
        }
        startMessage.setText(trackBox.getChildren().isEmpty()
                ? "The question bank has no ready questions yet: load the sample bank on the Question bank page (Ctrl+3)."
                : "");
    }

    private List<String> chosenTrack() {
        return trackBox.getChildren().stream()
                .filter(n -> n instanceof CheckBox c && c.isSelected())
                .map(n -> (String) n.getUserData()).toList();
    }

    private void resumeSelected() {
        SessionSummary s = unfinishedList.getSelectionModel().getSelectedItem();
        if (s != null) {
            onResume.accept(s.id());
        }
    }

    /** Checks what only the form can (minutes as a number); the engine checks the rest and says which field. */
    private void start() {
        clearErrors();
        Integer totalSeconds;
        String minutes = totalMinutesField.getText() == null ? "" : totalMinutesField.getText().strip();
        try {
            totalSeconds = minutes.isEmpty() ? null : Math.multiplyExact(Integer.parseInt(minutes), 60);
        } catch (NumberFormatException | ArithmeticException e) {
            totalMinutesError.setText("Total time: a whole number of minutes, or empty for no limit");
            return;
        }
        onStart.accept(new NewSession(candidateField.getText(), interviewerField.getText(), chosenTrack(),
                plannedSpinner.getValue(), totalSeconds));
    }

    /** Puts each of the engine's field errors beside its field; anything else goes under the button. */
    void showError(Throwable e) {
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

    void message(String text) {
        startMessage.setText(text);
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

    private void clearErrors() {
        for (Label l : List.of(candidateError, interviewerError, trackError, plannedError, totalMinutesError)) {
            l.setText("");
        }
        startMessage.setText("");
    }

    /** Ready for the next interview: names and time cleared, the categories kept, the candidate field focused. */
    void reset() {
        candidateField.clear();
        totalMinutesField.clear();
        clearErrors();
        refresh();
        focus();
    }

    void focus() {
        FxThread.focusWhenShown(candidateField);
    }
}
