package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.evaluation.semantic.MiniLmEmbedder;
import com.interviewiq.engine.evaluation.semantic.SentenceEmbedder;
import com.interviewiq.engine.questions.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The sentence model, loaded once per process on first use (about a second, never on the FX
 * thread nor at start-up: a console that never scores an answer never loads it), and the one
 * thread that runs it. One thread because the model is CPU-bound: on a 2-core laptop a second
 * scoring thread would only take the other core from the console; answers queue instead.
 */
public final class SemanticModel {
    private static final Logger LOG = LoggerFactory.getLogger(SemanticModel.class);
    private static final SemanticModel SHARED = new SemanticModel(() -> MiniLmEmbedder.load(null));

    private final Supplier<SentenceEmbedder> loader;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "interviewiq-semantic");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<SemanticScorer> scorer;
    private volatile long loadMillis = -1;

    SemanticModel(Supplier<SentenceEmbedder> loader) {
        this.loader = loader;
    }

    /** The process's model (all-MiniLM-L6-v2, quantized). */
    public static SemanticModel shared() {
        return SHARED;
    }

    /** Starts loading if nobody has yet; completes when the model can score (or with why it cannot). */
    public synchronized CompletableFuture<SemanticScorer> load() {
        if (scorer == null) {
            scorer = CompletableFuture.supplyAsync(() -> {
                long start = System.nanoTime();
                SemanticScorer s = new SemanticScorer(loader.get());
                loadMillis = (System.nanoTime() - start) / 1_000_000;
                LOG.info("semantic evaluator: sentence model loaded in {} ms", loadMillis);
                return s;
            }, worker);
            scorer.whenComplete((s, e) -> {
                if (e != null) {
                    LOG.warn("semantic evaluator unavailable, the rubric scores answers: {}", reason(e));
                }
            });
        }
        return scorer;
    }

    /** Scores on the model's thread; fails (for the chain to fall back) when the model cannot load. */
    public CompletionStage<Evaluation> score(Question question, String answer) {
        return load().thenApplyAsync(s -> s.score(question, answer), worker);
    }

    /** Loads the model and embeds the question's texts on the model's thread, ahead of its answer. */
    public CompletionStage<Void> prepare(Question question) {
        return load().thenAcceptAsync(s -> s.prepare(question), worker)
                .exceptionally(e -> null); // a model that cannot load is reported once, by load()
    }

    /** "not loaded", "loading", "ready (loaded in 812 ms)" or "unavailable: why". */
    public synchronized String state() {
        if (scorer == null) {
            return "not loaded";
        }
        if (!scorer.isDone()) {
            return "loading";
        }
        if (scorer.isCompletedExceptionally()) {
            return "unavailable: " + scorer.handle((s, e) -> reason(e)).join();
        }
        return "ready (loaded in " + loadMillis + " ms)";
    }

    static String reason(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof java.util.concurrent.CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
