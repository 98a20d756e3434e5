package com.interviewiq.ui.bench;

import atlantafx.base.theme.Styles;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.bench.BenchListener;
import com.interviewiq.engine.bench.BenchMode;
import com.interviewiq.engine.bench.BenchOptions;
import com.interviewiq.engine.bench.BenchPoint;
import com.interviewiq.engine.bench.BenchReport;
import com.interviewiq.engine.bench.BenchWorkload;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.FxThread;
import com.interviewiq.ui.common.Views;
import com.interviewiq.ui.bench.BenchmarkViewModel.Field;
import com.interviewiq.ui.bench.BenchmarkViewModel.State;
import com.interviewiq.ui.charts.ChartPanes;
import com.interviewiq.ui.charts.ChartTheme;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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
    private BenchJob job;
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
        buildForm();
        buildResults();
        charts = new BenchCharts(ChartTheme.of(dark));
        chartBox.getChildren().setAll(card(charts.throughput(), "chartThroughput"), card(charts.p99(), "chartP99"));
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
        workloadNote.textProperty().bind(model.workload().map(BenchmarkScreen::describe));

        ToggleGroup target = new ToggleGroup();
        temporaryTarget.setToggleGroup(target);
        configuredTarget.setToggleGroup(target);
        configuredTarget.setText("The console's database (" + engine.settings().database().location() + ")");
        temporaryTarget.setSelected(!model.configuredDatabase().get());
        configuredTarget.setSelected(model.configuredDatabase().get());
        model.configuredDatabase().bind(configuredTarget.selectedProperty());
        targetNote.textProperty().bind(Bindings.when(model.configuredDatabase()).then(CONFIGURED_NOTE).otherwise(TEMPORARY_NOTE));

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

    static final String TEMPORARY_NOTE = "Created for this run in a temporary directory and deleted afterwards, even when "
            + "stopped or failed: interview data is never touched.";
    static final String CONFIGURED_NOTE = "The benchmark writes its own bench_answers table there and drops it afterwards; "
            + "the interview workload also creates interview sessions with answers (interviewer bench-…) and deletes "
            + "them at the end. If the question bank is empty, the sample questions are loaded into it first, and "
            + "they stay.";

    private static String describe(BenchWorkload w) {
        return switch (w) {
            case STEP -> "One transaction: read a question, insert an answer, read the session's count and average.";
            case READ -> "One single-row read of a question.";
            case INTERVIEW -> "One interview step through the engine's services: next question, an answer the rubric "
                    + "scores and the service stores; a new session every 5 steps. raw has no services and is skipped.";
        };
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
        resultsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        resultsTable.getStyleClass().add(Styles.DENSE);
        resultsTable.setItems(model.points());
        column("Mode", 95, BenchPoint::mode);
        column("Callers", 60, p -> Integer.toString(p.concurrency()));
        column("Pool", 45, p -> Integer.toString(p.poolSize()));
        column("Steps/s", 75, p -> fmt(p.stepsPerSecond(), 1));
        column("p50 ms", 60, p -> fmt(p.latencyMs().p50(), 2));
        column("p99 ms", 60, p -> fmt(p.latencyMs().p99(), 2));
        column("Max ms", 60, p -> fmt(p.latencyMs().max(), 2));
        column("Acquire p99 ms", 95, p -> fmt(p.acquireWaitP99Ms(), 2));
        column("Errors", 50, p -> Long.toString(p.errors()));
        column("CPU %", 50, p -> fmt(p.clientCpuPercent(), 0));
        column("Rounds", 55, p -> Integer.toString(p.rounds()));
    }

    private void start() {
        if (model.state().get() != State.IDLE) {
            return;
        }
        BenchOptions options = model.validate().orElse(null);
        if (options == null) {
            model.message("");
            return;
        }
        boolean configured = model.configuredDatabase().get();
        model.started(options, configured ? engine.settings().database().location() : "a temporary H2 database");
        charts.show(List.of(), model.maxConcurrency());
        job = BenchJob.start(options, configured ? engine.settings() : null, new BenchListener() {
            @Override
            public void measuring(BenchMode mode, int concurrency, int poolSize, int round, int done, int total) {
                FxThread.run(() -> model.measuring(mode, concurrency, poolSize, round, options.rounds(), done, total));
            }

            @Override
            public void progress(int done, int total) {
                FxThread.run(() -> model.progress(done, total));
            }

            @Override
            public void measured(BenchPoint point) {
                FxThread.run(() -> model.add(point));
            }
        }, report -> FxThread.run(() -> model.finished(report)), e -> FxThread.run(() -> model.failed(FxThread.message(e))));
    }

    private void stop() {
        if (job != null && model.state().get() == State.RUNNING) {
            job.stop();
            model.stopping();
        }
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
        BenchReport report = model.report().get();
        if (report == null) {
            model.message("Nothing to export yet: run a benchmark first.");
            return;
        }
        try {
            BenchExport.write(dir, report);
            model.exported(String.join(", ", BenchExport.FILES), dir.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            model.message("Export failed: " + FxThread.message(e));
        }
    }

    BenchmarkViewModel model() {
        return model;
    }

    BenchCharts charts() {
        return charts;
    }

    /** Where the last run's temporary database was (tests check that it is gone). */
    Path lastTemporaryDir() {
        return job == null ? null : job.temporaryDir();
    }

    private static StackPane card(JFreeChart chart, String id) {
        StackPane card = new StackPane(ChartPanes.viewer(chart, id, 420, 260, 160));
        card.getStyleClass().add("chart-card");
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
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

    private void column(String title, double width, Function<BenchPoint, String> value) {
        TableColumn<BenchPoint, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        resultsTable.getColumns().add(c);
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
