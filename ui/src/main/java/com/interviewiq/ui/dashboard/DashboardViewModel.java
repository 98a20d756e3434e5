package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.db.ServerConnections;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.monitor.MetricsSample;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.time.TimeSeriesDataItem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The Dashboard's state: the chart datasets, the visible time range, the event markers, what the
 * tiles show ({@link DashboardTiles}) and the alert list. FX thread only; no controls, so it is unit-testable without a screen.
 *
 * <p>Every sample received is kept (up to {@link #RETENTION}); the chart series are only fed while
 * the charts are live. While paused (or while the screen is not shown) samples wait in
 * {@code unapplied} and are added in one batch on resume, so the charts catch up with one redraw.
 * The series are edited without change events (one per point would mean a redraw per point);
 * the new {@link #range()} at the end of each batch is what tells the charts to refit and redraw.
 */
public final class DashboardViewModel {
    /** The history ring is one hour; older data is dropped here too. */
    public static final Duration RETENTION = Duration.ofMinutes(60);
    static final int MAX_ALERTS = 500;
    static final long TRIM_SLACK_MILLIS = 60_000;

    /** The clock-time span the domain axes show. */
    public record TimeRange(Instant from, Instant to) {
        public boolean contains(Instant t) {
            return !t.isBefore(from) && !t.isAfter(to);
        }
    }

    private final TimeSeries active = new TimeSeries("active");
    private final TimeSeries idle = new TimeSeries("idle");
    private final TimeSeries pending = new TimeSeries("pending");
    private final TimeSeries max = new TimeSeries("max");
    private final TimeSeries statements = new TimeSeries("statements/s");
    private final TimeSeries transactions = new TimeSeries("transactions/s");
    private final TimeSeries p50 = new TimeSeries("p50");
    private final TimeSeries p95 = new TimeSeries("p95");
    private final TimeSeries p99 = new TimeSeries("p99");
    private final TimeSeries acquireP99 = new TimeSeries("acquire wait p99");
    private final List<TimeSeries> allSeries = List.of(active, idle, pending, max, statements, transactions, p50, p95,
            p99, acquireP99);
    private final TimeSeriesCollection poolDataset = collection(active, idle, pending, max);
    private final TimeSeriesCollection rateDataset = collection(statements, transactions);
    private final TimeSeriesCollection latencyDataset = collection(p50, p95, p99, acquireP99);

    private final ArrayDeque<MetricsSample> received = new ArrayDeque<>();
    private final ArrayDeque<MetricsSample> unapplied = new ArrayDeque<>();
    private final List<MetricsEvent> unappliedEvents = new ArrayList<>();
    private Instant shownUntil;
    private boolean hidden;
    private Consumer<Runnable> batchScope = Runnable::run;
    private final Clock clock;

    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(TimeWindow.FIVE_MINUTES);
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<TimeRange> range = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper waiting = new ReadOnlyIntegerWrapper();
    private final ObservableList<MetricsEvent> markers = FXCollections.observableArrayList();
    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
    // made once: an unmodifiable view holds its source's listener weakly, so a view made per call could be collected
    private final ObservableList<MetricsEvent> markersView = FXCollections.unmodifiableObservableList(markers);
    private final ObservableList<Alert> alertsView = FXCollections.unmodifiableObservableList(alerts);

    private Replay replay; // the recording shown instead of the live data; null while live
    // counts whole redraws (replay, back to live): the range may come out equal, so it cannot be the signal then
    private final ReadOnlyIntegerWrapper redraws = new ReadOnlyIntegerWrapper();

    private final DashboardTiles tiles = new DashboardTiles();

    public DashboardViewModel() {
        this(Clock.systemDefaultZone());
    }

    DashboardViewModel(Clock clock) {
        this.clock = clock;
        window.addListener((obs, old, now) -> batchScope.accept(this::updateRange));
        paused.addListener((obs, old, now) -> flushIfLive());
        updateRange();
    }

    /**
     * Lets the charts wrap every change of a batch (range, markers) so each chart redraws once
     * per batch instead of once per axis or marker change.
     */
    void batchScope(Consumer<Runnable> scope) {
        batchScope = Objects.requireNonNull(scope);
    }

    /** New samples, oldest first; ones already received (same or older time) are ignored. */
    public void append(List<MetricsSample> samples) {
        MetricsSample newest = null;
        for (MetricsSample s : samples) {
            if (!received.isEmpty() && !s.time().isAfter(received.peekLast().time())) {
                continue; // the history snapshot and the live listener overlap at start
            }
            received.addLast(s);
            unapplied.addLast(s);
            newest = s;
        }
        if (newest == null) {
            return;
        }
        Instant oldest = newest.time().minus(RETENTION);
        dropBefore(received, oldest);
        dropBefore(unapplied, oldest);
        if (replay == null) {
            tiles.show(newest);
        }
        flushIfLive();
    }

    public void append(MetricsSample sample) {
        append(List.of(sample));
    }

    /** Mode switches and refusals, drawn as markers; ones already known are ignored. */
    public void addEvents(List<MetricsEvent> events) {
        for (MetricsEvent e : events) {
            if (!markers.contains(e) && !unappliedEvents.contains(e)) {
                unappliedEvents.add(e);
            }
        }
        flushIfLive();
    }

    /** Alerts oldest first (as the log holds them); the list shows them newest first. */
    public void addAlerts(List<Alert> newAlerts) {
        if (replay != null) { // shown again when back to live
            replay.liveAlerts().addAll(0, newAlerts.reversed());
            return;
        }
        for (Alert a : newAlerts) {
            if (!alerts.contains(a)) {
                alerts.add(0, a);
            }
        }
        if (alerts.size() > MAX_ALERTS) {
            alerts.remove(MAX_ALERTS, alerts.size());
        }
    }

    /** Whether the screen is out of sight: like a pause, but not the user's choice. */
    void hidden(boolean value) {
        hidden = value;
        flushIfLive();
    }

    public void health(String status) {
        if (replay == null) {
            tiles.health(status);
        }
    }

    public void database(String location) {
        if (replay == null) {
            tiles.database(location);
        }
    }

    /** The server's connection budget (PostgreSQL); null hides the tile (H2, or not read yet). */
    public void serverConnections(ServerConnections sc) {
        tiles.serverConnections(sc);
    }

    public void mode(String label) {
        tiles.mode(label);
    }

    /** The samples the charts show now (the window's span ending at the newest shown sample). */
    public List<MetricsSample> visibleSamples() {
        TimeRange r = range.get();
        return (replay != null ? replay.samples().stream() : received.stream()).filter(s -> r.contains(s.time())).toList();
    }

    private boolean live() {
        return !paused.get() && !hidden && replay == null;
    }

    private void flushIfLive() {
        if (live() && (!unapplied.isEmpty() || !unappliedEvents.isEmpty())) {
            batchScope.accept(this::flush);
        }
        waiting.set(unapplied.size());
    }

    private void flush() {
        for (MetricsSample s : unapplied) {
            addToSeries(s);
        }
        unapplied.clear();
        if (shownUntil != null) {
            trimSeries(shownUntil.minus(RETENTION).toEpochMilli());
        }
        markers.addAll(unappliedEvents);
        unappliedEvents.clear();
        updateRange(); // the series were edited silently: the new range is the charts' one signal to refit and redraw
        Instant oldest = range.get().to().minus(RETENTION);
        markers.removeIf(e -> e.time().isBefore(oldest));
    }

    /**
     * Drops points older than {@code cutoff}, but only once a minute's worth has aged: every
     * removal makes a TimeSeries rescan all its values for min and max, so one point per tick
     * would cost a full scan of every series every tick.
     */
    private void trimSeries(long cutoff) {
        for (TimeSeries s : allSeries) {
            if (s.getItemCount() == 0 || s.getTimePeriod(0).getFirstMillisecond() >= cutoff - TRIM_SLACK_MILLIS) {
                continue;
            }
            int aged = 0;
            while (aged < s.getItemCount() && s.getTimePeriod(aged).getFirstMillisecond() < cutoff) {
                aged++;
            }
            s.delete(0, aged - 1, false);
        }
    }

    private void addToSeries(MetricsSample s) {
        long t = s.time().toEpochMilli();
        if (s.gapBefore() && shownUntil != null && t - 1 > shownUntil.toEpochMilli()) {
            // a null just before the sample: the renderer breaks the line instead of bridging the missing time
            FixedMillisecond gap = new FixedMillisecond(t - 1);
            allSeries.forEach(series -> series.add(new TimeSeriesDataItem(gap, null), false));
        }
        FixedMillisecond at = new FixedMillisecond(t);
        active.add(at, s.active(), false);
        idle.add(at, s.idle(), false);
        pending.add(at, s.pending(), false);
        max.add(at, s.max(), false);
        statements.add(at, s.statementsPerSecond(), false);
        transactions.add(at, s.transactionsPerSecond(), false);
        p50.add(at, s.p50Ms(), false);
        p95.add(at, s.p95Ms(), false);
        p99.add(at, s.p99Ms(), false);
        acquireP99.add(at, s.acquireP99Ms(), false);
        shownUntil = s.time();
    }

    private void updateRange() {
        Instant to = replay != null ? replay.cursor() : shownUntil != null ? shownUntil : clock.instant();
        range.set(new TimeRange(to.minus(window.get().duration()), to));
    }

    // Replay (ReplayViewModel drives it): the charts, markers, alerts and tiles show a recording while
    // live samples, events and alerts keep arriving and wait, as while paused, until back to live.

    /** What a replay replaced: the live markers and alerts, and where the recording's window ends now. */
    private record Replay(List<MetricsSample> samples, String database, List<MetricsEvent> liveMarkers,
                          List<Alert> liveAlerts, Instant cursor) {
        Replay at(Instant t) {
            return new Replay(samples, database, liveMarkers, liveAlerts, t);
        }
    }

    /** Shows a recording (samples, events and alerts oldest first) in place of the live data, its end in view. */
    void showRecording(List<MetricsSample> samples, List<MetricsEvent> events, List<Alert> recorded, String location,
                       Instant end) {
        List<MetricsEvent> liveMarkers = replay != null ? replay.liveMarkers() : new ArrayList<>(markers);
        List<Alert> liveAlerts = replay != null ? replay.liveAlerts() : new ArrayList<>(alerts);
        replay = new Replay(List.copyOf(samples), location, liveMarkers, liveAlerts, end);
        batchScope.accept(() -> {
            redraw(samples);
            markers.setAll(events);
            updateRange();
            redraws.set(redraws.get() + 1);
        });
        List<Alert> newestFirst = new ArrayList<>(recorded.reversed());
        alerts.setAll(newestFirst.subList(0, Math.min(MAX_ALERTS, newestFirst.size())));
        tiles.database(location == null ? "–" : location);
        tiles.health("replay");
        showTilesAt(end);
    }

    /** Moves a replay's window so that it ends at {@code t}. */
    void replayUntil(Instant t) {
        if (replay != null) {
            replay = replay.at(t);
            batchScope.accept(this::updateRange);
            showTilesAt(t);
        }
    }

    /** Back to the live data: the charts redraw everything received meanwhile; markers and alerts are the live ones. */
    void showLive() {
        if (replay == null) {
            return;
        }
        Replay was = replay;
        replay = null;
        batchScope.accept(() -> {
            redraw(received);
            unapplied.clear();
            markers.setAll(was.liveMarkers());
            markers.addAll(unappliedEvents);
            unappliedEvents.clear();
            updateRange();
            redraws.set(redraws.get() + 1);
        });
        alerts.setAll(was.liveAlerts());
        tiles.health("…");
        if (!received.isEmpty()) {
            tiles.show(received.peekLast());
        }
        waiting.set(unapplied.size());
    }

    /** Whether a recording is shown instead of the live data. */
    boolean replaying() {
        return replay != null;
    }

    private void redraw(java.util.Collection<MetricsSample> samples) {
        allSeries.forEach(series -> series.clear());
        shownUntil = null;
        samples.forEach(this::addToSeries);
    }

    /** Changes after every series was refilled (inside the batch): the charts refit their value axes. */
    public ReadOnlyIntegerProperty redraws() {
        return redraws.getReadOnlyProperty();
    }

    private void showTilesAt(Instant t) {
        replay.samples().stream().filter(s -> !s.time().isAfter(t)).reduce((a, b) -> b).ifPresent(tiles::show);
    }

    private static void dropBefore(ArrayDeque<MetricsSample> samples, Instant oldest) {
        while (!samples.isEmpty() && samples.peekFirst().time().isBefore(oldest)) {
            samples.removeFirst();
        }
    }

    private static TimeSeriesCollection collection(TimeSeries... series) {
        TimeSeriesCollection c = new TimeSeriesCollection();
        for (TimeSeries s : series) {
            c.addSeries(s);
        }
        return c;
    }

    public TimeSeriesCollection poolDataset() {
        return poolDataset;
    }

    public TimeSeriesCollection rateDataset() {
        return rateDataset;
    }

    public TimeSeriesCollection latencyDataset() {
        return latencyDataset;
    }

    public ObjectProperty<TimeWindow> window() {
        return window;
    }

    public BooleanProperty paused() {
        return paused;
    }

    public ReadOnlyObjectProperty<TimeRange> range() {
        return range.getReadOnlyProperty();
    }

    /** Samples received but not yet drawn (paused or out of sight). */
    public ReadOnlyIntegerProperty waiting() {
        return waiting.getReadOnlyProperty();
    }

    /** The events drawn as markers, oldest first. */
    public ObservableList<MetricsEvent> markers() {
        return markersView;
    }

    /** Newest first. */
    public ObservableList<Alert> alerts() {
        return alertsView;
    }

    /** What the tiles above the charts show (live, or the replay at its slider's time). */
    public DashboardTiles tiles() {
        return tiles;
    }
}
