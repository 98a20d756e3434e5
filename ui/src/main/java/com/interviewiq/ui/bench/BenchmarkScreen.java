package com.interviewiq.ui.bench;

import com.interviewiq.ui.charts.BenchCharts;
import atlantafx.base.theme.Styles;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.bench.BenchMode;
import com.interviewiq.engine.bench.BenchPoint;
import com.interviewiq.engine.bench.BenchWorkload;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.FxThread;
import com.interviewiq.ui.common.Views;
import com.interviewiq.ui.bench.BenchmarkViewModel.Field;
import com.interviewiq.ui.bench.BenchmarkViewModel.State;
import com.interviewiq.ui.charts.fx.ChartPanes;
import com.interviewiq.ui.charts.ChartTheme;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Benchmark: the {@code bench} matrix from a form, run on its own thread against a temporary H2
 * database (default) or the console's database, with progress, rows and charts filling in as
 * points are measured, Stop, the verdict, the machine facts and an export of the same files the
 * command writes.
 */
public final class BenchmarkScreen {
    private final Engine engine;
    private final boolean dark;
    private final BenchmarkViewModel model = new BenchmarkViewModel();
    private BenchCharts charts;
    private BenchmarkCommands commands;
    private ObservableValue<Boolean> windowShowing; // a field: the listener on it lives as long as the screen
    private File exportDirectory;

    @FXML private BorderPane root;
    @FXML private VBox form;
    @FXML private VBox modesBox;
    @FXML private Label modesError;
    @FXML private TextField concurrencyField;
    @FXML private Label concurrencyError;
    @FXML private TextField durationField;
    @FXML private Label durationError;
    @FXML private TextField warmupField;
    @FXML private Label warmupError;
    @FXML private TextField poolSizesField;
    @FXML private Label poolSizesError;
    @FXML private TextField roundsField;
    @FXML private Label roundsError;
    @FXML private ChoiceBox<BenchWorkload> workloadChoice;
    @FXML private Label workloadNote;
    @FXML private RadioButton temporaryTarget;
    @FXML private RadioButton configuredTarget;
    @FXML private Label targetNote;
    @FXML private Button startButton;
    @FXML private Button stopButton;
    @FXML private Label estimateLabel;
    @FXML private Button exportButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Label messageLabel;
    @FXML private VBox verdictBox;
    @FXML private Label verdictLabel;
    @FXML private HBox chartBox;
    @FXML private TableView<BenchPoint> resultsTable;
    @FXML private Label machineLabel;

    private BenchmarkScreen(ConsoleContext context) {
        this.engine = context.engine();
        this.dark = context.state().dark();
    }

    public static Parent create(ConsoleContext context) {
        return load(context).root();
    }

    /** The view and its controller (tests reach the model, the charts and the export through it). */
    static Views.Loaded<BenchmarkScreen> load(ConsoleContext context) {
        return Views.load(BenchmarkScreen.class, "/com/interviewiq/ui/bench/Benchmark.fxml",
                type -> new BenchmarkScreen(context));
    }

