package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.monitor.recording.Recording;
import com.interviewiq.engine.monitor.recording.RecordingSummary;
import com.interviewiq.engine.monitor.recording.Recordings;
import com.interviewiq.ui.common.FxThread;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The Dashboard's replay of a past recording: the list of recordings, opening one into the
 * dashboard's charts, markers, alerts and tiles (read-only: the live data keeps arriving and waits),
 * scrolling its window through the recording, and going back to live. Files are read on
 * {@code io}, never on the FX thread; results come back through {@code fx}. No controls here.
 */
public final class ReplayViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final DashboardViewModel dashboard;
    private final Recordings recordings;
    private final Path recordingNow;
    private final Executor fx;
    private final Executor io;
    private final ObservableList<RecordingSummary> list = FXCollections.observableArrayList();
    private final BooleanProperty replaying = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty banner = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty position = new SimpleDoubleProperty(1);
    private Recording shown;

    /**
     * @param recordingNow the file this console is writing now (listed as such), or null
     */
    public ReplayViewModel(DashboardViewModel dashboard, Recordings recordings, Path recordingNow, Executor fx, Executor io) {
        this.dashboard = dashboard;
        this.recordings = recordings;
        this.recordingNow = recordingNow;
        this.fx = fx;
        this.io = io;
        position.addListener((obs, old, now) -> scrollTo(now.doubleValue()));
        dashboard.window().addListener((obs, old, now) -> scrollTo(position.get()));
    }

    /** Reads the list of recordings afresh (off the FX thread). */
    public void refresh() {
        loading.set(true);
        FxThread.then(CompletableFuture.supplyAsync(recordings::list, io), fx, l -> {
            loading.set(false);
            list.setAll(l.reversed()); // newest first, as a menu of recent runs reads
            message.set(l.isEmpty() ? "No recordings yet in " + recordings.dir() : "");
        }, e -> {
            loading.set(false);
            message.set("Cannot list the recordings: " + FxThread.message(e));
        });
    }

    /** Opens a recording into the dashboard, its last window in view. */
    public void open(RecordingSummary summary) {
        loading.set(true);
        FxThread.then(CompletableFuture.supplyAsync(() -> Recording.read(Path.of(summary.path())), io), fx, r -> {
            loading.set(false);
            show(r);
        }, e -> {
            loading.set(false);
            message.set("Cannot open the recording: " + FxThread.message(e));
        });
    }

    private void show(Recording r) {
        if (r.samples().isEmpty()) {
            message.set(r.file().getFileName() + " holds no samples");
            return;
        }
        shown = r;
        dashboard.showRecording(r.samples(), r.events(), r.alerts(), r.header() == null ? null : r.header().database(),
                r.end());
        replaying.set(true);
        message.set("");
        banner.set(String.format(Locale.ROOT, "Replay (read-only) of %s%s: %s to %s, %,d samples, %d mode switch(es), "
                        + "%d alert(s)%s", r.header() == null ? "a recording" : r.header().process() + " pid " + r.header().pid(),
                r.header() == null ? "" : " on " + r.header().database(), WHEN.format(r.start()), WHEN.format(r.end()),
                r.samples().size(), r.modeSwitches().size(), r.alerts().size(),
                r.complete() ? "" : r.file().equals(recordingNow) ? " (recording now)" : " (ended without closing)"));
        if (position.get() == 1) {
            scrollTo(1);
        } else {
            position.set(1); // the end, as live shows it
        }
    }

    /** Leaves the replay; the dashboard shows the live data again, including what arrived meanwhile. */
    public void backToLive() {
        shown = null;
        replaying.set(false);
        banner.set("");
        dashboard.showLive();
    }

    /**
     * 0 = the window at the recording's start, 1 = at its end. The window ends at least one window
     * after the start, so the first position shows a full window, not a sliver.
     */
    private void scrollTo(double at) {
        if (shown == null) {
            return;
        }
        Instant first = shown.samples().getFirst().time();
        Instant last = shown.samples().getLast().time();
        Instant earliest = first.plus(dashboard.window().get().duration());
        if (earliest.isAfter(last)) {
            earliest = last;
        }
        long span = Duration.between(earliest, last).toMillis();
        dashboard.replayUntil(earliest.plusMillis(Math.round(span * Math.clamp(at, 0, 1))));
    }

    public ObservableList<RecordingSummary> recordings() {
        return list;
    }

    /** How a recording reads in the list: when, what and how much. */
    public String label(RecordingSummary r) {
        if (r.problem() != null) {
            return r.file() + " · unreadable: " + r.problem();
        }
        return String.format(Locale.ROOT, "%s → %s · %s · %,d samples · %d switch(es) · %d alert(s)%s",
                r.start() == null ? "?" : WHEN.format(r.start()), r.end() == null ? "?" : WHEN.format(r.end()),
                r.process() == null ? "?" : r.process(), r.samples(), r.modeSwitches(), r.alerts(),
                recordingNow != null && recordingNow.toAbsolutePath().toString().equals(r.path()) ? " (this run)" : "");
    }

    public ReadOnlyBooleanProperty replaying() {
        return replaying;
    }

    public ReadOnlyBooleanProperty loading() {
        return loading;
    }

    public ReadOnlyStringProperty banner() {
        return banner;
    }

    /** Why listing or opening failed, or that there is nothing to list; empty otherwise. */
    public ReadOnlyStringProperty message() {
        return message;
    }

    /** Where the window is in the recording, 0 (start) to 1 (end); a slider binds to it. */
    public DoubleProperty position() {
        return position;
    }
}
