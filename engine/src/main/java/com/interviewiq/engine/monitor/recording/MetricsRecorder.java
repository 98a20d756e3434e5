package com.interviewiq.engine.monitor.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.interviewiq.engine.data.PrivateFiles;
import com.interviewiq.engine.health.AlertLog;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.monitor.MetricsHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the monitor's samples and events and the health alerts, as they happen, to a gzip'd
 * JSON-lines file in the recordings folder. The listeners only queue (they run on the sampler's
 * and health's threads, which must not wait for a disk); the recorder's own thread writes the
 * queue every {@link #FLUSH_EVERY} and sync-flushes the gzip stream, so a killed process loses at
 * most the last second. It also deletes recordings past retention, at start and then daily, and
 * starts a new file when a run crosses midnight UTC so that retention can drop whole days.
 * The files hold pool gauges, rates, latencies, switch summaries and alert messages: no candidate
 * data, yet they are 0600 in a 0700 folder like everything else of the user's in the data dir.
 */
public final class MetricsRecorder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsRecorder.class);
    public static final Duration FLUSH_EVERY = Duration.ofSeconds(1);
    private static final Duration RETENTION_EVERY = Duration.ofDays(1);
    private static final ObjectWriter WRITER = JsonSupport.mapper().writerFor(RecordLine.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Recordings recordings;
    private final Duration keep;
    private final Clock clock;
    private final ConcurrentLinkedQueue<RecordLine> queue = new ConcurrentLinkedQueue<>();
    private final List<Runnable> subscriptions = new ArrayList<>();
    // what was taken from the history at start: an item added to the history just then may reach the
    // listener only after the snapshot, and must not be written twice
    private java.util.Set<RecordLine> snapshot = java.util.Set.of();
    private final ScheduledExecutorService thread;
    private RecordingHeader header;
    private LocalDate day;
    private volatile Path file;
    private volatile List<com.interviewiq.engine.health.Alert> previousAlerts = List.of();
    private OutputStream out;
    private boolean closed;
    private final java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();
    // SIGTERM (Ctrl+C, a service stop) ends the JVM without waiting for whoever closes the engine:
    // the hook writes the last second and the gzip trailer, so such a run is a complete file
    private final Thread shutdownHook = new Thread(this::close, "metrics-recorder-shutdown");

    private MetricsRecorder(Recordings recordings, Duration keep, Clock clock) {
        this.recordings = recordings;
        this.keep = keep;
        this.clock = clock;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "metrics-recorder");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens a new recording (its header flushed at once), subscribes to {@code history} and
     * {@code alerts}, and records what they already hold.
     *
     * @param keep how long recordings are kept (by their last write)
     */
    public static MetricsRecorder start(Recordings recordings, MetricsHistory history, AlertLog alerts,
                                        RecordingHeader header, Duration keep, Clock clock) {
        MetricsRecorder r = new MetricsRecorder(recordings, keep, clock);
        r.open(header);
        // listen first, then take what is already there: an item in both is queued once
        r.subscriptions.add(history.onSample(s -> r.queue.add(RecordLine.of(s))));
        r.subscriptions.add(history.onEvent(e -> r.queue.add(RecordLine.of(e))));
        r.subscriptions.add(alerts.onAlert(a -> r.queue.add(RecordLine.of(a))));
        List<RecordLine> already = new ArrayList<>();
        history.samples().forEach(s -> already.add(RecordLine.of(s)));
        history.events().forEach(e -> already.add(RecordLine.of(e)));
        alerts.all().forEach(a -> already.add(RecordLine.of(a)));
        already.removeIf(r.queue::contains);
        r.snapshot = new java.util.HashSet<>(already);
        r.write(already);
        r.thread.scheduleWithFixedDelay(r::drainLogged, FLUSH_EVERY.toMillis(), FLUSH_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        Runtime.getRuntime().addShutdownHook(r.shutdownHook);
        r.thread.execute(r::loadPreviousAlerts);
        r.thread.scheduleWithFixedDelay(r::deleteOldLogged, 0, RETENTION_EVERY.toMinutes(), TimeUnit.MINUTES);
        return r;
    }

    /**
     * The alerts of the newest recording before this one (the previous run, so that last night's
     * alerts are still on the Health screen after a restart); empty until read, on the recorder's
     * thread, soon after start.
     */
    public List<com.interviewiq.engine.health.Alert> previousAlerts() {
        return previousAlerts;
    }

    private void loadPreviousAlerts() {
        try {
            previousAlerts = recordings.latestExcept(file).map(Recording::alerts).orElse(List.of());
        } catch (RuntimeException e) {
            LOG.warn("could not read the previous run's alerts: {}", e.getMessage());
        }
    }

    /** The file being written now. */
    public Path file() {
        return file;
    }

    public Recordings recordings() {
        return recordings;
    }

    private synchronized void open(RecordingHeader h) {
        PrivateFiles.privateFolder(recordings.dir());
        String base = NAME_TIME.format(h.started()) + "-" + h.process() + "-" + h.pid() + (h.part() > 1 ? "-part" + h.part() : "");
        Path f = null;
        boolean created = false;
        // an engine restarted in the same process within a second (Retry, "Use the local database",
        // tests) gets the same base name: number it rather than fail to record
        for (int n = 1; !created; n++) {
            f = recordings.dir().resolve(base + (n > 1 ? "-" + n : "") + Recordings.SUFFIX);
            try {
                Files.createFile(f);
                created = true;
                PrivateFiles.restrict(f); // before the first byte
                // a FileOutputStream, not a channel: an interrupt must not close the file under a write
                out = new GZIPOutputStream(new FileOutputStream(f.toFile(), true), 1 << 14, true);
            } catch (FileAlreadyExistsException e) {
                if (n >= 100) {
                    throw new RecordingException("the recording " + f + " exists already");
                }
            } catch (IOException e) {
                throw new RecordingException("cannot start the recording " + f + ": " + e.getMessage(), e);
            }
        }
        header = h;
        day = LocalDate.ofInstant(h.started(), ZoneOffset.UTC);
        file = f;
        write(List.of(RecordLine.of(h)));
        LOG.info("recording metrics to {}", f);
    }

    private void drainLogged() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warn("metrics recording: {}", e.getMessage());
        }
    }

    /** Writes and flushes what has been queued (the recorder's thread; tests call it to flush now). */
    public synchronized void drain() {
        if (closed) {
            return;
        }
        Instant now = clock.instant();
        if (!LocalDate.ofInstant(now, ZoneOffset.UTC).equals(day)) {
            closeFile();
            open(header.nextPart(now));
        }
        List<RecordLine> lines = new ArrayList<>();
        for (RecordLine l; (l = queue.poll()) != null; ) {
            if (!snapshot.contains(l)) {
                lines.add(l);
            }
        }
        snapshot = java.util.Set.of(); // a second later every listener call of the snapshot's items is long done
        write(lines);
    }

    private synchronized void write(List<RecordLine> lines) {
        if (out == null) {
            return;
        }
        try {
            StringBuilder text = new StringBuilder();
            for (RecordLine l : lines) {
                text.append(WRITER.writeValueAsString(l)).append('\n');
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush(); // syncFlush: every whole line so far can be read from the file, trailer or not
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new RecordingException("cannot write the recording " + file + ": " + e.getMessage(), e);
        }
    }

    private void deleteOldLogged() {
        try {
            List<Path> gone = recordings.deleteOlderThan(clock.instant().minus(keep), file);
            if (!gone.isEmpty()) {
                LOG.info("deleted {} metrics recording(s) older than {} days", gone.size(), keep.toDays());
            }
        } catch (RuntimeException e) {
            LOG.warn("metrics recording retention: {}", e.getMessage());
        }
    }

    private void closeFile() {
        try {
            out.close(); // the gzip trailer: a complete file
        } catch (IOException e) {
            LOG.warn("could not close the recording {}: {}", file, e.getMessage());
        }
        out = null;
    }

    /** Stops listening, writes what is queued and closes the file. Call after the sampler has stopped. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs (or ran) this already
            }
        }
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
        thread.shutdown(); // the periodic tasks stop; a write in progress finishes
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            drain();
            closed = true;
            if (out != null) {
                closeFile();
            }
        }
    }
}
