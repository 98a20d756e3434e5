package com.interviewiq.ui.settings;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.evaluation.EvaluatorTrial;
import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.db.SwitchProgress;
import com.interviewiq.engine.validate.Validator;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.FxThread;
import com.interviewiq.ui.common.Views;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Settings: every setting with inline validation naming the field; Apply switches the running
 * engine live (mode, executor, pools, database) with progress; Save writes settings.json. Values
 * set by environment variables are shown read-only, with the variable's name.
 */
public final class SettingsScreen {
    private final SettingsViewModel model;
    private final SettingsApplier applier;
    private final Path dataDir;

    @FXML private VBox sections;
    @FXML private Button applyButton;
    @FXML private Button saveButton;
    @FXML private Button testButton;
    @FXML private Label progressLabel;
    @FXML private Label resultLabel;

    private final Node extra;
    private final Node evaluatorTest;
    private Node poolAdvisor;

    private SettingsScreen(SettingsViewModel model, SettingsApplier applier, Path dataDir, Node extra,
                           Map<String, String> env) {
        this.model = model;
        this.applier = applier;
        this.dataDir = dataDir;
        this.extra = extra;
        this.evaluatorTest = EvaluatorTestRow.create(new EvaluatorTestViewModel(model,
                e -> EvaluatorTrial.run(e, env::get), env::get, FxThread::run));
    }

    public static Parent create(ConsoleContext context) {
        return create(context, System.getenv());
    }

    /** With an explicit environment (tests). */
    public static Parent create(ConsoleContext context, Map<String, String> env) {
        Engine engine = context.engine();
        Path dataDir = engine.settings().dataDir();
        DataViewModel data = new DataViewModel(engine, context.restart(), java.util.concurrent.ForkJoinPool.commonPool(),
                FxThread::run);
        return Views.load(SettingsScreen.class, "/com/interviewiq/ui/settings/Settings.fxml",
                type -> {
                    SettingsViewModel fields = new SettingsViewModel(dataDir, env, engine.settings());
                    SettingsScreen screen = new SettingsScreen(fields, SettingsApplier.switching(engine), dataDir,
                            DataPanel.create(data), env);
                    screen.poolAdvisor = PoolAdvisorPanel.create(new PoolAdvisorViewModel(engine.monitor().history()::samples,
                            () -> engine.settings().pool(), engine.health()::serverConnections, fields,
                            screen.applier, FxThread::run, com.interviewiq.engine.monitor.PoolAdvisor.DEFAULT_WINDOW));
                    return screen;
                }).root();
    }

    /** The fields with what Apply should do with them (switch the engine, or start one when there is none). */
    public static Parent create(SettingsViewModel model, SettingsApplier applier, Path dataDir) {
        return Views.load(SettingsScreen.class, "/com/interviewiq/ui/settings/Settings.fxml",
                type -> new SettingsScreen(model, applier, dataDir, null, System.getenv())).root();
    }

    private static final String EVALUATOR_SECTION = "Remote evaluator";
    private static final String POOLS_SECTION = "Mode and pools";

    @FXML
    private void initialize() {
        Map<String, GridPane> grids = new LinkedHashMap<>();
        for (SettingField f : SettingField.all()) {
            GridPane grid = grids.computeIfAbsent(f.section(), this::section);
            int row = grid.getRowCount();
            Label label = new Label(f.label());
            Node input = input(f);
            Label hint = new Label(f.hint());
            hint.getStyleClass().add("tile-caption");
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setId("error-" + f.key().fileKey());
            error.textProperty().bind(model.error(f.key()));
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            VBox cell = new VBox(2, input, error);
            if (model.fromEnvironment(f.key()).get()) {
                Label env = new Label("set by environment variable " + f.key().envVar() + " (read-only here)");
                env.getStyleClass().add("env-note");
                cell.getChildren().add(env);
                input.setDisable(true);
            }
            grid.addRow(row, label, cell, hint);
        }
        GridPane evaluator = grids.get(EVALUATOR_SECTION);
        evaluator.add(evaluatorTest, 1, evaluator.getRowCount(), 2, 1);
        if (poolAdvisor != null) {
            GridPane pools = grids.get(POOLS_SECTION);
            pools.add(poolAdvisor, 1, pools.getRowCount(), 2, 1);
        }
        if (extra != null) {
            sections.getChildren().add(extra);
        }
        applyButton.setOnAction(e -> apply());
        saveButton.setOnAction(e -> save());
        testButton.setOnAction(e -> testConnection());
    }

