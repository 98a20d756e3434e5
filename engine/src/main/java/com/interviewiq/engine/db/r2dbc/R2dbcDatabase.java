package com.interviewiq.engine.db.r2dbc;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.config.Pooler;
import com.interviewiq.engine.config.Vendor;
import com.interviewiq.engine.db.ApplicationName;
import com.interviewiq.engine.db.BackendHooks;
import com.interviewiq.engine.db.PooledDatabase;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.PoolStats;
import com.interviewiq.engine.db.TxWork;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import io.r2dbc.spi.ValidationDepth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The async adapter: r2dbc-pool over r2dbc-postgresql or r2dbc-h2. The pool queues acquirers
 * first-come-first-served and always has an acquire timeout. Reactor types never leave this
 * package: callers see CompletionStages.
 */
public final class R2dbcDatabase extends PooledDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(R2dbcDatabase.class);

    // r2dbc-postgresql's option names, looked up by name so this class does not depend on the driver
    private static final Option<String> APPLICATION_NAME = Option.valueOf("applicationName");
    private static final Option<Integer> PREPARED_STATEMENT_CACHE_QUERIES = Option.valueOf("preparedStatementCacheQueries");

    private static final Duration SERVER_FULL_BACKOFF = Duration.ofMillis(5);
    private static final Duration SERVER_FULL_MAX_BACKOFF = Duration.ofMillis(200);

    private final PoolSettings settings;
    private final ConnectionPool pool;
    private final Scheduler scheduler;
    private final BackendHooks hooks;
    private final R2dbcPoolMeters meters;

    public R2dbcDatabase(DatabaseTarget target, PoolSettings settings, String poolName) {
        this(target, settings, poolName, BackendHooks.NONE);
    }

    public R2dbcDatabase(DatabaseTarget target, PoolSettings settings, String poolName, BackendHooks hooks) {
        super(target, Mode.ASYNC);
        this.settings = settings;
        this.hooks = hooks;
        // r2dbc-h2 blocks the thread that subscribes (it wraps H2's embedded engine), so its work
        // must run on threads of its own; r2dbc-postgresql is non-blocking and needs no hop.
        this.scheduler = target.vendor() == Vendor.H2
                ? Schedulers.newBoundedElastic(settings.max(), Integer.MAX_VALUE, poolName + "-h2", 60, true)
                : Schedulers.immediate();
        this.pool = new ConnectionPool(configuration(target, settings, poolName,
                scheduler == Schedulers.immediate() ? Schedulers.boundedElastic() : scheduler));
        try {
            // the pool opens nothing until asked, even with initialSize; with none to warm, one
            // connection is opened and returned so that an unreachable database fails here, not later
            Mono<?> check = settings.minIdle() > 0 ? pool.warmup() : pool.create().flatMap(c -> Mono.from(c.close()));
            check.subscribeOn(scheduler == Schedulers.immediate() ? Schedulers.boundedElastic() : scheduler)
                    .block(settings.timeout().plusSeconds(1));
        } catch (RuntimeException e) {
            pool.dispose();
            disposeScheduler();
            throw cannotConnect(target, R2dbcErrors.firstLine(R2dbcErrors.rootMessage(e)));
        }
        this.meters = hooks.registry() == null ? null : R2dbcPoolMeters.bind(hooks.registry(), poolName, pool);
    }

    /**
     * The pool as this adapter configures it (also what the benchmark's bare r2dbc-pool baseline
     * runs on, so both measure the same pool); {@code allocator} is where new connections are opened.
     */
    public static ConnectionPoolConfiguration configuration(DatabaseTarget target, PoolSettings settings, String poolName,
                                                            Scheduler allocator) {
        ConnectionFactory factory = ConnectionFactories.get(options(target, settings.timeout()));
        return ConnectionPoolConfiguration.builder(factory)
                .name(poolName)
                // elastic: minIdle kept (and warmed), more opened on demand up to the ceiling, closed after idle
                .initialSize(settings.minIdle())
                .minIdle(settings.minIdle())
                .maxSize(settings.max())
                .maxIdleTime(settings.idle())
                // r2dbc-pool evicts every maxIdleTime by default, so a connection could stay up to twice as long
                .backgroundEvictionInterval(settings.idle().dividedBy(4))
                .maxAcquireTime(settings.timeout()) // r2dbc-pool's default is to wait forever
                .maxCreateConnectionTime(settings.timeout())
                .maxLifeTime(settings.recycle())
                .validationDepth(ValidationDepth.LOCAL)
                // A pool that grows under load is asked for connections on the driver's event-loop
                // threads, and Reactor Netty opens a connection on the loop it is asked from: every
                // new connection would land on one loop (one core; r2dbc-pool #190, measured 0.7x at
                // 64 callers). Opening them from another thread spreads them over the loops.
                .allocatorSubscribeOn(allocator)
                .build();
    }

    /**
     * Opens and closes one connection without a pool, so that the driver's classes, Netty's event
     * loops and the TLS/auth code are loaded before a live switch needs them: a first switch to
     * async under load otherwise spends seconds loading them on a busy CPU.
     */
    public static void warmDriver(DatabaseTarget target, Duration timeout) {
        ConnectionFactory factory = ConnectionFactories.get(options(target, timeout));
        Mono.from(factory.create()).flatMap(c -> Mono.from(c.close())).block(timeout.plusSeconds(1));
    }

    private static ConnectionFactoryOptions options(DatabaseTarget target, Duration connectTimeout) {
        ConnectionFactoryOptions.Builder b = ConnectionFactoryOptions.parse(target.r2dbcUrl()).mutate()
                .option(ConnectionFactoryOptions.USER, target.user())
                .option(ConnectionFactoryOptions.PASSWORD, target.password().reveal())
                .option(ConnectionFactoryOptions.CONNECT_TIMEOUT, connectTimeout);
        if (target.vendor() == Vendor.POSTGRESQL) {
            b.option(APPLICATION_NAME, ApplicationName.of(Mode.ASYNC));
            if (target.pooler() == Pooler.PGBOUNCER) {
                // unnamed statements only: a transaction pooler hands the next transaction another server connection
                b.option(PREPARED_STATEMENT_CACHE_QUERIES, 0);
            }
        }
        return b.build();
    }

    @Override
    public String describe() {
        return describeAs("R2DBC", "r2dbc-pool");
    }

    @Override
    protected <T> CompletableFuture<T> runTransaction(TxWork<T> work) {
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
            long deadline = start + settings.timeout().toNanos();
            return create(deadline, SERVER_FULL_BACKOFF).doOnNext(c -> hooks.acquire().acquired(System.nanoTime() - start));
        }).onErrorMap(e -> R2dbcErrors.forAcquire(e, settings.timeout(), settings.max(), target.password()));
    }

    /**
     * A full server (too many clients) refuses the pool's growth, not the work: wait for one of the
     * connections this pool already has, as HikariCP does, asking again after a growing, jittered
     * backoff until the acquire deadline. Only a refusal pays for this: Reactor's retryWhen would set up
     * a companion sink on every acquire, and it showed in the profile of every transaction.
     */
    private Mono<Connection> create(long deadline, Duration backoff) {
        return pool.create().onErrorResume(e -> R2dbcErrors.isServerFull(e) && System.nanoTime() < deadline,
                e -> Mono.delay(jittered(backoff)).then(Mono.defer(() ->
                        create(deadline, min(backoff.multipliedBy(2), SERVER_FULL_MAX_BACKOFF)))));
    }

    private static Duration jittered(Duration backoff) {
        long nanos = backoff.toNanos();
        return Duration.ofNanos(nanos / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(nanos));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
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
    protected void release() {
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

    /** Carries a possibly-null result through Reactor, which does not allow null values. */
    private record Holder<T>(T value) {
    }
}
