package com.interviewiq.ui.health;

import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.health.CheckResult;
import com.interviewiq.engine.health.HealthReport;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The Health screen's state. Updated on the FX thread only; no controls here, so it is unit-testable. */
public final class HealthViewModel {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final StringProperty status = new SimpleStringProperty("…");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<CheckResult> checks = FXCollections.observableArrayList();
    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();

    public void show(HealthReport report, List<Alert> alertLog) {
        status.set(report.status().name());
        summary.set(report.mode() + " · " + report.database() + " · checked " + TIME.format(report.checkedAt()));
        checks.setAll(report.checks());
        // newest first
        List<Alert> newestFirst = new java.util.ArrayList<>(alertLog);
        java.util.Collections.reverse(newestFirst);
        alerts.setAll(newestFirst);
    }

    public ReadOnlyStringProperty status() {
        return status;
    }

    public ReadOnlyStringProperty summary() {
        return summary;
    }

    public ObservableList<CheckResult> checks() {
        return checks;
    }

    public ObservableList<Alert> alerts() {
        return alerts;
    }

    /** HH:mm:ss on {@code today}; an earlier day's alert (a previous run's) also says its date. */
    static String when(java.time.Instant t, java.time.LocalDate today) {
        return java.time.LocalDate.ofInstant(t, TIME.getZone()).equals(today) ? TIME.format(t)
                : DAY_TIME.format(t);
    }

    /** "250 / 1000" for a check with thresholds, "" otherwise. */
    static String thresholds(CheckResult c) {
        if (c.warn() == null) {
            return "";
        }
        return fmt(c.warn()) + " / " + fmt(c.critical()) + (c.unit().isEmpty() ? "" : " " + c.unit());
    }

    static String value(CheckResult c) {
        return c.value() == null ? "–" : fmt(c.value()) + (c.unit().isEmpty() ? "" : " " + c.unit());
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