    private GridPane section(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("tile-value");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints(170);
        ColumnConstraints inputs = new ColumnConstraints(240, 320, 520);
        inputs.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(labels, inputs, new ColumnConstraints());
        sections.getChildren().addAll(heading, grid);
        return grid;
    }

    private Node input(SettingField f) {
        String id = "field-" + f.key().fileKey();
        return switch (f.kind()) {
            case TEXT -> {
                TextField t = new TextField();
                t.setId(id);
                t.textProperty().bindBidirectional(model.value(f.key()));
                yield t;
            }
            case SECRET -> {
                PasswordField p = new PasswordField();
                p.setId(id);
                p.setPromptText("unchanged");
                p.textProperty().bindBidirectional(model.value(f.key()));
                yield p;
            }
            case CHOICE -> {
                ChoiceBox<String> c = new ChoiceBox<>();
                c.setId(id);
                c.getItems().setAll(f.choices());
                c.valueProperty().bindBidirectional(model.value(f.key()));
                yield c;
            }
            case CHECK -> {
                CheckBox c = new CheckBox();
                c.setId(id);
                c.setSelected(Boolean.parseBoolean(model.value(f.key()).get()));
                c.selectedProperty().addListener((o, was, now) -> model.value(f.key()).set(Boolean.toString(now)));
                model.value(f.key()).addListener((o, was, now) -> c.setSelected(Boolean.parseBoolean(now)));
                yield c;
            }
        };
    }

    /** Switches the running engine to the edited mode, executor, pools and database. */
    private void apply() {
        if (!model.validate()) {
            resultLabel.setText("Nothing applied: fix the fields marked in red.");
            return;
        }
        java.util.concurrent.CompletionStage<String> applied;
        try {
            applied = applier.apply(model, p -> FxThread.run(() -> progress(p)));
        } catch (RuntimeException e) {
            resultLabel.setText("Nothing applied: " + FxThread.message(e));
            return;
        }
        applyButton.setDisable(true);
        resultLabel.setText("");
        FxThread.then(applied, sentence -> {
            applyButton.setDisable(false);
            progressLabel.setText("");
            resultLabel.setText(sentence);
        }, e -> {
            applyButton.setDisable(false);
            progressLabel.setText("");
            resultLabel.setText("Not applied: " + FxThread.message(e));
        });
    }

    private void progress(SwitchProgress p) {
        progressLabel.setText(p.message());
    }

    private void save() {
        if (!model.validate()) {
            resultLabel.setText("Not saved: fix the fields marked in red.");
            return;
        }
        FxThread.then(CompletableFuture.runAsync(model::save), x -> resultLabel.setText(
                "Saved to " + dataDir.resolve("settings.json")
                        + ". Apply switches the running engine and the evaluator; monitoring and HTTP changes take effect after a restart."),
                e -> resultLabel.setText("Not saved: " + FxThread.message(e)));
    }

    /** Logs in to the database in the URL field, off the FX thread. */
    private void testConnection() {
        if (!model.validate()) {
            resultLabel.setText("Fix the fields marked in red first.");
            return;
        }
        DatabaseTarget target;
        try {
            target = model.resolved().database();
        } catch (RuntimeException e) {
            resultLabel.setText(FxThread.message(e));
            return;
        }
        testButton.setDisable(true);
        resultLabel.setText("Connecting to " + target.location() + "…");
        FxThread.then(CompletableFuture.supplyAsync(() -> Validator.login(target)), ok -> {
            testButton.setDisable(false);
            resultLabel.setText("Connection OK: " + ok);
        }, e -> {
            testButton.setDisable(false);
            resultLabel.setText("Connection failed: " + FxThread.message(e));
        });
    }
}
