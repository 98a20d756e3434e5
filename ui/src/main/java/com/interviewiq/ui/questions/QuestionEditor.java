package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.validation.ConflictException;
import com.interviewiq.engine.validation.NotFoundException;
import com.interviewiq.engine.validation.ValidationException;
import com.interviewiq.ui.common.FxThread;
import com.interviewiq.ui.common.Views;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The form beside the question table: new, edit or an unsaved duplicate. Saving goes to the
 * engine, which validates; its field errors are shown beside their fields and nothing is saved.
 * When someone else saved the question first, the form says so and offers to reload it.
 */
final class QuestionEditor {
    private final QuestionBankService questions;
    private final QuestionForm form = new QuestionForm();
    private final Consumer<Question> onSaved;
    private final Runnable onClose;
    private final List<Runnable> rowBindings = new ArrayList<>();
    private boolean saving;

    @FXML private VBox root;
    @FXML private Label headingLabel;
    @FXML private Button closeButton;
    @FXML private VBox conflictBox;
    @FXML private Label conflictLabel;
    @FXML private Button reloadButton;
    @FXML private TextField keyField;
    @FXML private TextField categoryField;
    @FXML private TextField difficultyField;
    @FXML private TextField timeLimitField;
    @FXML private ChoiceBox<QuestionStatus> statusField;
    @FXML private TextField titleField;
    @FXML private TextArea promptField;
    @FXML private TextField tagsField;
    @FXML private Button addCriterionButton;
    @FXML private VBox rubricBox;
    @FXML private Label keyError;
    @FXML private Label categoryError;
    @FXML private Label difficultyError;
    @FXML private Label timeLimitError;
    @FXML private Label statusError;
    @FXML private Label titleError;
    @FXML private Label promptError;
    @FXML private Label tagsError;
    @FXML private Label rubricError;
    @FXML private Label messageLabel;
    @FXML private Button saveButton;

    private QuestionEditor(QuestionBankService questions, Consumer<Question> onSaved, Runnable onClose) {
        this.questions = questions;
        this.onSaved = onSaved;
        this.onClose = onClose;
    }

    static Views.Loaded<QuestionEditor> load(QuestionBankService questions, Consumer<Question> onSaved, Runnable onClose) {
        return Views.load(QuestionEditor.class, "/com/interviewiq/ui/questions/QuestionEditor.fxml",
                type -> new QuestionEditor(questions, onSaved, onClose));
    }

