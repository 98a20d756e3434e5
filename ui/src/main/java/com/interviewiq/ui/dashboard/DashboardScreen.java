package com.interviewiq.ui.dashboard;

import com.interviewiq.ui.charts.fx.ChartPanes;
import com.interviewiq.ui.charts.ChartTheme;
import atlantafx.base.theme.Styles;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.Views;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The Dashboard: live charts of the active backend's pool, query rate and response times with
 * mode-switch markers, tiles with the current values, the alert list, exports, and a load
 * generator. Engine listeners run on the sampler thread and only hand samples over; everything
 * that touches the view happens on the FX thread, and nothing here waits for the database.
 */
public final class DashboardScreen {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ConsoleContext context;
    private final Engine engine;
    private final DashboardViewModel model = new DashboardViewModel();
    private final LoadGenerator load;
    private final DashboardFeed feed;
    private DashboardFiles files;
    private DashboardCharts charts;
    private ObservableValue<Boolean> windowShowing; // a field: the listener on it lives as long as the screen

    @FXML private BorderPane root;
    @FXML private Label subtitleLabel;
    @FXML private HBox windowBox;
    @FXML private ToggleButton pauseButton;
    @FXML private Button compareButton;
    @FXML private Button exportCsvButton;
    @FXML private MenuButton exportPngButton;
    @FXML private MenuItem exportPoolItem;
    @FXML private MenuItem exportRateItem;
    @FXML private MenuItem exportLatencyItem;
    @FXML private MenuItem exportAllItem;
    @FXML private Label modeValue;
    @FXML private Label databaseValue;
    @FXML private Label healthValue;
    @FXML private Label poolValue;
    @FXML private Label statementsValue;
    @FXML private Label transactionsValue;
    @FXML private Label p99Value;
    @FXML private Label errorsValue;
    @FXML private VBox serverTile;
    @FXML private Label serverValue;
    @FXML private Label serverCaption;
    @FXML private Label serverCheckValue;
    @FXML private VBox chartBox;
    @FXML private VBox monitoringOff;
    @FXML private Spinner<Integer> concurrencySpinner;
    @FXML private Button startButton;
    @FXML private Button stopButton;
    @FXML private Label progressLabel;
    @FXML private Label loadMessage;
    @FXML private ListView<Alert> alertList;
    @FXML private Label statusLabel;
    @FXML private MenuButton recordingsButton;
    @FXML private HBox replayBar;
    private ReplayViewModel replay;

    private DashboardScreen(ConsoleContext context) {
        this.context = context;
        this.engine = context.engine();
        this.load = new LoadGenerator(engine);
        this.feed = new DashboardFeed(engine, model);
    }

    public static Parent create(ConsoleContext context) {
        return load(context).root();
    }

    /** The view and its controller (tests reach the model, charts and load generator through it). */
    public static Views.Loaded<DashboardScreen> load(ConsoleContext context) {
        return Views.load(DashboardScreen.class, "/com/interviewiq/ui/dashboard/Dashboard.fxml",
                type -> new DashboardScreen(context));
    }

