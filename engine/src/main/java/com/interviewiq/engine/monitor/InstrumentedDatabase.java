package com.interviewiq.engine.monitor;

import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Failures;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.PoolStats;
import com.interviewiq.engine.db.TxWork;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The one instrumentation point: every transaction and every statement through the port is
 * timed and counted here, whichever backend serves it.
 */
public final class InstrumentedDatabase implements Database {
    private final Database delegate;
    private final DatabaseMetrics metrics;
    private final Map<Mode, Timer> transactionTimers = new EnumMap<>(Mode.class);

    public InstrumentedDatabase(Database delegate, DatabaseMetrics metrics, MeterRegistry registry) {
        this.delegate = delegate;
        this.metrics = metrics;
        for (Mode m : Mode.values()) {
            transactionTimers.put(m, Timer.builder("interviewiq.db.transaction").tag("mode", m.label())
                    .description("Whole transactions through the data port, including the wait for a connection")
                    .register(registry));
        }
    }

    public DatabaseMetrics metrics() {
        return metrics;
    }

    public Database delegate() {
        return delegate;
    }

    @Override
    public Mode mode() {
        return delegate.mode();
    }

    @Override
    public String describe() {
        return delegate.describe();
    }

    @Override
    public <T> CompletionStage<T> inTransaction(TxWork<T> work) {
        long start = System.nanoTime();
        Timer timer = transactionTimers.get(delegate.mode());
        CompletableFuture<T> f = delegate.inTransaction(tx -> work.apply(new TimedTx(tx, metrics))).toCompletableFuture();
        CompletableFuture<T> result = new CompletableFuture<>();
        f.whenComplete((v, e) -> {
            long took = System.nanoTime() - start;
            timer.record(took, TimeUnit.NANOSECONDS);
            if (e == null) {
                metrics.committed(took);
                result.complete(v);
            } else {
                metrics.rolledBack(took, ErrorKind.of(e));
                result.completeExceptionally(Failures.unwrap(e));
            }
        });
        // a caller that cancels or times out its stage stops the transaction beneath, which rolls back
        result.whenComplete((v, e) -> {
            if (!f.isDone()) {
                f.cancel(true);
            }
        });
        return result;
    }

    @Override
    public PoolStats poolStats() {
        return delegate.poolStats();
    }

    @Override
    public CompletionStage<Duration> ping() {
        return delegate.ping();
    }

    @Override
    public int inFlight() {
        return delegate.inFlight();
    }

    /** A decorator forwards every port method: a drain deadline given here must reach the pool. */
    @Override
    public void close(Duration drainDeadline) {
        delegate.close(drainDeadline);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
