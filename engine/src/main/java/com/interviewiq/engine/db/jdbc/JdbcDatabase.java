package com.interviewiq.engine.db.jdbc;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.config.Vendor;
import com.interviewiq.engine.db.ApplicationName;
import com.interviewiq.engine.db.BackendHooks;
import com.interviewiq.engine.db.PooledDatabase;
import com.interviewiq.engine.db.DatabaseException;
import com.interviewiq.engine.db.DatabaseUnavailableException;
import com.interviewiq.engine.db.FairAdmission;
import com.interviewiq.engine.db.Failures;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.PoolStats;
import com.interviewiq.engine.db.PoolTimeoutException;
import com.interviewiq.engine.config.SyncExecutor;
import com.interviewiq.engine.db.TxWork;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import com.zaxxer.hikari.pool.HikariPool;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;

/**
 * The sync adapter: HikariCP, with each transaction function run on a worker thread behind a
 * FIFO admission limit (one permit per connection), so callers never block and queued callers
 * are served in arrival order.
 */
public final class JdbcDatabase extends PooledDatabase {
    private final PoolSettings pool;
    private final SyncExecutor executorKind;
    private final HikariDataSource dataSource;
    private final WorkerExecutors.Workers workers;
    private final FairAdmission admission;
    private final BackendHooks hooks;

    public JdbcDatabase(DatabaseTarget target, PoolSettings pool, SyncExecutor executorKind, String poolName) {
        this(target, pool, executorKind, poolName, BackendHooks.NONE);
    }

    public JdbcDatabase(DatabaseTarget target, PoolSettings pool, SyncExecutor executorKind, String poolName,
                        BackendHooks hooks) {
        super(target, Mode.SYNC);
        this.pool = pool;
        this.executorKind = executorKind;
        this.hooks = hooks;
        this.dataSource = open(target, pool, poolName, hooks);
        this.workers = WorkerExecutors.create(executorKind, poolName);
        this.admission = new FairAdmission(pool.max());
    }

