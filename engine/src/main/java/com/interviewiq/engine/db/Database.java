package com.interviewiq.engine.db;

import com.interviewiq.engine.config.Mode;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * The data port: services are written once against it. Implementations never block the caller;
 * a whole transaction runs on one backend and one connection.
 */
public interface Database extends AutoCloseable {
    Mode mode();

    /** Human-readable description of the target, without credentials (e.g. "H2 file /x/db"). */
    String describe();

    <T> CompletionStage<T> inTransaction(TxWork<T> work);

    PoolStats poolStats();

    /** Round trip of a trivial query; fails with {@link DatabaseUnavailableException} when down. */
    CompletionStage<Duration> ping();

    /** Transactions started and not yet finished (queued for a connection included). */
    default int inFlight() {
        return 0;
    }

    /** Stops taking new work, lets in-flight transactions finish up to the deadline, then closes. */
    default void close(Duration drainDeadline) {
        close();
    }

    @Override
    void close();
}
