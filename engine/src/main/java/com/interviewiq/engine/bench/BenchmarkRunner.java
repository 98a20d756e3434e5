package com.interviewiq.engine.bench;

import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.BackendStack;
import com.interviewiq.engine.EngineServices;
import com.interviewiq.engine.Instruments;
import com.interviewiq.engine.config.DataSettings;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.BackendSpec;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Migrations;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.evaluation.HybridEvaluator;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.simulate.Interviewer;
import com.interviewiq.engine.simulate.LatencyMs;
import com.interviewiq.engine.transfer.Progress;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Measures the modes side by side on one database: for every pool size and concurrency level it
 * runs each mode in turn, round after round (A B C A B C ...), so drift on a shared machine hits
 * every mode alike, and reports each point's median round. Engine modes go through the data
 * port exactly as the services do (instrumentation included); "raw" runs the same SQL on a bare
 * HikariCP pool and "raw-async" on a bare r2dbc-pool, so the engine's own cost in either mode is a
 * measured ratio. The interview workload goes through
 * the session service instead (raw cannot run it and is skipped).
 */
public final class BenchmarkRunner {
    private final Settings settings;
    /** The interview workload's evaluator: the deterministic rubric, never a remote model (it would measure the model). */
    private final HybridEvaluator evaluator = HybridEvaluator.rubricOnly();

    public BenchmarkRunner(Settings settings) {
        this.settings = settings;
    }

    /** {@code progress} counts finished runs; {@code partial} hears each finished point (for a live view). */
    public BenchReport run(BenchOptions o, Progress progress, Consumer<BenchPoint> partial) {
        return run(o, new BenchListener() {
            @Override
            public void progress(int done, int total) {
                progress.update(done, total);
            }

            @Override
            public void measured(BenchPoint point) {
                partial.accept(point);
            }
        }, () -> false);
    }

    /**
     * Runs the matrix until done or until {@code cancelled} turns true: then the run in progress is
     * cut short and dropped (it measured less than its duration), and the report holds the points
     * measured so far (a point with fewer rounds than asked says so in its {@code rounds}), with the
     * verdict on those.
     */
    public BenchReport run(BenchOptions o, BenchListener listener, BooleanSupplier cancelled) {
        Migrations.migrate(settings.database());
        Prepared prepared = prepare(o.workload());
        List<BenchPoint> results = new ArrayList<>();
        int done = 0;
        boolean stopped = false;
        try {
            stopped = !warmEveryMode(o, prepared, listener, cancelled);
            matrix:
            for (int pool : o.poolSizes()) {
                for (int c : o.concurrency()) {
                    if (stopped) {
                        break matrix;
                    }
                    Map<BenchMode, List<Measured>> rounds = new LinkedHashMap<>();
                    Map<BenchMode, BenchPoint> points = new LinkedHashMap<>();
                    group:
                    for (int r = 0; r < o.rounds(); r++) {
                        // rotate the order every round (A B C, B C A, C A B) so no mode always runs first or last
                        List<BenchMode> order = new ArrayList<>(o.measuredModes());
                        java.util.Collections.rotate(order, -r);
                        for (BenchMode mode : order) {
                            if (cancelled.getAsBoolean()) {
                                stopped = true;
                                break group;
                            }
                            listener.measuring(mode, c, pool, r + 1, done, o.points());
                            Measured m = measure(mode, pool, c, o, prepared, cancelled);
                            if (cancelled.getAsBoolean()) {
                                stopped = true; // cut short: not a measurement of the asked duration
                                break group;
                            }
                            List<Measured> of = rounds.computeIfAbsent(mode, k -> new ArrayList<>());
                            of.add(m);
                            listener.progress(++done, o.points());
                            if (of.size() == o.rounds()) {
                                BenchPoint p = median(mode, c, pool, of);
                                points.put(mode, p);
                                listener.measured(p);
                            }
                        }
                    }
                    if (stopped) {
                        // modes with some of their rounds measured still report the median of those
                        rounds.forEach((mode, of) -> points.computeIfAbsent(mode, k -> {
                            BenchPoint p = median(mode, c, pool, of);
                            listener.measured(p);
                            return p;
                        }));
                    }
                    o.measuredModes().stream().filter(points::containsKey).map(points::get).forEach(results::add);
                    if (stopped) {
                        break matrix;
                    }
                }
            }
        } finally {
            cleanUp(prepared.sessionTag());
        }
        int cores = Runtime.getRuntime().availableProcessors();
        String verdict = Verdict.of(results, cores);
        if (stopped) {
            verdict = results.isEmpty() ? "Stopped before any run finished: no results."
                    : "Stopped after " + done + " of " + o.points() + " runs; on the points measured: " + verdict;
        }
        Map<String, String> machine = machine(cores, o);
        machine.put("runs", done + " of " + o.points() + (stopped ? " (stopped)" : ""));
        if (!o.skippedModes().isEmpty()) {
            String skipped = String.join(", ", o.skippedModes().stream().map(BenchMode::label).toList());
            machine.put("skipped", skipped + " (no service layer to run the " + o.workload().label() + " workload through)");
            verdict += " " + skipped + " was not run: the " + o.workload().label() + " workload goes through the engine's"
                    + " services, and the raw baselines have none.";
        }
        return new BenchReport(results, verdict, machine);
    }

