package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionStatus;
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
import java.util.function.Consumer;

/**
 * The form beside the question table: new, edit or an unsaved duplicate. Saving goes to the
 * engine, which validates; its field errors are shown beside their fields and nothing is saved.
 * When someone else saved the question first, the form says so and offers to reload it.
 */
final class QuestionEditor {
    private final QuestionForm form = new QuestionForm();
    private final Runnable onClose;
    private RubricRows rubricRows;
    private final EditorCommands commands;

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
        this.commands = new EditorCommands(form, questions, FxThread::run, onSaved);
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
        rubricRows = new RubricRows(rubricBox, form);
        form.criteria().addListener((ListChangeListener<CriterionForm>) c -> rubricRows.build());
        rubricRows.build();
        addCriterionButton.setGraphic(new FontIcon(Feather.PLUS));
        addCriterionButton.setOnAction(e -> {
            form.addCriterion();
            rubricRows.focusRow(form.criteria().size() - 1, "criterion");
        });
        saveButton.setGraphic(new FontIcon(Feather.SAVE));
        saveButton.setOnAction(e -> save());
        saveButton.disableProperty().bind(commands.saving());
        closeButton.setOnAction(e -> onClose.run());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
        reloadButton.setOnAction(e -> commands.reload());
        reloadButton.disableProperty().bind(commands.canReload().not());
        conflictLabel.textProperty().bind(commands.conflict());
        conflictBox.visibleProperty().bind(commands.conflict().isNotEmpty());
        conflictBox.managedProperty().bind(conflictBox.visibleProperty());
    }

    private static void showError(Label label, StringProperty error) {
        RubricRows.showError(label, error);
    }

    /** Back to the form, e.g. when the user kept their unsaved changes. */
    void focus() {
        titleField.requestFocus();
    }

    void newQuestion() {
        form.newQuestion();
        commands.clearConflict();
        keyField.requestFocus();
    }

    void edit(Question q) {
        form.edit(q);
        commands.clearConflict();
        titleField.requestFocus();
    }

    /** Unsaved content (a duplicate): Save creates it. */
    void newFrom(QuestionDraft draft) {
        form.newFrom(draft);
        commands.clearConflict();
        keyField.requestFocus();
    }

    /** Saves through the engine (see {@link EditorCommands#save()}). */
    void save() {
        commands.save();
    }

    QuestionForm form() {
        return form;
    }

    VBox root() {
        return root;
    }
}