    private static HikariDataSource open(DatabaseTarget target, PoolSettings pool, String poolName, BackendHooks hooks) {
        HikariConfig config = new HikariConfig();
        if (hooks.registry() != null) {
            // HikariCP's own tracker: hikaricp_connections_active, _idle, _pending, _max, _timeout, _acquire, _usage, _creation
            config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(hooks.registry()));
        }
        configure(config, target, pool, poolName);
        config.setValidationTimeout(Math.min(5000, Math.max(250, pool.timeout().toMillis())));
        config.setMaxLifetime(pool.recycle().toMillis());
        config.setLeakDetectionThreshold(pool.leakDetection().toMillis());
        // fail at start when the database is unreachable, rather than on the first transaction
        config.setInitializationFailTimeout(Math.max(1, pool.timeout().toMillis()));
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw cannotConnect(target, JdbcErrors.firstLine(cause.getMessage()));
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException("cannot open the JDBC pool for " + target.location() + ": "
                    + target.password().redact(JdbcErrors.firstLine(e.getMessage())), null);
        }
    }

    /**
     * The settings every HikariCP pool here shares (also the bench's raw baseline): where, who,
     * explicit transactions, and an elastic size: {@code minIdle} connections kept, more opened on
     * demand up to the ceiling and closed again after {@code idle} (a pool of a shared server must
     * not hold its ceiling while idle).
     */
    public static void configure(HikariConfig config, DatabaseTarget target, PoolSettings pool, String poolName) {
        config.setPoolName(poolName);
        config.setJdbcUrl(target.jdbcUrl());
        config.setUsername(target.user());
        config.setPassword(target.password().reveal());
        config.setAutoCommit(false);
        config.setMinimumIdle(pool.minIdle());
        config.setMaximumPoolSize(pool.max());
        if (pool.minIdle() < pool.max()) { // Hikari ignores (and warns about) idleTimeout on a fixed-size pool
            config.setIdleTimeout(pool.idle().toMillis());
        }
        config.setConnectionTimeout(pool.timeout().toMillis());
        if (target.vendor() == Vendor.POSTGRESQL) {
            config.addDataSourceProperty("ApplicationName", ApplicationName.of(Mode.SYNC));
        }
    }

    /**
     * Opens and closes one connection without a pool, so the driver is loaded before a live switch
     * to sync needs it (see R2dbcDatabase.warmDriver).
     */
    public static void warmDriver(DatabaseTarget target, Duration timeout) {
        java.util.Properties props = new java.util.Properties();
        if (target.user() != null) {
            props.setProperty("user", target.user());
        }
        if (!target.password().reveal().isEmpty()) {
            props.setProperty("password", target.password().reveal());
        }
        if (target.vendor() == Vendor.POSTGRESQL) {
            props.setProperty("ApplicationName", ApplicationName.of(Mode.SYNC));
            props.setProperty("connectTimeout", Long.toString(Math.max(1, timeout.toSeconds())));
        }
        try (Connection c = java.sql.DriverManager.getConnection(target.jdbcUrl(), props)) {
            c.isValid(1);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot warm the JDBC driver for " + target.location() + ": "
                    + target.password().redact(JdbcErrors.firstLine(e.getMessage())), null);
        }
    }

    public SyncExecutor executorKind() {
        return executorKind;
    }

    @Override
    public String describe() {
        return describeAs("JDBC", "HikariCP, " + executorKind.label() + " threads");
    }

    @Override
    protected <T> CompletableFuture<T> runTransaction(TxWork<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        long queuedAt = System.nanoTime();
        admission.acquire(pool.timeout()).whenComplete((admitted, waitError) -> {
            if (waitError != null) {
                result.completeExceptionally(waitError instanceof CancellationException ? waitError
                        : new PoolTimeoutException(Mode.SYNC, pool.timeout(), pool.max(), null));
                return;
            }
            if (result.isDone()) { // cancelled while queued
                admission.release();
                return;
            }
            try {
                workers.execute(() -> {
                    try {
                        run(work, result, queuedAt);
                    } finally {
                        workers.atTaskEnd(admission::release);
                    }
                });
            } catch (RejectedExecutionException e) {
                admission.release();
                result.completeExceptionally(closedException());
            }
        });
        return result;
    }

    private <T> void run(TxWork<T> work, CompletableFuture<T> result, long queuedAt) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
            hooks.acquire().acquired(System.nanoTime() - queuedAt);
        } catch (SQLTransientConnectionException e) {
            result.completeExceptionally(acquireFailure(e));
            return;
        } catch (SQLException e) {
            result.completeExceptionally(JdbcErrors.translate(e, null));
            return;
        } catch (RuntimeException e) {
            result.completeExceptionally(isClosed() ? closedException() : e);
            return;
        }
        // the caller hears the outcome only once the connection is back in the pool
        Outcome<T> outcome;
        try (connection) {
            outcome = runOn(connection, work, result);
        } catch (SQLException e) {
            outcome = Outcome.failed(JdbcErrors.translate(e, null));
        } catch (RuntimeException e) {
            outcome = Outcome.failed(e);
        }
        Outcome<T> done = outcome;
        workers.atTaskEnd(() -> { // the caller's next transaction, started from here, continues on this worker
            if (done.error() != null) {
                result.completeExceptionally(done.error());
            } else {
                result.complete(done.value());
            }
        });
    }

    private static <T> Outcome<T> runOn(Connection connection, TxWork<T> work, CompletableFuture<T> result)
            throws SQLException {
        CompletableFuture<T> body;
        try {
            body = work.apply(new JdbcTx(connection)).toCompletableFuture();
        } catch (RuntimeException e) {
            body = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<T> running = body;
        // a caller that cancels or times out the transaction cancels its body too, so the worker lets go
        result.whenComplete((v, e) -> {
            if (!running.isDone()) {
                running.cancel(true);
            }
        });
        T value;
        try {
            value = running.get();
        } catch (ExecutionException | CancellationException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Throwable cause = Failures.unwrap(e);
            JdbcTx.rollbackQuietly(connection, cause);
            return Outcome.failed(cause);
        }
        if (result.isDone()) { // cancelled while the body ran
            JdbcTx.rollbackQuietly(connection, new CancellationException());
            return Outcome.failed(new CancellationException());
        }
        connection.commit();
        return new Outcome<>(value, null);
    }

    private record Outcome<T>(T value, Throwable error) {
        static <T> Outcome<T> failed(Throwable error) {
            return new Outcome<>(null, error);
        }
    }

    private DatabaseException acquireFailure(SQLTransientConnectionException e) {
        SQLException next = e.getNextException();
        Throwable cause = e.getCause();
        if (cause instanceof SQLException sql && JdbcErrors.isConnectionProblem(sql)) {
            return new DatabaseUnavailableException("database unavailable: "
                    + target.password().redact(JdbcErrors.firstLine(sql.getMessage())), null);
        }
        if (next != null && JdbcErrors.isConnectionProblem(next)) {
            return new DatabaseUnavailableException("database unavailable: "
                    + target.password().redact(JdbcErrors.firstLine(next.getMessage())), null);
        }
        return new PoolTimeoutException(Mode.SYNC, pool.timeout(), pool.max(), null);
    }

    @Override
    public PoolStats poolStats() {
        HikariPoolMXBean mx = dataSource.getHikariPoolMXBean();
        if (mx == null || dataSource.isClosed()) {
            return new PoolStats(0, 0, admission.waiting(), 0, pool.max());
        }
        return new PoolStats(mx.getActiveConnections(), mx.getIdleConnections(),
                mx.getThreadsAwaitingConnection() + admission.waiting(), mx.getTotalConnections(), pool.max());
    }

    /** The pool's own MXBean, for Micrometer's standard Hikari metrics and for truth tests. */
    public HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    protected void release() {
        workers.shutdown();
        dataSource.close();
    }
}