    /**
     * Runs every mode once, unmeasured, at the first pool size and concurrency, before anything is measured.
     * The modes share much of their code (Reactor, the drivers, the services), and the JIT compiles it while
     * whichever mode runs first is being measured: in one round on PostgreSQL (2026-12-03) the first of the two
     * async modes spent 0.67-0.68 ms of CPU per step and the second 0.30-0.36, in either order. Returns false
     * when cancelled meanwhile.
     */
    private boolean warmEveryMode(BenchOptions o, Prepared prepared, BenchListener listener, BooleanSupplier cancelled) {
        if (o.warmingRuns() == 0) {
            return true;
        }
        List<BenchMode> modes = o.measuredModes();
        BenchOptions once = new BenchOptions(o.modes(), o.concurrency(), o.poolSizes(), o.warmingRunLength(),
                Duration.ZERO, o.workload(), 1);
        for (int i = 0; i < modes.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
            listener.warming(modes.get(i), i + 1, modes.size());
            measure(modes.get(i), o.poolSizes().getFirst(), o.concurrency().getFirst(), once, prepared, cancelled);
        }
        return !cancelled.getAsBoolean();
    }

    private record Measured(LoadResult load, long rssMb) {
    }

    /** What every run needs: the question ids (step, read), the track and the sessions' tag (interview). */
    private record Prepared(long[] questions, List<String> track, String sessionTag) {
    }

    private Measured measure(BenchMode mode, int poolSize, int concurrency, BenchOptions o, Prepared prepared,
                             BooleanSupplier cancelled) {
        long[] questions = prepared.questions();
        // every run starts from an empty answers table: runs must not slow each other by what they left behind
        reset(prepared.sessionTag());
        PoolSettings pool = fixedPool(poolSize);
        if (mode == BenchMode.RAW) {
            LoadResult raw = RawJdbcLoad.run(settings.database(), pool, concurrency, o.warmup(), o.duration(),
                    o.workload(), questions, cancelled);
            return new Measured(raw, ProcessStats.rssMb());
        }
        if (mode == BenchMode.RAW_ASYNC) {
            LoadResult raw = RawR2dbcLoad.run(settings.database(), pool, concurrency, o.warmup(), o.duration(),
                    o.workload(), questions, cancelled);
            return new Measured(raw, ProcessStats.rssMb());
        }
        Recorder acquires = new Recorder(3);
        Instruments instruments = Instruments.benchmark(nanos -> acquires.recordValue(Math.max(1, nanos / 1000)));
        BackendStack stack = BackendStack.measuredBy(instruments);
        // through the decorator, as the services' transactions go: its cost is part of the engine's
        try (Database db = stack.openInstrumented(new BackendSpec(settings.database(), mode.mode(), mode.executor(),
                pool))) {
            IntFunction<Supplier<CompletionStage<?>>> callers;
            if (o.workload() == BenchWorkload.INTERVIEW) {
                Interviewer interviewer = new Interviewer(services(db).sessions(),
                        prepared.sessionTag(), prepared.track(), BenchSql.STEPS_PER_SESSION);
                AtomicInteger sessions = new AtomicInteger();
                callers = caller -> new InterviewCaller(interviewer, sessions, 42L * 1_000_003L + caller);
            } else {
                AtomicLong seq = new AtomicLong();
                Supplier<CompletionStage<?>> step = () -> step(db, o.workload(), seq.incrementAndGet(), concurrency, questions);
                callers = caller -> step;
            }
            LoadResult r = ClosedLoop.run(concurrency, o.warmup(), o.duration(), callers,
                    acquires::getIntervalHistogram, () -> instruments.metrics().counts().statements(), cancelled);
            return new Measured(r, ProcessStats.rssMb());
        }
    }

    /**
     * The reference step (or a single read), written once over the data port. Every five steps start a
     * new session, as an interview of five questions would, so a session's count stays small.
     */
    private static CompletionStage<?> step(Database db, BenchWorkload workload, long n, int callers, long[] questions) {
        long session = 1_000_000L + n / BenchSql.STEPS_PER_SESSION;
        long question = questions[(int) (n % questions.length)];
        if (workload == BenchWorkload.READ) {
            return db.inTransaction(tx -> tx.queryOne(Sql.of(BenchSql.READ_QUESTION, question), r -> r.getLong("id")));
        }
        return db.inTransaction(tx -> tx.queryOne(Sql.of(BenchSql.READ_QUESTION, question), r -> r.getLong("id"))
                .thenCompose(id -> tx.update(Sql.of(BenchSql.INSERT_ANSWER, session, id, (int) (id % 101))))
                .thenCompose(x -> tx.queryOne(Sql.of(BenchSql.SESSION_STATS, session), r -> r.getLong("n"))));
    }