    @FXML
    private void initialize() {
        commands = new BenchmarkCommands(model, engine.settings(), FxThread::run);
        buildForm();
        buildResults();
        charts = new BenchCharts(ChartTheme.of(dark));
        chartBox.getChildren().setAll(ChartPanes.card(charts.throughput(), "chartThroughput", 420, 260, 160),
                ChartPanes.card(charts.p99(), "chartP99", 420, 260, 160));
        model.points().addListener((ListChangeListener<BenchPoint>) c -> charts.show(model.points(), model.maxConcurrency()));
        root.backgroundProperty().addListener((obs, old, now) -> ChartPanes.themeFor(now).ifPresent(charts::theme));
        // a run ends with the window; leaving the page (scene null) is not closing it
        windowShowing = root.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty);
        windowShowing.addListener((obs, was, now) -> {
            if (Boolean.TRUE.equals(was) && Boolean.FALSE.equals(now)) {
                stop();
            }
        });
    }

    private void buildForm() {
        for (BenchMode m : BenchMode.values()) {
            CheckBox box = new CheckBox(m.label());
            box.setId("mode-" + m.label());
            box.selectedProperty().bindBidirectional(model.mode(m));
            modesBox.getChildren().add(box);
        }
        text(concurrencyField, model.concurrency());
        text(durationField, model.duration());
        text(warmupField, model.warmup());
        text(poolSizesField, model.poolSizes());
        text(roundsField, model.rounds());
        error(modesError, Field.MODES);
        error(concurrencyError, Field.CONCURRENCY);
        error(durationError, Field.DURATION);
        error(warmupError, Field.WARMUP);
        error(poolSizesError, Field.POOL_SIZES);
        error(roundsError, Field.ROUNDS);
        workloadChoice.getItems().setAll(BenchWorkload.values());
        workloadChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(BenchWorkload w) {
                return w == null ? "" : w.label();
            }

            @Override
            public BenchWorkload fromString(String s) {
                return BenchWorkload.parse(s);
            }
        });
        workloadChoice.valueProperty().bindBidirectional(model.workload());
        workloadNote.textProperty().bind(model.workload().map(BenchmarkViewModel::describe));

        ToggleGroup target = new ToggleGroup();
        temporaryTarget.setToggleGroup(target);
        configuredTarget.setToggleGroup(target);
        configuredTarget.setText("The console's database (" + engine.settings().database().location() + ")");
        temporaryTarget.setSelected(!model.configuredDatabase().get());
        configuredTarget.setSelected(model.configuredDatabase().get());
        model.configuredDatabase().bind(configuredTarget.selectedProperty());
        targetNote.textProperty().bind(Bindings.when(model.configuredDatabase()).then(BenchmarkViewModel.CONFIGURED_NOTE)
                .otherwise(BenchmarkViewModel.TEMPORARY_NOTE));

        estimateLabel.textProperty().bind(model.estimate().map(e -> e.isEmpty() ? "" : "Estimated time " + e));
        form.disableProperty().bind(model.state().isNotEqualTo(State.IDLE));
        startButton.setGraphic(new FontIcon(Feather.PLAY));
        startButton.getStyleClass().add(Styles.ACCENT);
        startButton.disableProperty().bind(model.state().isNotEqualTo(State.IDLE));
        startButton.setOnAction(e -> start());
        stopButton.setGraphic(new FontIcon(Feather.SQUARE));
        stopButton.disableProperty().bind(model.state().isNotEqualTo(State.RUNNING));
        stopButton.setOnAction(e -> stop());
        exportButton.setGraphic(new FontIcon(Feather.DOWNLOAD));
        exportButton.disableProperty().bind(model.report().isNull().or(model.state().isNotEqualTo(State.IDLE)));
        exportButton.setOnAction(e -> chooseAndExport());
    }

    private void buildResults() {
        progressBar.progressProperty().bind(model.progressValue());
        progressLabel.textProperty().bind(model.progressText());
        messageLabel.textProperty().bind(model.message());
        visibleWhenText(messageLabel);
        verdictLabel.textProperty().bind(model.verdict());
        verdictBox.visibleProperty().bind(model.verdict().isNotEmpty());
        verdictBox.managedProperty().bind(verdictBox.visibleProperty());
        machineLabel.textProperty().bind(model.machine());
        visibleWhenText(machineLabel);
        BenchResultsTable.fill(resultsTable, model.points());
    }

    private void start() {
        if (commands.start()) {
            charts.show(List.of(), model.maxConcurrency());
        }
    }

    private void stop() {
        commands.stop();
    }

    private void chooseAndExport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export the benchmark's results into a folder");
        if (exportDirectory != null && exportDirectory.isDirectory()) {
            chooser.setInitialDirectory(exportDirectory);
        }
        File dir = chooser.showDialog(root.getScene().getWindow());
        if (dir != null) {
            exportDirectory = dir;
            export(dir.toPath());
        }
    }

    /** Writes the four files into {@code dir}; says what happened in the message line. */
    void export(Path dir) {
        commands.export(dir);
    }

    BenchmarkViewModel model() {
        return model;
    }

    BenchCharts charts() {
        return charts;
    }

    /** Where the last run's temporary database was (tests check that it is gone). */
    Path lastTemporaryDir() {
        return commands.lastTemporaryDir();
    }

    private static void text(TextField field, javafx.beans.property.StringProperty value) {
        field.textProperty().bindBidirectional(value);
    }

    private void error(Label label, Field field) {
        label.textProperty().bind(model.error(field));
        visibleWhenText(label);
    }

    private static void visibleWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

}
