package com.interviewiq.ui.questions;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.ui.common.Confirmation;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.Views;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The question bank: every question in a sortable table with search and filters, an editor beside
 * it, duplicate and delete, import and export of JSON/CSV files, and the sample bank on first run.
 * The commands against the engine live in {@link BankCommands}, the editor pane in {@link EditorSide}
 * and the file side (import, export, sample bank) in {@link BankFiles}; this controller binds them.
 */
public final class QuestionBankScreen {
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final Engine engine;
    private final QuestionBankViewModel model = new QuestionBankViewModel();
    private final BankCommands commands;
    private final Map<KeyCombination, Runnable> pageShortcuts = Map.of(NEW, this::newQuestion, SAVE, this::saveIfEditing);
    private EditorSide editorSide;
    private BankFilters filters;
    private BankFiles files;

    @FXML private BorderPane root;
    @FXML private Label countLabel;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private CheckBox updateExistingBox;
    @FXML private Button importButton;
    @FXML private Button exportButton;
    @FXML private TextField searchField;
    @FXML private ComboBox<Choice<String>> categoryFilter;
    @FXML private ComboBox<Choice<Integer>> difficultyFilter;
    @FXML private TextField tagFilter;
    @FXML private ComboBox<Choice<QuestionStatus>> statusFilter;
    @FXML private Button clearFiltersButton;
    @FXML private TableView<Question> table;
    @FXML private Label tablePlaceholder;
    @FXML private VBox emptyState;
    @FXML private Button loadSampleButton;
    @FXML private ProgressBar sampleProgress;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;

    private QuestionBankScreen(Engine engine, int pageSize) {
        this.engine = engine;
        // always later, never inline: a burst of filter changes in one pulse then makes one reload
        this.commands = new BankCommands(model, engine.questions(), Platform::runLater, pageSize);
    }

    public static Parent create(ConsoleContext context) {
        return load(context, QuestionQuery.MAX_LIMIT).root();
    }

    /** With a smaller page size (tests make the table page through a small bank). */
    static Views.Loaded<QuestionBankScreen> load(ConsoleContext context, int pageSize) {
        return Views.load(QuestionBankScreen.class, "/com/interviewiq/ui/questions/QuestionBank.fxml",
                type -> new QuestionBankScreen(context.engine(), pageSize));
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(Objects.requireNonNull(
                QuestionBankScreen.class.getResource("/com/interviewiq/ui/questions/question-bank.css")).toExternalForm());
        buildTable();
        editorSide = new EditorSide(root, table, engine.questions(), commands::saved);
        filters = new BankFilters(new BankFilters.Controls(searchField, tagFilter, categoryFilter, difficultyFilter,
                statusFilter, clearFiltersButton), model, () -> commands.reloadSoon(this::selectedId));
        commands.showWith(this::select, filters::showCategories);
        buildActions();
        statusLabel.textProperty().bind(commands.status());
        countLabel.textProperty().bind(model.countText());
        emptyState.visibleProperty().bind(model.bankEmpty());
        table.visibleProperty().bind(model.bankEmpty().not());
        // first run: Enter loads the sample bank, as long as no editor field could want the Enter key
        loadSampleButton.defaultButtonProperty().bind(emptyState.visibleProperty().and(root.rightProperty().isNull()));
        // the shortcuts belong to this page: added while it is in a scene, removed when the shell shows another
        root.sceneProperty().addListener((obs, old, now) -> shortcuts(old, now));
        files = new BankFiles(engine, new BankFiles.Controls(importButton, exportButton, updateExistingBox, progressBar,
                loadSampleButton, sampleProgress), model::query, () -> commands.bankChanged(selectedId()),
                commands.status()::set, this::window);
        commands.bankChanged(null);
    }

    private void shortcuts(Scene old, Scene now) {
        if (old != null) {
            pageShortcuts.forEach((k, r) -> old.getAccelerators().remove(k, r));
        }
        if (now != null) {
            now.getAccelerators().putAll(pageShortcuts);
            // the keyboard starts on the page, not on the navigation button that opened it (chosen a pulse
            // later, when a first load has said whether the bank is empty)
            Platform.runLater(() -> (emptyState.isVisible() ? loadSampleButton : table).requestFocus());
        }
    }

    private void buildTable() {
        QuestionTable.build(table, model.rows(), q -> editorSide.edit(q), this::editSelected, this::deleteSelected);
        root.rightProperty().addListener((o, was, now) -> QuestionTable.compact(table, now != null));
        model.loading().addListener((obs, was, now) -> tablePlaceholder.setText(now ? "Loading…"
                : model.filtered() ? "No question matches the filter." : "No questions."));
    }

    private void buildActions() {
        newButton.setGraphic(new FontIcon(Feather.PLUS));
        editButton.setGraphic(new FontIcon(Feather.EDIT_2));
        duplicateButton.setGraphic(new FontIcon(Feather.COPY));
        deleteButton.setGraphic(new FontIcon(Feather.TRASH_2));
        importButton.setGraphic(new FontIcon(Feather.UPLOAD));
        exportButton.setGraphic(new FontIcon(Feather.DOWNLOAD));
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        editButton.disableProperty().bind(none);
        duplicateButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none);
        newButton.setOnAction(e -> newQuestion());
        editButton.setOnAction(e -> editSelected());
        duplicateButton.setOnAction(e -> duplicateSelected());
        deleteButton.setOnAction(e -> deleteSelected());
    }

    // ---- loading ----

    /** Loads what matches the filter again, keeping the selected row. */
    void reload() {
        commands.reload(selectedId());
    }

    private Long selectedId() {
        Question q = table.getSelectionModel().getSelectedItem();
        return q == null ? null : q.id();
    }

    private void select(long id) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == id) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(i);
                return;
            }
        }
    }

    // ---- editing ----

    void newQuestion() {
        editorSide.newQuestion(() -> status("New question: Save (Ctrl+S) adds it to the bank."));
    }

    private void editSelected() {
        Question q = table.getSelectionModel().getSelectedItem();
        if (q != null) {
            editorSide.edit(q);
        }
    }

    private void saveIfEditing() {
        editorSide.saveIfOpen();
    }

    /** Opens an unsaved copy under the first free key (see {@link BankCommands#duplicate}). */
    void duplicateSelected() {
        Question q = table.getSelectionModel().getSelectedItem();
        if (q == null) {
            return;
        }
        editorSide.whenChangesMayGo(() -> commands.duplicate(q, editorSide::newFrom));
    }

    /** Asks first; deletes the version shown (someone else's newer save makes it a conflict, not a loss). */
    void deleteSelected() {
        Question q = table.getSelectionModel().getSelectedItem();
        if (q == null) {
            return;
        }
        Confirmation.ask(root, "delete", "Delete question", "Delete " + q.key() + "?",
                "“" + q.title() + "” will be removed from the bank. This cannot be undone.", "Delete",
                () -> commands.delete(q, deleted -> {
                    editorSide.closeIfEditing(deleted);
                    table.requestFocus();
                }), table::requestFocus);
    }

    // ---- files ----

    /** Imports a file as the Import button does after its file chooser (tests call it with a path). */
    void importFile(Path file) {
        files.importFile(file);
    }

    /** Exports the current filter as the Export button does after its file chooser. */
    void exportTo(Path file) {
        files.exportTo(file);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void status(String text) {
        commands.status().set(text);
    }

    // ---- for tests ----

    QuestionBankViewModel model() {
        return model;
    }

    QuestionEditor editor() {
        return editorSide.editor();
    }

    Parent root() {
        return root;
    }
}
