package com.interviewiq.engine.db;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.Pooler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lifecycle both adapters share, whatever their pool: once closed, new work fails at once;
 * every transaction counts as in flight from the call until the caller's stage completes; closing
 * drains those up to a deadline before the adapter lets its pool go. An adapter supplies how a
 * transaction runs ({@link #runTransaction}) and how its pool is released ({@link #release}).
 */
public abstract class PooledDatabase implements Database {
    /** How long {@link #close()} lets in-flight transactions finish. */
    private static final Duration CLOSE_DRAIN = Duration.ofSeconds(10);

    private final Logger log = LoggerFactory.getLogger(getClass()); // under the adapter's own name, as before
    protected final DatabaseTarget target;
    private final Mode mode;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;

    protected PooledDatabase(DatabaseTarget target, Mode mode) {
        this.target = target;
        this.mode = mode;
    }

    /** Runs one transaction on a pooled connection; called only while open. */
    protected abstract <T> CompletableFuture<T> runTransaction(TxWork<T> work);

    /** Lets the pool (and the adapter's threads) go, once in-flight work has drained or the deadline passed. */
    protected abstract void release();

    @Override
    public final Mode mode() {
        return mode;
    }

    @Override
    public final <T> CompletionStage<T> inTransaction(TxWork<T> work) {
        if (closed) {
            return CompletableFuture.failedFuture(closedException());
        }
        inFlight.incrementAndGet();
        CompletableFuture<T> result = runTransaction(work);
        result.whenComplete((v, e) -> inFlight.decrementAndGet());
        return result;
    }

    @Override
    public final int inFlight() {
        return inFlight.get();
    }

    @Override
    public final CompletionStage<Duration> ping() {
        long start = System.nanoTime();
        return inTransaction(tx -> tx.query(Sql.of("SELECT 1"), r -> 1))
                .thenApply(x -> Duration.ofNanos(System.nanoTime() - start));
    }

    /** Stops new work, waits for in-flight transactions up to the deadline, then closes the pool. */
    @Override
    public final void close(Duration drainDeadline) {
        closed = true;
        Drain.await(inFlight::get, drainDeadline);
        if (inFlight.get() > 0) {
            log.warn("closing the {} pool with {} transactions still running", mode.label(), inFlight.get());
        }
        release();
    }

    @Override
    public final void close() {
        close(CLOSE_DRAIN);
    }

    protected final boolean isClosed() {
        return closed;
    }

    /** What work gets once the backend is closed (or while it closes). */
    protected final DatabaseClosedException closedException() {
        return new DatabaseClosedException("the " + mode.label() + " backend is closed");
    }

    /** "{location} via {driver} ({pool}[, through {pooler}])": the adapters' {@link #describe()}. */
    protected final String describeAs(String driver, String pool) {
        return target.location() + " via " + driver + " (" + pool
                + (target.pooler() == Pooler.NONE ? "" : ", through " + target.pooler().label()) + ")";
    }

    /** The database could not be reached while the pool opened; {@code reason} is redacted of the password. */
    protected static DatabaseUnavailableException cannotConnect(DatabaseTarget target, String reason) {
        return new DatabaseUnavailableException("cannot connect to " + target.location() + ": "
                + target.password().redact(reason), null);
    }
}
