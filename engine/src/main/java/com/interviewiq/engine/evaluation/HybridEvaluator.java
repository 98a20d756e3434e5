package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.questions.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The evaluator the rest of the engine uses, a chain: the remote model when one is configured,
 * then the in-process {@link SemanticModel sentence model} when it is on, then the keyword rubric,
 * which always works. A failing link never reaches the caller: the next one scores, and the
 * one-line reason is in {@link Evaluation#detail()} (source {@link EvaluatorSource#SEMANTIC} after
 * a remote failure, {@link EvaluatorSource#REMOTE_FALLBACK} when the rubric scored after one). A {@link RemoteBreaker} keeps answers
 * from a remote that keeps failing, so a hanging model server costs three timeouts, not one per
 * answer. The remote can be replaced live ({@link #reconfigure}).
 */
public final class HybridEvaluator implements AnswerEvaluator, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HybridEvaluator.class);
    static final String NO_REMOTE = "no remote evaluator is configured";

    private final RubricScorer rubric;
    /** Null where no sentence model is available (tests of the remote chain); then the rubric is the offline link. */
    private final SemanticModel semantic;
    private volatile boolean semanticOn;
    private final Clock clock;
    private final AtomicReference<Remote> remote = new AtomicReference<>();
    private final List<Consumer<EvaluatorStatus>> listeners = new CopyOnWriteArrayList<>();

    /** One configured remote with its own breaker: a reconfigure starts afresh. */
    private record Remote(RemoteEvaluator evaluator, RemoteBreaker breaker) {
    }

    public HybridEvaluator(RubricScorer rubric, Optional<RemoteEvaluator> remote) {
        this(rubric, remote, RemoteEvaluatorConfig.DEFAULT_COOL_DOWN, Clock.systemDefaultZone());
    }

    /** {@code clock}'s zone formats the "unavailable since HH:MM" reason. */
    public HybridEvaluator(RubricScorer rubric, Optional<RemoteEvaluator> remote, Duration coolDown, Clock clock) {
        this(rubric, null, remote, coolDown, clock);
    }

    /** With {@code semantic} (null: none) as the offline link before the rubric, on from the start. */
    public HybridEvaluator(RubricScorer rubric, SemanticModel semantic, Optional<RemoteEvaluator> remote, Duration coolDown,
                           Clock clock) {
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.semantic = semantic;
        this.semanticOn = semantic != null;
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(remote, "remote").ifPresent(r -> this.remote.set(remote(r, coolDown)));
    }

    /** Keyword scoring only, for when no remote evaluator is configured. */
    public static HybridEvaluator rubricOnly() {
        return new HybridEvaluator(new RubricScorer(), Optional.empty());
    }

    /** The remote evaluator described by {@code config} (key from the process environment), or rubric-only for none. */
    public static HybridEvaluator from(Optional<RemoteEvaluatorConfig> config) {
        return new HybridEvaluator(new RubricScorer(), config.map(RemoteEvaluator::new));
    }

    private Remote remote(RemoteEvaluator evaluator, Duration coolDown) {
        String missing = evaluator.missingKeyNote();
        if (missing != null) { // said once here and in the status, not once per answer
            LOG.info("remote evaluator: {}; requests go without a key", missing);
        }
        return new Remote(evaluator, new RemoteBreaker(coolDown, clock));
    }

    /** Turns the sentence model link on or off for answers evaluated from now on (the setting {@code evaluator}). */
    public void useSemantic(boolean on) {
        boolean was = semanticOn;
        semanticOn = on && semantic != null;
        if (was != semanticOn) {
            notifyListeners();
        }
    }

    /** "semantic" or "rubric": what scores when no remote does. */
    public String offline() {
        return semanticOn ? "semantic" : "rubric";
    }

    public boolean usesRemote() {
        return remote.get() != null;
    }

    /**
     * Replaces the remote (empty: rubric only) for answers evaluated from now on; the old one's
     * HTTP client closes, which fails its calls in flight over to the rubric.
     */
    public void reconfigure(Optional<RemoteEvaluator> next, Duration coolDown) {
        Remote old = remote.getAndSet(next.map(r -> remote(r, coolDown)).orElse(null));
        if (old != null) {
            old.evaluator().close();
        }
        notifyListeners();
    }

    /** Called with the new status whenever the breaker opens or closes, or the remote is replaced. */
    public Runnable onChange(Consumer<EvaluatorStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public EvaluatorStatus status() {
        Remote r = remote.get();
        String offline = semanticOn ? "semantic, " + semantic.state() : "rubric";
        if (r == null) {
            return EvaluatorStatus.off(offline);
        }
        RemoteBreaker.Snapshot b = r.breaker().snapshot();
        RemoteEvaluatorConfig c = r.evaluator().config();
        String missing = r.evaluator().missingKeyNote();
        return new EvaluatorStatus(b.state().label(), r.evaluator().hostAndPort(), c.model(), c.timeout().toMillis(),
                b.consecutiveFailures(), b.unavailableSince(), b.retryAt(), b.lastError(), b.reason(),
                missing == null ? null : missing + "; requests go without a key",
                missing != null && !com.interviewiq.engine.config.EvaluatorSettings.DEFAULT_KEY_ENV.equals(c.apiKeyEnvVar()),
                offline);
    }

    @Override
    public CompletionStage<Void> prepare(Question question) {
        return semanticOn ? semantic.prepare(question) : CompletableFuture.completedFuture(null);
    }

    /** Never completes exceptionally because of the remote evaluator. */
    public CompletionStage<Evaluation> evaluate(Question question, String answer) {
        Remote r = remote.get();
        if (r == null) {
            return offline(question, answer, null);
        }
        RemoteBreaker.Admission admission = r.breaker().admit();
        if (admission == RemoteBreaker.Admission.SKIP) {
            return offline(question, answer, r.breaker().unavailableReason());
        }
        CompletionStage<Evaluation> attempt;
        try {
            attempt = Objects.requireNonNull(r.evaluator().evaluate(question, answer), "remote evaluator returned no stage");
        } catch (RuntimeException e) {
            attempt = CompletableFuture.failedFuture(e);
        }
        return attempt.handle((evaluation, failure) -> {
            if (failure == null && evaluation != null) {
                changed(r, r.breaker().succeeded());
                return CompletableFuture.completedFuture(evaluation);
            }
            String reason = reason(failure);
            LOG.warn("Remote evaluation of question {} failed, using the {}: {}", question.key(), offline(),
                    loggable(failure, reason));
            changed(r, r.breaker().failed(loggable(failure, reason), admission));
            return offline(question, answer, reason);
        }).thenCompose(stage -> stage);
    }

    /**
     * The offline links: the sentence model when on (the rubric when it cannot load), else the
     * rubric. {@code remoteFailure} is why the remote did not score, null when none is configured.
     */
    private CompletionStage<Evaluation> offline(Question question, String answer, String remoteFailure) {
        if (!semanticOn) {
            return CompletableFuture.completedFuture(rubric(question, answer, remoteFailure, null));
        }
        return semantic.score(question, answer).handle((evaluation, failure) -> {
            if (failure == null) {
                return remoteFailure == null ? evaluation : new Evaluation(evaluation.score(), evaluation.marks(),
                        evaluation.feedback(), EvaluatorSource.SEMANTIC, remoteFailure + "; the semantic evaluator scored it");
            }
            return rubric(question, answer, remoteFailure, "semantic evaluator unavailable: " + SemanticModel.reason(failure));
        });
    }

    private Evaluation rubric(Question question, String answer, String remoteFailure, String semanticFailure) {
        Evaluation local = rubric.score(question, answer);
        EvaluatorSource source = remoteFailure == null ? EvaluatorSource.RUBRIC : EvaluatorSource.REMOTE_FALLBACK;
        String detail = remoteFailure == null ? (semanticFailure == null ? NO_REMOTE : semanticFailure)
                : semanticFailure == null ? remoteFailure : remoteFailure + "; " + semanticFailure;
        return new Evaluation(local.score(), local.marks(), local.feedback(), source, detail);
    }

    private void changed(Remote r, RemoteBreaker.Change change) {
        if (change == RemoteBreaker.Change.NONE || remote.get() != r) {
            return;
        }
        if (change == RemoteBreaker.Change.OPENED) {
            LOG.warn("{}: answers are scored by the rubric until a probe call succeeds", r.breaker().unavailableReason());
        } else {
            LOG.info("remote evaluator answers again: the breaker is closed");
        }
        notifyListeners();
    }

    private void notifyListeners() {
        EvaluatorStatus now = status();
        for (Consumer<EvaluatorStatus> l : listeners) {
            try {
                l.accept(now);
            } catch (RuntimeException e) {
                LOG.warn("evaluator status listener failed: {}", e.toString());
            }
        }
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
        Remote r = remote.getAndSet(null);
        if (r != null) {
            r.evaluator().close();
        }
    }
}
