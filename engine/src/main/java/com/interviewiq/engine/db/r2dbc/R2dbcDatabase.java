package com.interviewiq.engine.db.r2dbc;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.config.Vendor;
import com.interviewiq.engine.db.BackendHooks;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Drain;
import com.interviewiq.engine.db.DatabaseClosedException;
import com.interviewiq.engine.db.DatabaseUnavailableException;
import com.interviewiq.engine.db.Mode;
import com.interviewiq.engine.db.PoolStats;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.TxWork;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.ValidationDepth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The async adapter: r2dbc-pool over r2dbc-postgresql or r2dbc-h2. The pool queues acquirers
 * first-come-first-served and always has an acquire timeout. Reactor types never leave this
 * package: callers see CompletionStages.
 */
public final class R2dbcDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(R2dbcDatabase.class);

    private final DatabaseTarget target;
    private final PoolSettings settings;
    private final ConnectionPool pool;
    private final Scheduler scheduler;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;

    private final BackendHooks hooks;
    private final R2dbcPoolMeters meters;

    public R2dbcDatabase(DatabaseTarget target, PoolSettings settings, String poolName) {
        this(target, settings, poolName, BackendHooks.NONE);
    }

    public R2dbcDatabase(DatabaseTarget target, PoolSettings settings, String poolName, BackendHooks hooks) {
        this.target = target;
        this.settings = settings;
        this.hooks = hooks;
        // r2dbc-h2 blocks the thread that subscribes (it wraps H2's embedded engine), so its work
        // must run on threads of its own; r2dbc-postgresql is non-blocking and needs no hop.
        this.scheduler = target.vendor() == Vendor.H2
                ? Schedulers.newBoundedElastic(settings.max(), Integer.MAX_VALUE, poolName + "-h2", 60, true)
                : Schedulers.immediate();
        ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(target.r2dbcUrl()).mutate()
                .option(ConnectionFactoryOptions.USER, target.user())
                .option(ConnectionFactoryOptions.PASSWORD, target.password().reveal())
                .option(ConnectionFactoryOptions.CONNECT_TIMEOUT, settings.timeout())
                .build();
        ConnectionFactory factory = ConnectionFactories.get(options);
        ConnectionPoolConfiguration config = ConnectionPoolConfiguration.builder(factory)
                .name(poolName)
                .initialSize(settings.size())
                .minIdle(settings.size())
                .maxSize(settings.max())
                .maxAcquireTime(settings.timeout()) // r2dbc-pool's default is to wait forever
                .maxCreateConnectionTime(settings.timeout())
                .maxLifeTime(settings.recycle())
                .maxIdleTime(PoolSettings.OVERFLOW_IDLE)
                .validationDepth(ValidationDepth.LOCAL)
                .build();
        this.pool = new ConnectionPool(config);
        try {
            // the pool opens nothing until asked, even with initialSize
            pool.warmup().subscribeOn(scheduler == Schedulers.immediate() ? Schedulers.boundedElastic() : scheduler)
                    .block(settings.timeout().plusSeconds(1));
        } catch (RuntimeException e) {
            pool.dispose();
            disposeScheduler();
            throw new DatabaseUnavailableException("cannot connect to " + target.location() + ": "
                    + target.password().redact(R2dbcErrors.firstLine(R2dbcErrors.rootMessage(e))), null);
        }
        this.meters = hooks.registry() == null ? null : R2dbcPoolMeters.bind(hooks.registry(), poolName, pool);
    }

    @Override
    public Mode mode() {
        return Mode.ASYNC;
    }

    @Override
    public String describe() {
        return target.location() + " via R2DBC (r2dbc-pool)";
    }

    @Override
    public <T> CompletionStage<T> inTransaction(TxWork<T> work) {
        if (closed) {
            return CompletableFuture.failedFuture(new DatabaseClosedException("the async backend is closed"));
        }
        inFlight.incrementAndGet();
        CompletableFuture<Holder<T>> future = Mono.usingWhen(
                        acquire(),
                        connection -> Mono.from(connection.beginTransaction())
                                .then(Mono.defer(() -> body(work, connection)))
                                .flatMap(h -> Mono.from(connection.commitTransaction()).thenReturn(h)),
                        connection -> Mono.from(connection.close()),
                        (connection, error) -> rollbackAndClose(connection),
                        this::rollbackAndClose)
                .onErrorMap(R2dbcErrors::forStatement)
                .toFuture();
        future.whenComplete((v, e) -> inFlight.decrementAndGet());
        // cancelling the caller's stage cancels the subscription, which rolls back and returns the connection
        CompletableFuture<T> result = future.thenApply(Holder::value);
        result.whenComplete((v, e) -> {
            if (!future.isDone()) { // cancelled or timed out by the caller
                future.cancel(true);
            }
        });
        return result;
    }

    private <T> Mono<Holder<T>> body(TxWork<T> work, Connection connection) {
        R2dbcTx tx = new R2dbcTx(connection, scheduler, R2dbcErrors::forStatement);
        CompletableFuture<Holder<T>> stage;
        try {
            stage = work.apply(tx).toCompletableFuture().thenApply(Holder::new);
        } catch (RuntimeException e) {
            return Mono.error(e);
        }
        return Mono.fromFuture(stage, false);
    }

    private Mono<Connection> acquire() {
        // r2dbc-pool has no acquire timer of its own: time from subscription to connection
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return pool.create().doOnNext(c -> hooks.acquire().acquired(System.nanoTime() - start));
        }).onErrorMap(e -> R2dbcErrors.forAcquire(e, settings.timeout(), settings.max(), target.password()));
    }

    private Mono<Void> rollbackAndClose(Connection connection) {
        return Mono.from(connection.rollbackTransaction())
                .onErrorResume(e -> Mono.empty())
                .then(Mono.from(connection.close()));
    }

    @Override
    public PoolStats poolStats() {
        return pool.getMetrics().map(R2dbcDatabase::stats).orElse(new PoolStats(0, 0, 0, 0, settings.max()));
    }

    private static PoolStats stats(PoolMetrics m) {
        return new PoolStats(m.acquiredSize(), m.idleSize(), m.pendingAcquireSize(), m.allocatedSize(),
                m.getMaxAllocatedSize());
    }

    /** The pool's own metrics, for Micrometer's r2dbc.pool gauges and for truth tests. */
    public PoolMetrics poolMetrics() {
        return pool.getMetrics().orElseThrow();
    }

    @Override
    public int inFlight() {
        return inFlight.get();
    }

    @Override
    public CompletionStage<Duration> ping() {
        long start = System.nanoTime();
        return inTransaction(tx -> tx.query(Sql.of("SELECT 1"), r -> 1))
                .thenApply(x -> Duration.ofNanos(System.nanoTime() - start));
    }

    /** Stops new work, waits for in-flight transactions up to the deadline, then closes the pool. */
    @Override
    public void close(Duration drainDeadline) {
        closed = true;
        Drain.await(inFlight::get, drainDeadline);
        if (inFlight.get() > 0) {
            LOG.warn("closing the async pool with {} transactions still running", inFlight.get());
        }
        if (meters != null) {
            meters.remove();
        }
        try {
            pool.disposeLater().block(Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            LOG.warn("the async pool did not close cleanly: {}", e.toString());
        }
        disposeScheduler();
    }

    private void disposeScheduler() {
        if (scheduler != Schedulers.immediate()) {
            scheduler.dispose();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    /** Carries a possibly-null result through Reactor, which does not allow null values. */
    private record Holder<T>(T value) {
    }
}
