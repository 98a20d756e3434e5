package com.interviewiq.engine.data;

import com.interviewiq.engine.config.DataSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The daily care of candidate data in a long-running process (the console, {@code serve}): a
 * backup of the laptop database when the newest automatic one is a day old, and the retention
 * purge once a day when {@code retentionDays} is set. Checked at start and then every hour, so a
 * laptop that sleeps at night still gets its backup when it wakes. CLI commands do not run it:
 * they are short, and the console or serve is where a day passes.
 */
public final class Housekeeping implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration CHECK_EVERY = Duration.ofHours(1);
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final Supplier<Backups> backups;
    private final SessionEraser eraser;
    private final DataSettings data;
    private final Clock clock;
    private Instant lastPurge;
    private ScheduledExecutorService timer;

    /** @param backups the backups of the database in use now (null when it is not a laptop database) */
    public Housekeeping(Supplier<Backups> backups, SessionEraser eraser, DataSettings data, Clock clock) {
        this.backups = backups;
        this.eraser = eraser;
        this.data = data;
        this.clock = clock;
    }

    /** Checks now (off the caller's thread) and then every hour until closed. */
    public Housekeeping start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "housekeeping");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::runDueLogged, 0, CHECK_EVERY.toSeconds(), TimeUnit.SECONDS);
        return this;
    }

    private void runDueLogged() {
        try {
            runDue();
        } catch (RuntimeException e) {
            LOG.warn("housekeeping: {}", e.getMessage());
        }
    }

    /** Runs what is due now and says what it did ("backup ...", "purge ..."); empty when nothing was due. */
    public synchronized List<String> runDue() {
        List<String> done = new ArrayList<>();
        Instant now = clock.instant();
        Backups b = backups.get();
        if (b != null && b.lastAutomatic().map(last -> !now.isBefore(last.plus(DAY))).orElse(true)) {
            BackupFile file = await(b.backupDaily(data.backupKeep()));
            LOG.info("daily backup written: {} ({} bytes), keeping the newest {}", file.path(), file.bytes(), data.backupKeep());
            done.add("backup " + file.path().getFileName());
        }
        if (data.purges() && (lastPurge == null || !now.isBefore(lastPurge.plus(DAY)))) {
            SessionEraser.Counts purged = await(eraser.purgeCreatedBefore(now.minus(Duration.ofDays(data.retentionDays())), false));
            lastPurge = now;
            LOG.info("retention ({} days): {} purged", data.retentionDays(), purged.sentence());
            done.add("purge " + purged.sessions());
        }
        return done;
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException("interrupted");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new DataException(String.valueOf(cause.getMessage()), cause);
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