    @FXML
    private void initialize() {
        keyField.textProperty().bindBidirectional(form.key());
        categoryField.textProperty().bindBidirectional(form.category());
        difficultyField.textProperty().bindBidirectional(form.difficulty());
        timeLimitField.textProperty().bindBidirectional(form.timeLimit());
        titleField.textProperty().bindBidirectional(form.title());
        promptField.textProperty().bindBidirectional(form.prompt());
        tagsField.textProperty().bindBidirectional(form.tags());
        statusField.getItems().setAll(QuestionStatus.values());
        statusField.setConverter(new StringConverter<>() {
            @Override
            public String toString(QuestionStatus s) {
                return s == null ? "" : s.label();
            }

            @Override
            public QuestionStatus fromString(String s) {
                return QuestionStatus.parseOrNull(s);
            }
        });
        statusField.valueProperty().bindBidirectional(form.status());
        showError(keyError, form.error("key"));
        showError(categoryError, form.error("category"));
        showError(difficultyError, form.error("difficulty"));
        showError(timeLimitError, form.error("timeLimitSeconds"));
        showError(statusError, form.error("status"));
        showError(titleError, form.error("title"));
        showError(promptError, form.error("prompt"));
        showError(tagsError, form.error("tags"));
        showError(rubricError, form.error("rubric"));
        messageLabel.textProperty().bind(form.message());
        messageLabel.getStyleClass().add("editor-message");
        headingLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Question q = form.editing().get();
            return q == null ? "New question" : "Edit " + q.key() + " (version " + q.version() + ")";
        }, form.editing()));
        form.criteria().addListener((ListChangeListener<CriterionForm>) c -> buildRubricRows());
        buildRubricRows();
        addCriterionButton.setGraphic(new FontIcon(Feather.PLUS));
        addCriterionButton.setOnAction(e -> {
            form.addCriterion();
            focusRow(form.criteria().size() - 1, "criterion");
        });
        saveButton.setGraphic(new FontIcon(Feather.SAVE));
        saveButton.setOnAction(e -> save());
        closeButton.setOnAction(e -> onClose.run());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
        reloadButton.setOnAction(e -> reload());
    }

    private static void showError(Label label, StringProperty error) {
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(error.isNotEmpty());
    }

    /** One row per criterion, rebuilt when rows are added, removed or moved (at most ten). */
    private void buildRubricRows() {
        rowBindings.forEach(Runnable::run);
        rowBindings.clear();
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < form.criteria().size(); i++) {
            rows.add(rubricRow(form.criteria().get(i), i, form.criteria().size()));
        }
        rubricBox.getChildren().setAll(rows);
    }

    private Node rubricRow(CriterionForm c, int i, int count) {
        Label number = new Label((i + 1) + ".");
        number.setMinWidth(22);
        TextField text = field(c.criterion(), "criterion-" + i, "what a good answer covers");
        HBox.setHgrow(text, Priority.ALWAYS);
        TextField weight = field(c.weight(), "weight-" + i, "1..10");
        weight.setPrefColumnCount(3);
        weight.setTooltip(new Tooltip("Weight 1..10"));
        Button up = iconButton(Feather.ARROW_UP, "moveUp-" + i, "Move up", () -> {
            form.moveUp(i);
            focusRow(i - 1, "moveUp");
        });
        up.setDisable(i == 0);
        Button down = iconButton(Feather.ARROW_DOWN, "moveDown-" + i, "Move down", () -> {
            form.moveDown(i);
            focusRow(i + 1, "moveDown");
        });
        down.setDisable(i == count - 1);
        Button remove = iconButton(Feather.TRASH_2, "removeCriterion-" + i, "Remove criterion",
                () -> form.removeCriterion(i));
        Label weightLabel = new Label("weight");
        weightLabel.setLabelFor(weight);
        weightLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(6, number, text, weightLabel, weight);
        top.setAlignment(Pos.CENTER_LEFT);
        TextField keywords = field(c.keywords(), "keywords-" + i, "keywords, comma separated");
        HBox.setHgrow(keywords, Priority.ALWAYS);
        Label indent = new Label("");
        indent.setMinWidth(22);
        HBox bottom = new HBox(6, indent, keywords, up, down, remove);
        bottom.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("error-criterion-" + i);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        showError(error, c.error());
        rowBindings.add(() -> {
            text.textProperty().unbindBidirectional(c.criterion());
            weight.textProperty().unbindBidirectional(c.weight());
            keywords.textProperty().unbindBidirectional(c.keywords());
            error.textProperty().unbind();
            error.visibleProperty().unbind();
            error.managedProperty().unbind();
        });
        VBox row = new VBox(4, top, bottom, error);
        row.getStyleClass().add("criterion-row");
        row.setId("criterion-row-" + i);
        return row;
    }

    private static TextField field(StringProperty value, String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    private static Button iconButton(Feather icon, String id, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Keeps keyboard users on the row they moved or added. */
    private void focusRow(int index, String part) {
        Node n = rubricBox.lookup("#" + part + "-" + index);
        if (n != null && !n.isDisabled()) {
            n.requestFocus();
        } else if (rubricBox.lookup("#criterion-" + index) != null) {
            rubricBox.lookup("#criterion-" + index).requestFocus();
        }
    }

    /** Back to the form, e.g. when the user kept their unsaved changes. */
    void focus() {
        titleField.requestFocus();
    }

    void newQuestion() {
        form.newQuestion();
        hideConflict();
        keyField.requestFocus();
    }

    void edit(Question q) {
        form.edit(q);
        hideConflict();
        titleField.requestFocus();
    }

    /** Unsaved content (a duplicate): Save creates it. */
    void newFrom(QuestionDraft draft) {
        form.newFrom(draft);
        hideConflict();
        keyField.requestFocus();
    }

    /** Saves through the engine: create for a new question, update over the edited version otherwise. */
    void save() {
        if (saving) {
            return;
        }
        QuestionForm.Parsed parsed = form.parse();
        if (!parsed.ok()) {
            form.showErrors(parsed.problems());
            return;
        }
        form.clearErrors();
        Question editing = form.editing().get();
        CompletionStage<Question> stage = editing == null ? questions.create(parsed.draft())
                : questions.update(editing.id(), editing.version(), parsed.draft());
        saving(true);
        form.message().set("Saving…");
        FxThread.then(stage, saved -> {
            saving(false);
            form.edit(saved);
            hideConflict();
            form.message().set("Saved " + saved.key() + " (version " + saved.version() + ").");
            onSaved.accept(saved);
        }, e -> {
            saving(false);
            failed(editing, e);
        });
    }

    private void failed(Question editing, Throwable e) {
        switch (e) {
            case ValidationException v -> form.showErrors(v.errors());
            case ConflictException c when editing == null -> form.showError("key", c.getMessage());
            case ConflictException c -> explainConflict(editing, c);
            case NotFoundException n -> {
                form.newFrom(currentDraftOr(editing));
                form.message().set("Not saved: this question was deleted by someone else."
                        + " Save again to add it as a new question.");
            }
            default -> form.message().set("Not saved: " + FxThread.message(e));
        }
    }

    /**
     * An update conflicts either because someone saved a newer version (offer a reload) or because
     * the key belongs to another question (say so at the key). The stored version tells which.
     */
    private void explainConflict(Question editing, ConflictException c) {
        FxThread.then(questions.find(editing.id()), found -> {
            if (found.isPresent() && found.get().version() == editing.version()) {
                form.showError("key", c.getMessage());
                return;
            }
            form.message().set("Not saved.");
            conflictLabel.setText(found.isEmpty()
                    ? "Someone else deleted this question while you edited it."
                    : "Someone else saved this question while you edited it (it is now version "
                    + found.get().version() + "; you edited version " + editing.version() + "). "
                    + "Reload to see their change, then apply yours again.");
            reloadButton.setDisable(found.isEmpty());
            conflictBox.setVisible(true);
            conflictBox.setManaged(true);
        }, err -> form.message().set("Not saved: " + c.getMessage()));
    }

    private QuestionDraft currentDraftOr(Question editing) {
        QuestionForm.Parsed p = form.parse();
        return p.ok() ? p.draft() : editing.toDraft();
    }

    /** Replaces the form with the stored version (the user's unsaved edits are dropped, as the button says). */
    private void reload() {
        Question editing = form.editing().get();
        if (editing == null) {
            return;
        }
        FxThread.then(questions.find(editing.id()), found -> found.ifPresentOrElse(q -> {
            form.edit(q);
            hideConflict();
            form.message().set("Reloaded version " + q.version() + ".");
        }, () -> form.message().set("This question no longer exists.")),
                e -> form.message().set("Cannot reload: " + FxThread.message(e)));
    }

    private void hideConflict() {
        conflictBox.setVisible(false);
        conflictBox.setManaged(false);
    }

    private void saving(boolean now) {
        saving = now;
        saveButton.setDisable(now);
    }

    QuestionForm form() {
        return form;
    }

    VBox root() {
        return root;
    }
}