    @FXML
    private void initialize() {
        bindTiles();
        WindowChoice.fill(windowBox, model.window());
        buildLoadControls();
        buildAlertList();
        PauseToggle.bind(pauseButton, model.paused());
        exportCsvButton.setGraphic(new FontIcon(Feather.DOWNLOAD));
        exportPngButton.setGraphic(new FontIcon(Feather.IMAGE));
        files = new DashboardFiles(root, statusLabel);
        exportCsvButton.setOnAction(e -> files.exportCsv(model.visibleSamples()));
        compareButton.setGraphic(new FontIcon(Feather.COLUMNS));
        compareButton.setOnAction(e -> CompareView.open(root.getScene().getWindow(), new CompareViewModel(
                engine.monitor().history().samples(), engine.monitor().history().events(), ZoneId.systemDefault())));
        // stop the load when the window closes; leaving the page (scene null) is not closing
        windowShowing = root.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty);
        windowShowing.addListener((obs, was, now) -> {
            if (Boolean.TRUE.equals(was) && Boolean.FALSE.equals(now)) {
                close();
            }
        });
        model.mode(engine.backend().mode().label());
        model.database(engine.settings().database().location());
        feed.refreshHealth();
        if (!engine.monitor().enabled()) {
            showMonitoringOff();
            return;
        }
        charts = new DashboardCharts(model, ChartTheme.of(context.state().dark()));
        chartBox.getChildren().setAll(ChartPanes.card(charts.pool(), "chartPool", 600, 220, 140),
                ChartPanes.card(charts.rate(), "chartRate", 600, 220, 140),
                ChartPanes.card(charts.latency(), "chartLatency", 600, 220, 140));
        files.pngItems(charts, exportPoolItem, exportRateItem, exportLatencyItem, exportAllItem);
        // the theme's background changes whenever the shell switches PrimerLight/PrimerDark
        root.backgroundProperty().addListener((obs, old, now) -> ChartPanes.themeFor(now).ifPresent(charts::theme));
        // out of sight the charts need not redraw each tick; they catch up in one batch on return
        root.sceneProperty().addListener((obs, old, now) -> model.hidden(now == null));
        model.hidden(root.getScene() == null);
        feed.start();
        replay = ReplayControls.wire(engine, model, recordingsButton, replayBar, statusLabel);
    }

    private void showMonitoringOff() {
        chartBox.setVisible(false);
        chartBox.setManaged(false);
        monitoringOff.setVisible(true);
        monitoringOff.setManaged(true);
        windowBox.setDisable(true);
        pauseButton.setDisable(true);
        exportCsvButton.setDisable(true);
        compareButton.setDisable(true);
        exportPngButton.setDisable(true);
        subtitleLabel.textProperty().unbind();
        subtitleLabel.setText("monitoring off");
        model.addAlerts(engine.health().alerts().all());
    }

    private void bindTiles() {
        modeValue.textProperty().bind(model.tiles().mode());
        databaseValue.textProperty().bind(model.tiles().database());
        databaseValue.tooltipProperty().bind(model.tiles().database().map(Tooltip::new));
        healthValue.textProperty().bind(model.tiles().health());
        poolValue.textProperty().bind(model.tiles().pool());
        statementsValue.textProperty().bind(model.tiles().statementsRate());
        transactionsValue.textProperty().bind(model.tiles().transactionsRate());
        p99Value.textProperty().bind(model.tiles().p99Ms());
        errorsValue.textProperty().bind(model.tiles().errorsRate());
        serverValue.textProperty().bind(model.tiles().serverConnections());
        serverCaption.textProperty().bind(model.tiles().serverConnectionsCaption());
        serverTile.visibleProperty().bind(model.tiles().serverConnectionsShown());
        serverTile.managedProperty().bind(model.tiles().serverConnectionsShown());
        ServerCheckLabel.bind(serverCheckValue, model.tiles().serverCheck());
        String every = every(engine.settings().sampleInterval());
        subtitleLabel.textProperty().bind(Bindings.createStringBinding(() -> model.paused().get()
                        ? "Paused at " + TIME.format(model.range().get().to()) + " · " + model.waiting().get()
                          + " new sample(s) waiting"
                        : "Sampled every " + every + " · last " + model.window().get().label(),
                model.paused(), model.waiting(), model.range(), model.window()));
    }

    private void buildLoadControls() {
        concurrencySpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                LoadGenerator.MAX_CONCURRENCY, LoadGenerator.DEFAULT_CONCURRENCY));
        concurrencySpinner.disableProperty().bind(load.busy());
        startButton.setGraphic(new FontIcon(Feather.PLAY));
        startButton.getStyleClass().add(Styles.ACCENT);
        startButton.disableProperty().bind(load.busy());
        startButton.setOnAction(e -> load.start(committedConcurrency()));
        stopButton.setGraphic(new FontIcon(Feather.SQUARE));
        stopButton.disableProperty().bind(Bindings.createBooleanBinding(() -> load.state().get() != LoadGenerator.State.RUNNING
                && load.state().get() != LoadGenerator.State.PREPARING, load.state()));
        stopButton.setOnAction(e -> load.stop());
        progressLabel.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                        "%,d interviews · %,d answers · %,d errors", load.sessions().get(), load.answers().get(),
                        load.errors().get()), load.sessions(), load.answers(), load.errors()));
        loadMessage.textProperty().bind(load.message());
    }

    /** The spinner's typed text counts even if the user did not press Enter. */
    private int committedConcurrency() {
        SpinnerValueFactory<Integer> f = concurrencySpinner.getValueFactory();
        try {
            int typed = Integer.parseInt(concurrencySpinner.getEditor().getText().trim());
            f.setValue(Math.clamp(typed, 1, LoadGenerator.MAX_CONCURRENCY));
        } catch (NumberFormatException e) {
            concurrencySpinner.getEditor().setText(String.valueOf(f.getValue()));
        }
        return f.getValue();
    }

    private void buildAlertList() {
        alertList.setItems(model.alerts());
        alertList.setCellFactory(list -> new AlertCell());
    }

    private static String every(Duration interval) {
        return interval.toMillis() % 1000 == 0 ? interval.toSeconds() + " s" : interval.toMillis() + " ms";
    }

    /** Stops the load and the engine listeners (called when the window closes). */
    public void close() {
        feed.close();
        load.stop();
    }

    public DashboardViewModel model() {
        return model;
    }

    /** Null when monitoring is off. */
    DashboardCharts charts() {
        return charts;
    }

    ReplayViewModel replay() {
        return replay;
    }

    public LoadGenerator loadGenerator() {
        return load;
    }
}
