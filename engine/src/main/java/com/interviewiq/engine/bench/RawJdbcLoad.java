package com.interviewiq.engine.bench;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.db.jdbc.JdbcDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * The baseline: the same SQL straight on a HikariCP pool from plain threads (one platform thread
 * per caller, the classic JDBC set-up), with none of the engine's layers (no port, no admission
 * queue, no instrumentation).
 */
final class RawJdbcLoad {
    private RawJdbcLoad() {
    }

    static LoadResult run(DatabaseTarget target, PoolSettings pool, int concurrency, Duration warmup, Duration duration,
                          BenchWorkload workload, long[] questionIds, BooleanSupplier cancelled) {
        HikariConfig config = new HikariConfig();
        JdbcDatabase.configure(config, target, pool, "iq-bench-raw");
        try (HikariDataSource ds = new HikariDataSource(config)) {
            LongAdder statements = new LongAdder();
            drive(ds, concurrency, warmup, workload, questionIds, null, new AtomicLong(), statements, cancelled);
            statements.reset();
            Recorder latency = new Recorder(3);
            AtomicLong errors = new AtomicLong();
            long cpu0 = ProcessStats.cpuNanos();
            long t0 = System.nanoTime();
            drive(ds, concurrency, duration, workload, questionIds, latency, errors, statements, cancelled);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long cpu = ProcessStats.cpuNanos() - cpu0;
            Histogram h = latency.getIntervalHistogram();
            return new LoadResult(h.getTotalCount(), h, new Histogram(3), errors.get(), seconds, cpu, statements.sum());
        }
    }

    private static void drive(HikariDataSource ds, int concurrency, Duration length, BenchWorkload workload,
                              long[] questionIds, Recorder latency, AtomicLong errors, LongAdder statements,
                              BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + length.toNanos();
        List<Thread> callers = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            long caller = c;
            callers.add(Thread.ofPlatform().daemon().start(() -> {
                long i = 0;
                while (System.nanoTime() < deadline && !cancelled.getAsBoolean()) {
                    long start = System.nanoTime();
                    // a new session every five steps, as in the engine's step (BenchSql.STEPS_PER_SESSION)
                    long session = 1_000_000_000L + caller * 10_000_000L + i / BenchSql.STEPS_PER_SESSION;
                    try {
                        step(ds, workload, session, questionIds[(int) ((caller + i++) % questionIds.length)], statements);
                        if (latency != null) {
                            latency.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                        }
                    } catch (SQLException e) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread t : callers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void step(HikariDataSource ds, BenchWorkload workload, long session, long questionId,
                             LongAdder statements) throws SQLException {
        try (Connection c = ds.getConnection()) {
            try {
                try (PreparedStatement ps = c.prepareStatement(BenchSql.READ_QUESTION)) {
                    ps.setLong(1, questionId);
                    statements.increment();
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                }
                if (workload == BenchWorkload.STEP) {
                    try (PreparedStatement ps = c.prepareStatement(BenchSql.INSERT_ANSWER)) {
                        ps.setLong(1, session);
                        ps.setLong(2, questionId);
                        ps.setInt(3, (int) (questionId % 101));
                        statements.increment();
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement(BenchSql.SESSION_STATS)) {
                        ps.setLong(1, session);
                        statements.increment();
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                        }
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
