package com.interviewiq.ui.interview;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.questions.CategoryCount;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.ui.common.FxThread;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The Interview page's plan form: candidate, interviewer, categories, number of questions and an
 * optional total time, with each rejected field named beside it; above it, the unfinished
 * interviews to carry on with. Starting and resuming are the runner's work: it is told which.
 */
public final class PlanForm {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());
    private final PlanViewModel model;
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
        this.model = new PlanViewModel(engine.questions(), engine.sessions(), FxThread::run);
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
        candidateField.textProperty().bindBidirectional(model.candidate());
        interviewerField.textProperty().bindBidirectional(model.interviewer());
        totalMinutesField.textProperty().bindBidirectional(model.minutes());
        startMessage.textProperty().bind(model.message());
        List<Label> labels = List.of(candidateError, interviewerError, trackError, plannedError, totalMinutesError);
        for (int k = 0; k < labels.size(); k++) {
            labels.get(k).textProperty().bind(model.error(PlanViewModel.FIELDS.get(k)));
        }
        unfinishedList.setItems(model.unfinished());
        unfinishedBox.visibleProperty().bind(Bindings.isNotEmpty(model.unfinished()));
        unfinishedBox.managedProperty().bind(unfinishedBox.visibleProperty());
        model.unfinished().addListener((ListChangeListener<SessionSummary>) c -> unfinishedList.getSelectionModel().selectFirst());
        model.categories().addListener((ListChangeListener<CategoryCount>) c -> showCategories(model.categories()));
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
        model.refresh();
    }

    /** One check box per category with ready questions; the choice survives a refresh (all chosen at first). */
    private void showCategories(List<CategoryCount> categories) {
        Set<String> chosen = new HashSet<>(chosenTrack());
        boolean first = trackBox.getChildren().isEmpty();
        trackBox.getChildren().clear();
        for (CategoryCount c : categories) {
            CheckBox box = new CheckBox(c.category() + " (" + c.ready() + ")");
            box.setUserData(c.category());
            box.setId("track-" + c.category().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            box.setSelected(first || chosen.contains(c.category()));
            trackBox.getChildren().add(box);
        }
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

    private void start() {
        model.plan(chosenTrack(), plannedSpinner.getValue()).ifPresent(onStart);
    }

    /** Puts each of the engine's field errors beside its field (see {@link PlanViewModel#showError}). */
    void showError(Throwable e) {
        model.showError(e);
    }

    void message(String text) {
        model.message().set(text);
    }

    /** Ready for the next interview: names and time cleared, the categories kept, the candidate field focused. */
    void reset() {
        model.reset();
        focus();
    }

    void focus() {
        FxThread.focusWhenShown(candidateField);
    }
}
