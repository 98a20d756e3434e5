package com.interviewiq.ui.questions;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionPages;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.ui.common.Confirmation;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.FxThread;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The question bank: every question in a sortable table with search and filters, an editor beside
 * it, duplicate and delete, import and export of JSON/CSV files, and the sample bank on first run.
 * All reads and writes go through the engine's services and come back via {@link FxThread}; the
 * file side (import, export, sample bank) lives in {@link BankFiles}.
 */
public final class QuestionBankScreen {
    private static final int MAX_COPY_ATTEMPTS = 1000;
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final Engine engine;
    private final int pageSize;
    private final QuestionBankViewModel model = new QuestionBankViewModel();
    private final Map<KeyCombination, Runnable> pageShortcuts = Map.of(NEW, this::newQuestion, SAVE, this::saveIfEditing);
    private QuestionEditor editor;
    private boolean reloadQueued;
    private BankFilters filters;
    private Long selectAfterLoad;
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
        this.pageSize = pageSize;
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
        editor = QuestionEditor.load(engine.questions(), this::saved, this::closeEditorAsked).controller();
        buildTable();
        filters = new BankFilters(new BankFilters.Controls(searchField, tagFilter, categoryFilter, difficultyFilter,
                statusFilter, clearFiltersButton), model, this::requestReload);
        buildActions();
        countLabel.textProperty().bind(model.countText());
        emptyState.visibleProperty().bind(model.bankEmpty());
        table.visibleProperty().bind(model.bankEmpty().not());
        // first run: Enter loads the sample bank, as long as no editor field could want the Enter key
        loadSampleButton.defaultButtonProperty().bind(emptyState.visibleProperty().and(root.rightProperty().isNull()));
        // the shortcuts belong to this page: added while it is in a scene, removed when the shell shows another
        root.sceneProperty().addListener((obs, old, now) -> shortcuts(old, now));
        files = new BankFiles(engine, new BankFiles.Controls(importButton, exportButton, updateExistingBox, progressBar,
                loadSampleButton, sampleProgress), model::query, this::bankChanged, this::status, this::window);
        reload();
        refreshCategories();
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
        QuestionTable.build(table, model.rows(), this::edit, this::editSelected, this::deleteSelected);
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

    /** Many filter changes in one pulse (Clear) make one query. */
    private void requestReload() {
        if (!reloadQueued) {
            reloadQueued = true;
            Platform.runLater(() -> {
                reloadQueued = false;
                reload();
            });
        }
    }

    /** Loads every question that matches the filter (page by page) and, while filtering, the bank's size. */
    void reload() {
        int load = model.beginLoad();
        boolean filtered = model.filtered();
        QuestionQuery query = model.query();
        Long keep = selectAfterLoad != null ? selectAfterLoad : selectedId();
        selectAfterLoad = null;
        CompletionStage<List<Question>> rows = QuestionPages.loadAll(engine.questions()::search, query, pageSize);
        CompletionStage<Long> total = filtered ? engine.questions().count() : CompletableFuture.completedFuture(null);
        FxThread.then(rows.thenCombine(total, (r, t) -> new Loaded(r, t == null ? r.size() : t)), loaded -> {
            if (model.show(load, loaded.rows(), loaded.bankTotal(), filtered) && keep != null) {
                select(keep);
            }
        }, e -> {
            model.failed(load);
            status("Cannot load the questions: " + FxThread.message(e));
        });
    }

    private record Loaded(List<Question> rows, long bankTotal) {
    }

    private void refreshCategories() {
        FxThread.then(engine.questions().categories(), filters::showCategories,
                e -> status("Cannot load the categories: " + FxThread.message(e)));
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
        whenChangesMayGo(() -> {
            openEditor();
            editor.newQuestion();
            status("New question: Save (Ctrl+S) adds it to the bank.");
        });
    }

    private void editSelected() {
        Question q = table.getSelectionModel().getSelectedItem();
        if (q != null) {
            edit(q);
        }
    }