    private Prepared prepare(BenchWorkload workload) {
        try (Database db = BackendStack.bare().open(maintenance(2))) {
            EngineServices services = services(db);
            QuestionBankService bank = services.questions();
            if (bank.count().toCompletableFuture().join() == 0) {
                services.transfer().importSampleBank().toCompletableFuture().join();
            }
            db.inTransaction(tx -> tx.update(Sql.of(BenchSql.DROP)).thenCompose(x -> tx.update(Sql.of(BenchSql.CREATE)))
                    .thenCompose(x -> tx.update(Sql.of(BenchSql.INDEX)))).toCompletableFuture().join();
            long[] ids = db.inTransaction(tx -> tx.query(Sql.of("SELECT id FROM questions ORDER BY id"), r -> r.getLong("id")))
                    .toCompletableFuture().join().stream().mapToLong(Long::longValue).toArray();
            List<String> track = workload == BenchWorkload.INTERVIEW
                    ? Interviewer.readyTrack(bank).toCompletableFuture().join() : List.of();
            return new Prepared(ids, track, "bench-" + UUID.randomUUID().toString().substring(0, 8));
        }
    }

    /** Empties the answers table and removes the interview sessions (with their answers) of the last run. */
    private void reset(String sessionTag) {
        try (Database db = BackendStack.bare().open(maintenance(1))) {
            db.inTransaction(tx -> tx.update(Sql.of(BenchSql.TRUNCATE))
                    .thenCompose(x -> tx.update(Sql.of(BenchSql.DELETE_SESSIONS, sessionTag)))).toCompletableFuture().join();
        }
    }

    /** Leaves the database as it was: drops the answers table, removes the interview sessions this benchmark made. */
    private void cleanUp(String sessionTag) {
        try (Database db = BackendStack.bare().open(maintenance(1))) {
            db.inTransaction(tx -> tx.update(Sql.of(BenchSql.DROP))
                    .thenCompose(x -> tx.update(Sql.of(BenchSql.DELETE_SESSIONS, sessionTag)))).toCompletableFuture().join();
        }
    }

    /** A pool of exactly {@code size} connections (no overflow), otherwise as the settings say. */
    private PoolSettings fixedPool(int size) {
        return new PoolSettings(size, 0, settings.pool().timeout(), settings.pool().recycle(),
                settings.pool().leakDetection());
    }

    /** A small sync backend for setting up and cleaning up, outside the measured runs. */
    private BackendSpec maintenance(int poolSize) {
        return new BackendSpec(settings.database(), Mode.SYNC, settings.syncExecutor(), fixedPool(poolSize));
    }

    /** The engine's services over a benchmark backend (the rubric evaluator; the OS user as the actor, as before). */
    private EngineServices services(Database db) {
        return EngineServices.over(db, evaluator, Clock.systemUTC(), DataSettings.osUser());
    }

    private static BenchPoint median(BenchMode mode, int concurrency, int pool, List<Measured> rounds) {
        List<Measured> sorted = new ArrayList<>(rounds);
        sorted.sort(Comparator.comparingDouble(m -> m.load().steps() / m.load().seconds()));
        Measured mid = sorted.get(sorted.size() / 2);
        LoadResult r = mid.load();
        Histogram h = r.latencyMicros();
        LatencyMs latency = h.getTotalCount() == 0 ? new LatencyMs(0, 0, 0, 0)
                : new LatencyMs(ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(95)),
                ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()));
        double acquire = r.acquireMicros().getTotalCount() == 0 ? 0 : ms(r.acquireMicros().getValueAtPercentile(99));
        double cpu = r.cpuNanos() / 1e9 / r.seconds() * 100;
        double cpuMsPerStep = r.steps() == 0 ? 0 : r.cpuNanos() / 1e6 / r.steps();
        double statementsPerStep = r.steps() == 0 ? 0 : (double) r.statements() / r.steps();
        return new BenchPoint(mode.label(), concurrency, pool, Math.round(r.steps() / r.seconds() * 10) / 10.0, latency,
                acquire, rounds.stream().mapToLong(m -> m.load().errors()).sum(), Math.round(cpu * 10) / 10.0,
                mid.rssMb(), rounds.size(), Math.round(cpuMsPerStep * 10_000) / 10_000.0,
                Math.round(statementsPerStep * 100) / 100.0);
    }

    private static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    private Map<String, String> machine(int cores, BenchOptions o) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("database", settings.database().location());
        m.put("cores", Integer.toString(cores));
        m.put("java", Runtime.version().toString());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("workload", o.workload().label());
        m.put("duration", o.duration().toMillis() + " ms per run, warm-up " + o.warmup().toMillis() + " ms");
        m.put("rounds", Integer.toString(o.rounds()));
        m.put("date", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        return m;
    }
}
