package com.interviewiq.engine.db;

import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.DatabaseTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Routes each new transaction to the active backend and switches backends live: open and warm
 * the new one, health-check it, flip, let in-flight work finish on the old one up to a
 * deadline, close the old one. A whole transaction always runs on one backend. Work that the
 * old backend refused because it had just closed (it never ran) is sent to the new one, so a
 * switch loses nothing and fails nothing that was in time. Switches run one at a time.
 */
public final class SwitchableDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(SwitchableDatabase.class);
    private static final int MAX_REROUTES = 5;
    /** Opening, migrating and checking a new backend, beyond the drain: each step has its own timeout. */
    private static final Duration SWITCH_STEPS_BOUND = Duration.ofSeconds(30);

    private record Active(Database db, BackendSpec spec) {
    }

    private final Function<BackendSpec, Database> opener;
    private final Consumer<DatabaseTarget> migrator;
    private final Duration drainDeadline;
    private final Clock clock;
    private final ExecutorService switcher;
    private final List<Consumer<SwitchResult>> listeners = new CopyOnWriteArrayList<>();
    private final Set<Database> cutOff = ConcurrentHashMap.newKeySet();
    private volatile Active active;
    // fail fast while the database is down: one caller per probe interval tries, the others are told at once
    private static final long PROBE_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private volatile String unavailable;
    private final java.util.concurrent.atomic.AtomicLong lastProbe = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param opener   opens a backend for a spec (throws when it cannot)
     * @param migrator brings a new target's schema up to date before it is used
     */
    public SwitchableDatabase(BackendSpec initial, Function<BackendSpec, Database> opener,
                              Consumer<DatabaseTarget> migrator, Duration drainDeadline, Clock clock) {
        this.opener = opener;
        this.migrator = migrator;
        this.drainDeadline = drainDeadline;
        this.clock = clock;
        this.active = new Active(opener.apply(initial), initial);
        this.switcher = Executors.newSingleThreadExecutor(Drain.daemonThreads("mode-switch"));
    }

    public BackendSpec spec() {
        return active.spec();
    }

    /** The backend serving new transactions now (for pool-specific views such as the sampler). */
    public Database activeBackend() {
        return active.db();
    }

    public Runnable onSwitch(Consumer<SwitchResult> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public Mode mode() {
        return active.spec().mode();
    }

    @Override
    public String describe() {
        return active.db().describe();
    }

    @Override
    public <T> CompletionStage<T> inTransaction(TxWork<T> work) {
        String down = unavailable;
        if (down != null) {
            long now = System.nanoTime();
            long last = lastProbe.get();
            if (now - last < PROBE_INTERVAL_NANOS || !lastProbe.compareAndSet(last, now)) {
                return CompletableFuture.failedFuture(new DatabaseUnavailableException(
                        "database unavailable: " + down + " (retrying in the background)", null));
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicReference<CompletableFuture<T>> attempt = new AtomicReference<>();
        result.whenComplete((v, e) -> {
            CompletableFuture<T> running = attempt.get();
            if (running != null && !running.isDone()) { // cancelled or timed out by the caller
                running.cancel(true);
            }
        });
        route(work, result, attempt, 0);
        return result;
    }

    private <T> void route(TxWork<T> work, CompletableFuture<T> result, AtomicReference<CompletableFuture<T>> attempt,
                           int reroutes) {
        Database db = active.db();
        CompletableFuture<T> f = db.inTransaction(work).toCompletableFuture();
        attempt.set(f);
        if (result.isDone()) {
            f.cancel(true);
        }
        f.whenComplete((v, e) -> {
            if (e == null) {
                unavailable = null;
                result.complete(v);
                return;
            }
            Throwable cause = Failures.unwrap(e);
            noteAvailability(cause);
            if (cause instanceof DatabaseClosedException && active.db() != db && reroutes < MAX_REROUTES) {
                route(work, result, attempt, reroutes + 1); // it never ran on the old backend
            } else if (cutOff.contains(db) && !(cause instanceof java.util.concurrent.CancellationException)) {
                result.completeExceptionally(new DatabaseException("the transaction was cut off: it was still running "
                        + drainDeadline.toSeconds() + " s after a mode switch began (the drain deadline)", cause));
            } else {
                result.completeExceptionally(cause);
            }
        });
    }

    @Override
    public PoolStats poolStats() {
        return active.db().poolStats();
    }

    @Override
    public CompletionStage<Duration> ping() {
        return active.db().ping().whenComplete((rtt, e) -> {
            if (e == null) {
                unavailable = null;
            } else {
                noteAvailability(Failures.unwrap(e));
            }
        });
    }

    private void noteAvailability(Throwable cause) {
        if (cause instanceof DatabaseUnavailableException) {
            String m = cause.getMessage() == null ? "no connection" : cause.getMessage();
            unavailable = m.startsWith("database unavailable: ") ? m.substring("database unavailable: ".length()) : m;
            lastProbe.set(System.nanoTime());
        }
    }

    @Override
    public int inFlight() {
        return active.db().inFlight();
    }

    /** Switches to the spec (mode, executor, pool sizes or database); completes when the old backend is closed. */
    public CompletionStage<SwitchResult> switchTo(BackendSpec target, Consumer<SwitchProgress> progress) {
        Objects.requireNonNull(target);
        return CompletableFuture.supplyAsync(() -> doSwitch(target, progress == null ? p -> { } : progress), switcher);
    }

    private SwitchResult doSwitch(BackendSpec target, Consumer<SwitchProgress> progress) {
        long start = System.nanoTime();
        Active old = active;
        if (old.spec().equals(target)) {
            SwitchResult same = new SwitchResult(false, old.spec(), target, "already running with these settings", 0, 0, 0,
                    clock.instant());
            progress.accept(new SwitchProgress(SwitchProgress.Phase.DONE, 0, same.reason()));
            return same;
        }
        progress.accept(new SwitchProgress(SwitchProgress.Phase.OPENING, 0, "opening " + target.describe()));
        Database fresh;
        try {
            if (!target.target().equals(old.spec().target())) {
                migrator.accept(target.target());
            }
            fresh = opener.apply(target);
        } catch (RuntimeException e) {
            return failed(old, target, "cannot open the new backend: " + message(e), start, progress);
        }
        progress.accept(new SwitchProgress(SwitchProgress.Phase.CHECKING, 0, "checking the new backend"));
        try {
            fresh.ping().toCompletableFuture().get(target.pool().timeout().toMillis() + 5000, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            fresh.close(Duration.ZERO);
            return failed(old, target, "the new backend failed its health check: " + message(e), start, progress);
        }
        long flipped = System.nanoTime();
        active = new Active(fresh, target);
        int drained = old.db().inFlight();
        long deadline = System.nanoTime() + drainDeadline.toNanos();
        // a dedicated thread waits here, polling the old backend's count so the UI can show progress
        int remaining = drained;
        while (remaining > 0 && System.nanoTime() < deadline) {
            progress.accept(new SwitchProgress(SwitchProgress.Phase.DRAINING, remaining,
                    "draining " + remaining + " in-flight…"));
            sleepQuietly(20);
            remaining = old.db().inFlight();
        }
        if (remaining > 0) {
            cutOff.add(old.db());
            LOG.warn("switch to {}: {} transactions still running at the drain deadline are cut off", target.mode(), remaining);
        }
        old.db().close(Duration.ZERO);
        SwitchResult result = new SwitchResult(true, old.spec(), target, null, drained, remaining,
                (System.nanoTime() - start) / 1_000_000, clock.instant());
        LOG.info("switched: {} (opened and checked in {} ms, drained in {} ms)", result.summary(),
                (flipped - start) / 1_000_000, (System.nanoTime() - flipped) / 1_000_000);
        progress.accept(new SwitchProgress(SwitchProgress.Phase.DONE, 0, result.summary()));
        listeners.forEach(l -> l.accept(result));
        return result;
    }

    private SwitchResult failed(Active old, BackendSpec target, String reason, long start,
                                Consumer<SwitchProgress> progress) {
        SwitchResult r = new SwitchResult(false, old.spec(), target, reason, 0, 0, (System.nanoTime() - start) / 1_000_000,
                clock.instant());
        LOG.warn("switch to {} refused: {}", target.mode(), reason);
        progress.accept(new SwitchProgress(SwitchProgress.Phase.FAILED, 0, r.summary()));
        listeners.forEach(l -> l.accept(r));
        return r;
    }

    private String message(Throwable e) {
        Throwable c = Failures.unwrap(e);
        if (c instanceof java.util.concurrent.TimeoutException) {
            return "no answer in time";
        }
        String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        return active.spec().target().password().redact(m);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close(Duration deadline) {
        // let a switch in progress end (its steps are bounded) so that the backend it opens is the one closed
        if (!Drain.shutdownGently(switcher, drainDeadline.plus(SWITCH_STEPS_BOUND))) {
            LOG.warn("closed while a switch was still running; interrupted it");
        }
        active.db().close(deadline);
    }

    @Override
    public void close() {
        close(drainDeadline);
    }
}
