package com.interviewiq.ui.health;

import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.health.CheckResult;
import com.interviewiq.engine.health.HealthReport;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.FxThread;
import com.interviewiq.ui.common.Views;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Health: overall status, each check with value, thresholds, since when and why; the alert history. */
public final class HealthScreen {
    private final HealthSource source;
    private final HealthViewModel model = new HealthViewModel();

    @FXML private Label statusLabel;
    @FXML private Label summaryLabel;
    @FXML private Button refreshButton;
    @FXML private TableView<CheckResult> checksTable;
    @FXML private TableView<Alert> alertsTable;

    private HealthScreen(HealthSource source) {
        this.source = source;
    }

    public static Parent create(ConsoleContext context) {
        return create(HealthSource.of(context.engine()));
    }

    /** Health from any source: the engine's monitor, or the start attempts while the console has no engine. */
    public static Parent create(HealthSource source) {
        return Views.load(HealthScreen.class, "/com/interviewiq/ui/health/Health.fxml", type -> new HealthScreen(source)).root();
    }

    @FXML
    private void initialize() {
        FxThread.colourByStatus(statusLabel);
        statusLabel.textProperty().bind(model.status());
        summaryLabel.textProperty().bind(model.summary());
        checksTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        alertsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        checksTable.setItems(model.checks());
        column(checksTable, "Check", 150, CheckResult::name);
        column(checksTable, "Level", 80, CheckResult::level);
        column(checksTable, "Value", 110, HealthViewModel::value);
        column(checksTable, "Warn / critical", 130, HealthViewModel::thresholds);
        column(checksTable, "Since", 80, c -> c.since() == null ? "" : HealthViewModel.TIME.format(c.since()));
        column(checksTable, "Details", 320, CheckResult::detail);
        alertsTable.setItems(model.alerts());
        column(alertsTable, "Time", 80, a -> HealthViewModel.when(a.time(), java.time.LocalDate.now()));
        column(alertsTable, "Check", 140, Alert::check);
        column(alertsTable, "Event", 80, Alert::kind);
        column(alertsTable, "Level", 80, Alert::level);
        column(alertsTable, "Message", 420, Alert::message);
        refreshButton.setOnAction(e -> refresh());
        source.onChange(() -> publish(source.health()));
        refresh();
    }

    /** Judges health off the FX thread (it may ping the database) and shows the result. */
    private void refresh() {
        refreshButton.setDisable(true);
        FxThread.then(CompletableFuture.supplyAsync(source::health), r -> {
            refreshButton.setDisable(false);
            model.show(r, source.alerts());
        }, e -> {
            refreshButton.setDisable(false);
            statusLabel.textProperty().unbind();
            statusLabel.setText("unknown: " + FxThread.message(e));
        });
    }

    private void publish(HealthReport report) {
        List<Alert> log = source.alerts();
        FxThread.run(() -> model.show(report, log));
    }

    private static <T> void column(TableView<T> table, String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        table.getColumns().add(c);
    }
}
