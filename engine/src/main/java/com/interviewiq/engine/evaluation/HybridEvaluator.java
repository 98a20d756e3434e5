package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.questions.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * The evaluator the rest of the engine uses: the remote model when one is configured, the
 * rubric otherwise, and the rubric again whenever the remote model fails. A remote failure
 * therefore never reaches the caller; it shows up as source {@link EvaluatorSource#REMOTE_FALLBACK}
 * with the one-line reason in {@link Evaluation#detail()}.
 */
public final class HybridEvaluator implements AnswerEvaluator, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HybridEvaluator.class);

    private final RubricScorer rubric;
    private final Optional<RemoteEvaluator> remote;

    public HybridEvaluator(RubricScorer rubric, Optional<RemoteEvaluator> remote) {
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.remote = Objects.requireNonNull(remote, "remote");
    }

    /** Keyword scoring only, for when no remote evaluator is configured. */
    public static HybridEvaluator rubricOnly() {
        return new HybridEvaluator(new RubricScorer(), Optional.empty());
    }

    /** The remote evaluator described by {@code config} (key from the process environment), or rubric-only for none. */
    public static HybridEvaluator from(Optional<RemoteEvaluatorConfig> config) {
        return new HybridEvaluator(new RubricScorer(), config.map(RemoteEvaluator::new));
    }

    public boolean usesRemote() {
        return remote.isPresent();
    }

    /** Never completes exceptionally because of the remote evaluator. */
    public CompletionStage<Evaluation> evaluate(Question question, String answer) {
        if (remote.isEmpty()) {
            return CompletableFuture.completedFuture(rubric.score(question, answer));
        }
        CompletionStage<Evaluation> attempt;
        try {
            attempt = Objects.requireNonNull(remote.get().evaluate(question, answer), "remote evaluator returned no stage");
        } catch (RuntimeException e) {
            attempt = CompletableFuture.failedFuture(e);
        }
        return attempt.handle((evaluation, failure) -> {
            if (failure == null && evaluation != null) {
                return evaluation;
            }
            String reason = reason(failure);
            LOG.warn("Remote evaluation of question {} failed, using the rubric: {}", question.key(), loggable(failure, reason));
            Evaluation local = rubric.score(question, answer);
            return new Evaluation(local.score(), local.marks(), local.feedback(), EvaluatorSource.REMOTE_FALLBACK, reason);
        });
    }

    /** The reason without the model's reply, which may echo the answer (logs hold no answers). */
    private static String loggable(Throwable failure, String reason) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RemoteEvaluationException r ? RemoteVerdict.oneLine(r.loggable()) : reason;
    }

    /** One line: RemoteEvaluator's own message, or a generic one for anything unexpected. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause == null) {
            return "remote evaluator gave no verdict";
        }
        if (cause instanceof RemoteEvaluationException && cause.getMessage() != null) {
            return RemoteVerdict.oneLine(cause.getMessage());
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return RemoteVerdict.quote("remote evaluator failed: " + cause.getClass().getSimpleName() + message);
    }

    @Override
    public void close() {
        remote.ifPresent(RemoteEvaluator::close);
    }
}
