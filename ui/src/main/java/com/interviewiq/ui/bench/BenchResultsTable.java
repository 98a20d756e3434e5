package com.interviewiq.ui.bench;

import atlantafx.base.theme.Styles;
import com.interviewiq.engine.bench.BenchPoint;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Locale;
import java.util.function.Function;

/** The results table: one row per measured point, the columns of `bench`'s own table. */
final class BenchResultsTable {
    private BenchResultsTable() {
    }

    static void fill(TableView<BenchPoint> table, ObservableList<BenchPoint> points) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add(Styles.DENSE);
        table.setItems(points);
        column(table, "Mode", 95, BenchPoint::mode);
        column(table, "Callers", 60, p -> Integer.toString(p.concurrency()));
        column(table, "Pool", 45, p -> Integer.toString(p.poolSize()));
        column(table, "Steps/s", 75, p -> fmt(p.stepsPerSecond(), 1));
        column(table, "p50 ms", 60, p -> fmt(p.latencyMs().p50(), 2));
        column(table, "p99 ms", 60, p -> fmt(p.latencyMs().p99(), 2));
        column(table, "Max ms", 60, p -> fmt(p.latencyMs().max(), 2));
        column(table, "Acquire p99 ms", 95, p -> fmt(p.acquireWaitP99Ms(), 2));
        column(table, "Errors", 50, p -> Long.toString(p.errors()));
        column(table, "CPU %", 50, p -> fmt(p.clientCpuPercent(), 0));
        column(table, "CPU ms/step", 80, p -> fmt(p.clientCpuMsPerStep(), 3));
        column(table, "Stmts/step", 70, p -> fmt(p.statementsPerStep(), 2));
        column(table, "Rounds", 55, p -> Integer.toString(p.rounds()));
    }

    private static void column(TableView<BenchPoint> table, String title, double width, Function<BenchPoint, String> value) {
        TableColumn<BenchPoint, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        table.getColumns().add(c);
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
