package com.interviewiq.engine.bench;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.config.Vendor;
import com.interviewiq.engine.db.Placeholders;
import com.interviewiq.engine.db.r2dbc.R2dbcDatabase;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * The async baseline: the same SQL as {@link RawJdbcLoad}, straight on an r2dbc-pool configured as
 * the engine's async adapter configures it, driven by plain Reactor (each caller a repeating
 * pipeline), with none of the engine's layers (no port, no stages, no instrumentation). It is the
 * async mode's own yardstick, as raw is the sync modes'. r2dbc-h2 blocks the thread that subscribes,
 * so on H2 each step is subscribed on a scheduler of its own, as the adapter does.
 */
final class RawR2dbcLoad {
    private static final String NAME = "iq-bench-raw-async";
    private static final String READ = Placeholders.toDollar(BenchSql.READ_QUESTION);
    private static final String INSERT = Placeholders.toDollar(BenchSql.INSERT_ANSWER);
    private static final String STATS = Placeholders.toDollar(BenchSql.SESSION_STATS);

    private final ConnectionPool pool;
    private final Scheduler blocking; // r2dbc-h2 only; null for a non-blocking driver
    private final BenchWorkload workload;
    private final long[] questionIds;
    private final LongAdder statements = new LongAdder();

    private RawR2dbcLoad(ConnectionPool pool, Scheduler blocking, BenchWorkload workload, long[] questionIds) {
        this.pool = pool;
        this.blocking = blocking;
        this.workload = workload;
        this.questionIds = questionIds;
    }

    static LoadResult run(DatabaseTarget target, PoolSettings settings, int concurrency, Duration warmup, Duration duration,
                          BenchWorkload workload, long[] questionIds, BooleanSupplier cancelled) {
        Scheduler blocking = target.vendor() == Vendor.H2
                ? Schedulers.newBoundedElastic(settings.max(), Integer.MAX_VALUE, NAME + "-h2", 60, true) : null;
        Scheduler allocator = blocking != null ? blocking : Schedulers.boundedElastic();
        ConnectionPool pool = new ConnectionPool(R2dbcDatabase.configuration(target, settings, NAME, allocator));
        try {
            pool.warmup().subscribeOn(allocator).block(settings.timeout().plusSeconds(1));
            RawR2dbcLoad load = new RawR2dbcLoad(pool, blocking, workload, questionIds);
            load.drive(concurrency, warmup, null, new AtomicLong(), cancelled);
            load.statements.reset();
            Recorder latency = new Recorder(3);
            AtomicLong errors = new AtomicLong();
            long cpu0 = ProcessStats.cpuNanos();
            long t0 = System.nanoTime();
            load.drive(concurrency, duration, latency, errors, cancelled);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long cpu = ProcessStats.cpuNanos() - cpu0;
            Histogram h = latency.getIntervalHistogram();
            return new LoadResult(h.getTotalCount(), h, new Histogram(3), errors.get(), seconds, cpu,
                    load.statements.sum());
        } finally {
            pool.disposeLater().block(Duration.ofSeconds(10));
            if (blocking != null) {
                blocking.dispose();
            }
        }
    }

    /** {@code concurrency} callers, each starting its next step when its previous one finished, until the deadline. */
    private void drive(int concurrency, Duration length, Recorder latency, AtomicLong errors, BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + length.toNanos();
        Flux.range(0, concurrency)
                .flatMap(caller -> caller(caller, deadline, latency, errors, cancelled), concurrency)
                .blockLast();
    }

    private Mono<Void> caller(long caller, long deadline, Recorder latency, AtomicLong errors, BooleanSupplier cancelled) {
        long[] next = {0};
        return Mono.defer(() -> {
                    long i = next[0]++;
                    long start = System.nanoTime();
                    // a new session every five steps, as in the engine's step (BenchSql.STEPS_PER_SESSION)
                    long session = 2_000_000_000L + caller * 10_000_000L + i / BenchSql.STEPS_PER_SESSION;
                    Mono<Void> step = step(session, questionIds[(int) ((caller + i) % questionIds.length)]);
                    return (blocking == null ? step : step.subscribeOn(blocking))
                            .doOnSuccess(x -> {
                                if (latency != null) {
                                    latency.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                                }
                            })
                            .onErrorResume(e -> {
                                errors.incrementAndGet();
                                return Mono.empty();
                            });
                })
                .repeat(() -> System.nanoTime() < deadline && !cancelled.getAsBoolean())
                .then();
    }

    /** One transaction: BEGIN, the workload's statements, COMMIT; rolled back and returned on error or cancel. */
    Mono<Void> step(long session, long questionId) {
        return Mono.usingWhen(pool.create(),
                c -> Mono.from(c.beginTransaction())
                        .then(rows(c.createStatement(READ).bind(0, questionId)))
                        .then(workload == BenchWorkload.STEP
                                ? updated(c.createStatement(INSERT).bind(0, session).bind(1, questionId)
                                        .bind(2, (int) (questionId % 101)))
                                        .then(rows(c.createStatement(STATS).bind(0, session)))
                                : Mono.empty())
                        .then(Mono.from(c.commitTransaction())),
                Connection::close,
                (c, e) -> rollbackAndClose(c),
                RawR2dbcLoad::rollbackAndClose);
    }

    private Mono<Void> rows(Statement st) {
        return Flux.defer(() -> {
            statements.increment();
            return st.execute();
        }).concatMap(r -> r.map((row, meta) -> row.get(0))).then();
    }

    private Mono<Void> updated(Statement st) {
        return Flux.defer(() -> {
            statements.increment();
            return st.execute();
        }).concatMap(Result::getRowsUpdated).then();
    }

    private static Mono<Void> rollbackAndClose(Connection c) {
        return Mono.from(c.rollbackTransaction()).onErrorResume(e -> Mono.empty()).then(Mono.from(c.close()));
    }

    /** Statements sent since the last reset (for the counter's test). */
    long statements() {
        return statements.sum();
    }
}
