package com.interviewiq.ui.sessions;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.engine.sessions.SessionStatus;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.FxThread;
import com.interviewiq.ui.common.Navigator;
import com.interviewiq.ui.common.Views;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;

/** Session history with filters, and the selected session's report with Markdown, JSON and PDF export and printing. */
public final class SessionsScreen {
    private final Engine engine;
    private final Navigator navigator;
    private final SessionsViewModel model = new SessionsViewModel(ZoneId.systemDefault());
    private final HistoryCommands commands;

    @FXML private VBox root;
    @FXML private Label countLabel;
    @FXML private TextField candidateField;
    @FXML private ComboBox<SessionStatus> statusBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TextField minScoreField;
    @FXML private Button searchButton;
    @FXML private Button clearButton;
    @FXML private Button exportAnswersButton;
    @FXML private Button firstPageButton;
    @FXML private Button previousPageButton;
    @FXML private Button nextPageButton;
    @FXML private Button lastPageButton;
    @FXML private Label pageLabel;
    @FXML private Label historyMessage;
    @FXML private Label filterError;
    @FXML private TableView<SessionSummary> table;
    @FXML private Button exportMarkdownButton;
    @FXML private Button exportJsonButton;
    @FXML private Button exportPdfButton;
    @FXML private Button printButton;
    @FXML private Button resumeButton;
    @FXML private Button deleteButton;
    @FXML private Button eraseButton;
    @FXML private Label reportMessage;
    @FXML private ScrollPane reportScroll;
    @FXML private Label reportPlaceholder;

    private SessionsScreen(Engine engine, Navigator navigator) {
        this.engine = engine;
        this.navigator = navigator;
        this.commands = new HistoryCommands(model, engine.sessions(), engine.answerExport(), FxThread::run,
                HistoryPager.PAGE_SIZE);
    }

    public static Views.Loaded<SessionsScreen> load(ConsoleContext context) {
        return Views.load(SessionsScreen.class, "/com/interviewiq/ui/sessions/Sessions.fxml",
                type -> new SessionsScreen(context.engine(), context.navigator()));
    }

    public static Parent create(ConsoleContext context) {
        return load(context).root();
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(SessionsScreen.class.getResource("sessions.css").toExternalForm());
        candidateField.textProperty().bindBidirectional(model.candidate());
        minScoreField.textProperty().bindBidirectional(model.minScore());
        fromPicker.valueProperty().bindBidirectional(model.from());
        toPicker.valueProperty().bindBidirectional(model.to());
        statusBox.getItems().add(null);
        statusBox.getItems().addAll(SessionStatus.values());
        statusBox.setButtonCell(statusCell());
        statusBox.setCellFactory(l -> statusCell());
        statusBox.valueProperty().bindBidirectional(model.status());
        statusBox.valueProperty().addListener((o, was, now) -> search());
        filterError.textProperty().bind(model.error());
        searchButton.setOnAction(e -> search());
        clearButton.setOnAction(e -> {
            model.candidate().set("");
            model.minScore().set("");
            model.from().set(null);
            model.to().set(null);
            model.status().set(null);
            search();
        });
        HistoryList list = new HistoryList(table, commands, navigator);
        list.bindPager(countLabel, historyMessage, firstPageButton, previousPageButton, pageLabel, nextPageButton,
                lastPageButton);
        list.bindExport(exportAnswersButton);
        exportMarkdownButton.setOnAction(e -> chooseAndExport(ReportExport.Format.MARKDOWN));
        exportJsonButton.setOnAction(e -> chooseAndExport(ReportExport.Format.JSON));
        ReportButtons.wire(exportPdfButton, printButton, commands,
                new ReportPrinter(FxPrintJob.system(), FxThread::run, commands.reportMessage()));
        resumeButton.setOnAction(e -> navigator.resumeInterview(shown().sessionId()));
        DeletionControls.wire(deleteButton, eraseButton, new DeletionViewModel(engine.eraser()), this::shown, () -> {
            commands.shown().set(null);
            refresh(-1);
        }, commands.reportMessage()::set);
        reportMessage.textProperty().bind(commands.reportMessage());
        commands.shown().addListener((o, was, now) -> showReport(now));
        showReport(null);
        // the history changes while the console runs (interviews end): read it again whenever it is shown
        root.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                refresh();
                if (shown() != null) {
                    commands.loadReport(shown().sessionId());
                }
            }
        });
        refresh();
    }

    private static ListCell<SessionStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SessionStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s == null ? "Any status" : s.label().replace('_', ' '));
            }
        };
    }

    /** What Export answers… does after its file chooser (tests call it with a path). */
    void exportAnswersTo(Path file) {
        commands.exportAnswers(file);
    }

    /** A new search: the first page with the filters as typed. */
    private void search() {
        commands.search(shown() == null ? -1 : shown().sessionId());
    }

    /** Reads the history with the current filters, keeping the shown session selected. */
    public void refresh() {
        refresh(shown() == null ? -1 : shown().sessionId());
    }

    private void refresh(long keep) {
        commands.reload(keep);
    }

    /** Shows this session's report (also when the filters hide it from the list). */
    public void openReport(long sessionId) {
        commands.loadReport(sessionId);
        refresh(sessionId);
    }

    private void showReport(SessionReport r) {
        boolean none = r == null;
        exportMarkdownButton.setDisable(none);
        exportJsonButton.setDisable(none);
        deleteButton.setDisable(none);
        resumeButton.setVisible(!none && SessionStatus.fromLabel(r.status()).isOpen());
        resumeButton.setManaged(resumeButton.isVisible());
        reportScroll.setContent(none ? reportPlaceholder : ReportView.of(r));
    }

    private void chooseAndExport(ReportExport.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export report");
        chooser.setInitialFileName(ReportExport.suggestedName(shown(), format));
        chooser.getExtensionFilters().add(format == ReportExport.Format.JSON
                ? new FileChooser.ExtensionFilter("JSON", "*.json") : new FileChooser.ExtensionFilter("Markdown", "*.md"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes the shown report to {@code file} as Export does after its file chooser (tests call it with a path). */
    void exportTo(Path file) {
        commands.export(file);
    }

    SessionReport shown() {
        return commands.shown().get();
    }
}
