package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.config.EvaluatorSettings;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.questions.RubricCriterion;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * "Test evaluator": grades one sample answer with the settings being edited, before they are
 * applied, straight through the remote (no breaker, no rubric fallback), so the admin sees what
 * the model server really does: its score, the time it took, and its reply or the error.
 */
public final class EvaluatorTrial {
    static final Question SAMPLE = new Question(0, "sample-hashmap", "java", 2,
            "HashMap and concurrency", "Is java.util.HashMap safe to share between threads? What would you use instead?",
            List.of(), List.of(
            new RubricCriterion("Says HashMap is not thread-safe", 2, List.of("not thread-safe", "unsafe")),
            new RubricCriterion("Names ConcurrentHashMap or external synchronisation", 2,
                    List.of("ConcurrentHashMap", "synchronized"))),
            300, QuestionStatus.READY, 1, Instant.EPOCH, Instant.EPOCH);
    static final String SAMPLE_ANSWER = "No, HashMap is not thread-safe: concurrent puts can lose entries. "
            + "Use a ConcurrentHashMap, or guard every access with the same lock.";

    private EvaluatorTrial() {
    }

    /** What the trial found; {@code score}, {@code reply} null on failure, {@code error} null on success. */
    public record Result(boolean ok, Integer score, long latencyMillis, String reply, String error, String keyNote) {
        /** One or two lines for the Settings screen. */
        public String sentence() {
            String key = keyNote == null ? "" : " (" + keyNote + ")";
            return ok ? "Remote scored the sample answer " + score + "/100 in " + latencyMillis + " ms" + key
                    + ". Its reply: " + reply
                    : "Remote failed after " + latencyMillis + " ms: " + error + key;
        }
    }

    /** With the key read from the process environment. */
    public static CompletionStage<Result> run(EvaluatorSettings settings) {
        return run(settings, System::getenv);
    }

    public static CompletionStage<Result> run(EvaluatorSettings settings, Function<String, String> env) {
        if (!settings.remoteEnabled()) {
            return CompletableFuture.completedFuture(new Result(false, null, 0, null,
                    "no remote evaluator URL is set: answers are scored by the rubric", null));
        }
        RemoteEvaluator remote;
        try {
            remote = new RemoteEvaluator(Evaluators.config(settings).orElseThrow(), env);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Result(false, null, 0, null, e.getMessage(), null));
        }
        String missing = remote.missingKeyNote();
        String keyNote = missing == null ? null : missing + "; sent without a key";
        long start = System.nanoTime();
        return remote.evaluate(SAMPLE, SAMPLE_ANSWER).handle((e, failure) -> {
            long took = (System.nanoTime() - start) / 1_000_000;
            remote.close();
            return failure == null
                    ? new Result(true, e.score(), took, RemoteVerdict.oneLine(e.feedback()), null, keyNote)
                    : new Result(false, null, took, null, HybridEvaluator.reason(failure), keyNote);
        });
    }
}