    private void edit(Question q) {
        Question open = editor.form().editing().get();
        if (root.getRight() != null && open != null && open.id() == q.id()) {
            editor.focus();
            return;
        }
        whenChangesMayGo(() -> {
            openEditor();
            editor.edit(q);
        });
    }

    /**
     * Runs {@code then} at once when the editor holds nothing unsaved, else after the user agreed to
     * discard it: typed work is never thrown away without asking.
     */
    private void whenChangesMayGo(Runnable then) {
        if (root.getRight() == null || !editor.form().isDirty()) {
            then.run();
            return;
        }
        Question open = editor.form().editing().get();
        String what = open == null ? "the new question" : open.key();
        Confirmation.ask(root, "discard", "Unsaved changes", "Discard your changes to " + what + "?",
                "Your changes to " + what + " have not been saved.", "Discard changes", then, editor::focus);
    }

    private void saveIfEditing() {
        if (root.getRight() != null) {
            editor.save();
        }
    }

    private void openEditor() {
        if (root.getRight() == null) {
            root.setRight(editor.root());
            // builds the skins now (the fields sit in a ScrollPane), so the editor can take the focus at once
            editor.root().applyCss();
        }
    }

    /** Esc or the close button: asks first when something typed would be lost. */
    private void closeEditorAsked() {
        whenChangesMayGo(this::closeEditor);
    }

    private void closeEditor() {
        root.setRight(null);
        table.requestFocus();
    }

    private void saved(Question q) {
        status("Saved " + q.key() + " (version " + q.version() + ").");
        selectAfterLoad = q.id();
        reload();
        refreshCategories();
    }

    /** Opens an unsaved copy with the first free key ("-copy", "-copy-2", …) and the title marked "(copy)". */
    void duplicateSelected() {
        Question q = table.getSelectionModel().getSelectedItem();
        if (q == null) {
            return;
        }
        whenChangesMayGo(() -> FxThread.then(freeCopyKey(q.key(), 1), key -> {
            QuestionDraft copy = q.toDraft().withKey(key).withTitle(CopyNames.title(q.title()));
            openEditor();
            editor.newFrom(copy);
            status("Copy of " + q.key() + " as " + key + ": not saved yet, Save (Ctrl+S) adds it.");
        }, e -> status("Cannot duplicate " + q.key() + ": " + FxThread.message(e))));
    }

    private CompletionStage<String> freeCopyKey(String key, int attempt) {
        if (attempt > MAX_COPY_ATTEMPTS) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "the first " + MAX_COPY_ATTEMPTS + " copy keys are all taken"));
        }
        String candidate = CopyNames.key(key, attempt);
        return engine.questions().findByKey(candidate).thenCompose(found -> found.isPresent()
                ? freeCopyKey(key, attempt + 1) : CompletableFuture.completedFuture(candidate));
    }

    /** Asks first; deletes the version shown (someone else's newer save makes it a conflict, not a loss). */
    void deleteSelected() {
        Question q = table.getSelectionModel().getSelectedItem();
        if (q == null) {
            return;
        }
        Confirmation.ask(root, "delete", "Delete question", "Delete " + q.key() + "?",
                "“" + q.title() + "” will be removed from the bank. This cannot be undone.", "Delete",
                () -> delete(q), table::requestFocus);
    }

    private void delete(Question q) {
        FxThread.then(engine.questions().delete(q.id(), q.version()), v -> {
            status("Deleted " + q.key() + ".");
            Question open = editor.form().editing().get();
            if (open != null && open.id() == q.id()) {
                closeEditor();
            }
            reload();
            refreshCategories();
            table.requestFocus();
        }, e -> {
            status("Not deleted: " + FxThread.message(e));
            reload(); // the row may be stale: show what is stored now
        });
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

    /** After an import or the sample bank: show what is stored now. */
    private void bankChanged() {
        reload();
        refreshCategories();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void status(String text) {
        statusLabel.setText(text);
    }

    // ---- for tests ----

    QuestionBankViewModel model() {
        return model;
    }

    QuestionEditor editor() {
        return editor;
    }

    Parent root() {
        return root;
    }
}
