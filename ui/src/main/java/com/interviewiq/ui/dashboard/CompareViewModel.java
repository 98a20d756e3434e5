package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.monitor.MetricsRange;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.engine.monitor.RangeComparison;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The Compare (A/B) view's state: two time ranges typed as clock times, the table metric | A | B |
 * B/A and a one-line verdict. It works on a snapshot of samples and events (the live history now,
 * a replayed recording as well). FX thread only; no controls.
 */
public final class CompareViewModel {
    /** Shown as the table's tooltip: how each figure of a range is made (see RangeFigures). */
    public static final String METHOD = "Rates: operations counted over the seconds sampled (a sample after a gap is"
            + " left out; time without samples counts as neither busy nor idle). Percentiles: the samples keep one"
            + " p50/p95/p99 per interval, not histograms, so a range's percentile is the mean of its intervals'"
            + " percentiles weighted by their statements (acquire wait by their transactions): an approximation,"
            + " exact when the intervals are alike. CPU: the engine process's cores busy.";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    /** One table line, formatted. */
    public record Line(String metric, String a, String b, String ratio) {
    }

    private final List<MetricsSample> samples;
    private final List<MetricsEvent> events;
    private final ZoneId zone;
    private final StringProperty aFrom = new SimpleStringProperty("");
    private final StringProperty aTo = new SimpleStringProperty("");
    private final StringProperty bFrom = new SimpleStringProperty("");
    private final StringProperty bTo = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private RangeComparison comparison;

    public CompareViewModel(List<MetricsSample> samples, List<MetricsEvent> events, ZoneId zone) {
        this.samples = List.copyOf(samples);
        this.events = List.copyOf(events);
        this.zone = zone;
        useDefaults();
    }

    /** Before and after the last mode switch (or the newest minutes against those before), then compares. */
    public void useDefaults() {
        var defaults = RangeComparison.defaults(samples, events, RangeComparison.DEFAULT_EACH);
        if (defaults.isEmpty()) {
            lines.clear();
            comparison = null;
            why.set("");
            verdict.set("Not enough history to compare yet: at least " + RangeComparison.MIN_EACH.toSeconds()
                    + " s on each side of a mode switch (or twice that without one).");
            return;
        }
        show(defaults.get().a(), aFrom, aTo);
        show(defaults.get().b(), bFrom, bTo);
        why.set("Default: " + defaults.get().why() + ", " + seconds(defaults.get().a().length()) + " each, "
                + RangeComparison.SWITCH_GUARD.toSeconds() + " s kept clear of the switch.");
        compare();
    }

    /** Compares the ranges as typed; a bad time names the field and changes nothing else. */
    public void compare() {
        error.set("");
        MetricsRange a;
        MetricsRange b;
        try {
            a = new MetricsRange(parse("A from", aFrom.get()), parse("A to", aTo.get()));
            b = new MetricsRange(parse("B from", bFrom.get()), parse("B to", bTo.get()));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        comparison = RangeComparison.of(samples, a, b);
        lines.setAll(comparison.rows().stream().map(r -> new Line(r.metric(), number(r.a()), number(r.b()),
                Double.isNaN(r.ratio()) ? "not recorded" : String.format(Locale.ROOT, "%.2f×", r.ratio()))).toList());
        verdict.set(comparison.verdict());
    }

    /** A clock time on the samples' day: the latest such instant not after the newest sample (ranges go back an hour at most). */
    private Instant parse(String field, String text) {
        LocalTime t;
        try {
            t = LocalTime.parse(text == null ? "" : text.strip(), DateTimeFormatter.ofPattern("H:mm[:ss]", Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a time like 14:05:30");
        }
        Instant newest = samples.isEmpty() ? Instant.now() : samples.getLast().time();
        ZonedDateTime at = newest.atZone(zone).with(t);
        if (at.toInstant().isAfter(newest.plusSeconds(60))) {
            at = at.minusDays(1);
        }
        return at.toInstant();
    }

    private void show(MetricsRange r, StringProperty from, StringProperty to) {
        from.set(CLOCK.format(r.from().atZone(zone)));
        to.set(CLOCK.format(r.to().atZone(zone)));
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "not recorded";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : "%.2f", v);
    }

    private static String seconds(Duration d) {
        return d.toSeconds() >= 120 ? String.format(Locale.ROOT, "%.1f min", d.toSeconds() / 60.0) : d.toSeconds() + " s";
    }

    /** The comparison shown, or null. */
    public RangeComparison comparison() {
        return comparison;
    }

    public StringProperty aFrom() {
        return aFrom;
    }

    public StringProperty aTo() {
        return aTo;
    }

    public StringProperty bFrom() {
        return bFrom;
    }

    public StringProperty bTo() {
        return bTo;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty verdict() {
        return verdict.getReadOnlyProperty();
    }

    /** Why the default ranges are what they are. */
    public ReadOnlyStringProperty why() {
        return why.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }
}
