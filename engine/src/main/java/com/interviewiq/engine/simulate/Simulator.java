package com.interviewiq.engine.simulate;

import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Failures;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.engine.transfer.Progress;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator: complete interviews through the real services, {@code concurrency} at a
 * time, as chains of stages (no thread per caller). Used by {@code simulate}, the dashboard's
 * "Generate load" and the benchmark.
 */
public final class Simulator {
    private static final int MAX_ERROR_SAMPLES = 5;
    private static final long BACKOFF_MS = 100;

    private final Database db;
    private final QuestionBankService bank;
    private final SessionService sessions;

    public Simulator(Database db, QuestionBankService bank, SessionService sessions) {
        this.db = db;
        this.bank = bank;
        this.sessions = sessions;
    }

    /** A running simulation; {@link #stop()} lets in-flight sessions finish and starts no new ones. */
    public final class Run {
        private final SimulationOptions options;
        private final String runTag = "simulate-" + UUID.randomUUID().toString().substring(0, 8);
        private final AtomicInteger nextSession = new AtomicInteger();
        private final AtomicInteger completed = new AtomicInteger();
        private final AtomicLong acknowledged = new AtomicLong();
        private final AtomicLong errors = new AtomicLong();
        private final Map<String, Boolean> errorSamples = new ConcurrentHashMap<>();
        private final Recorder latency = new Recorder(3);
        private final Histogram total = new Histogram(3);
        private final AtomicIntegerArray callerSteps;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final Progress progress;
        private Interviewer interviewer;
        private long startNanos;

        private Run(SimulationOptions options, Progress progress) {
            this.options = options;
            this.progress = progress;
            this.callerSteps = new AtomicIntegerArray(options.concurrency());
        }

        public void stop() {
            stopped.set(true);
        }

        public int sessionsCompleted() {
            return completed.get();
        }

        public long answersAcknowledged() {
            return acknowledged.get();
        }

        public long errors() {
            return errors.get();
        }

        CompletionStage<SimulationResult> start() {
            return resolveTrack().thenCompose(t -> {
                interviewer = new Interviewer(sessions, runTag, t, options.questionsPerSession());
                startNanos = System.nanoTime();
                List<CompletableFuture<Void>> callers = new ArrayList<>();
                for (int c = 0; c < options.concurrency(); c++) {
                    callers.add(caller(c).toCompletableFuture());
                }
                return CompletableFuture.allOf(callers.toArray(CompletableFuture[]::new));
            }).thenCompose(x -> result());
        }

        private CompletionStage<List<String>> resolveTrack() {
            if (!options.track().isEmpty()) {
                return CompletableFuture.completedFuture(options.track());
            }
            return Interviewer.readyTrack(bank);
        }

        private CompletionStage<Void> caller(int callerIndex) {
            int i = nextSession.getAndIncrement();
            if (i >= options.sessions() || stopped.get()) {
                return CompletableFuture.completedFuture(null);
            }
            return interview(i, callerIndex)
                    .handle((ok, e) -> {
                        if (e != null) {
                            recordError(e);
                        } else {
                            completed.incrementAndGet();
                        }
                        progress.update(completed.get() + errors.get(), options.sessions());
                        return e == null;
                    })
                    // hop threads between sessions (a long run must not nest its sessions on one stack);
                    // after a failure wait a little, as a person would, rather than spin through sessions
                    .thenCompose(ok -> CompletableFuture.runAsync(() -> { }, ok ? ForkJoinPool.commonPool()
                            : CompletableFuture.delayedExecutor(BACKOFF_MS, TimeUnit.MILLISECONDS)))
                    .thenCompose(x -> caller(callerIndex));
        }

        private CompletionStage<Void> interview(int index, int callerIndex) {
            SplittableRandom random = new SplittableRandom(options.seed() * 1_000_003L + index);
            return interviewer.open(index).thenCompose(id -> steps(id, random, callerIndex));
        }

        private CompletionStage<Void> steps(long sessionId, SplittableRandom random, int callerIndex) {
            long t0 = System.nanoTime();
            return interviewer.answerNext(sessionId, random).thenCompose(answered -> {
                if (!answered) {
                    return CompletableFuture.<Void>completedFuture(null);
                }
                acknowledged.incrementAndGet();
                latency.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                callerSteps.incrementAndGet(callerIndex);
                return steps(sessionId, random, callerIndex);
            });
        }

        private void recordError(Throwable e) {
            errors.incrementAndGet();
            Throwable cause = Failures.unwrap(e);
            if (errorSamples.size() < MAX_ERROR_SAMPLES) {
                errorSamples.putIfAbsent(cause.getClass().getSimpleName() + ": " + cause.getMessage(), Boolean.TRUE);
            }
        }

        private CompletionStage<SimulationResult> result() {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            latency.getIntervalHistogramInto(total);
            return db.inTransaction(tx -> tx.queryOne(Sql.of("""
                            SELECT COUNT(*) AS c FROM answers a JOIN interview_sessions s ON s.id = a.session_id
                            WHERE s.interviewer = ?""", runTag), r -> r.getLong("c")))
                    .thenApply(stored -> {
                        int slowest = Integer.MAX_VALUE;
                        for (int c = 0; c < callerSteps.length(); c++) {
                            slowest = Math.min(slowest, callerSteps.get(c));
                        }
                        long steps = total.getTotalCount();
                        return new SimulationResult(db.mode().label(), options.sessions(), completed.get(),
                                acknowledged.get(), stored, errors.get(), List.copyOf(errorSamples.keySet()),
                                Math.round(seconds * 1000) / 1000.0, steps,
                                Math.round(steps / Math.max(seconds, 1e-9) * 10) / 10.0, LatencyMs.of(total),
                                slowest == Integer.MAX_VALUE ? 0 : slowest, 0, new LatencyMs(0, 0, 0, 0));
                    });
        }
    }

    /** Starts a run; the returned run can be stopped early, its result completes when it ends. */
    public Run prepare(SimulationOptions options, Progress progress) {
        return new Run(options, progress);
    }

    public CompletionStage<SimulationResult> run(SimulationOptions options, Progress progress) {
        return prepare(options, progress).start();
    }

    /** Starts a prepared run. */
    public CompletionStage<SimulationResult> start(Run run) {
        return run.start();
    }
}
