package com.interviewiq.ui.shell;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.RubricCriterion;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.engine.sessions.SubmittedAnswer;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * Interviews for the screenshot tour, made through the services as the runner makes them: one
 * finished (with a skip and an override) for the report, one waiting at its first question.
 */
final class TourInterviews {
    record Made(long finished, long open) {
    }

    private TourInterviews() {
    }

    static CompletionStage<Made> make(Engine engine) {
        SessionService s = engine.sessions();
        List<String> track = List.of("Java", "SQL", "Concurrency", "System Design");
        return s.create(new NewSession("Ada Lovelace", "Grace Hopper", track, 5, 45 * 60))
                .thenCompose(a -> s.start(a.id()))
                .thenCompose(a -> answer(s, a.id(), 0, 5).thenApply(x -> a.id()))
                .thenCompose(done -> s.create(new NewSession("Alan Turing", "Grace Hopper", track, 5, 30 * 60))
                        .thenCompose(b -> s.start(b.id()))
                        .thenApply(b -> new Made(done, b.id())));
    }

    /** Answers question {@code n} onwards: well, except a skip at the third and an override at the second. */
    private static CompletionStage<Void> answer(SessionService s, long id, int n, int total) {
        if (n == total) {
            return s.next(id).thenApply(x -> null);
        }
        return s.next(id).thenCompose(step -> {
            Question q = step.question();
            CompletionStage<SubmittedAnswer> answered = n == 2 ? s.skip(id, q.id(), 20_000)
                    : s.submit(id, q.id(), answerFor(q, n), 60_000 + 15_000L * n);
            return answered.thenCompose(a -> n == 1
                    ? s.override(a.answer().id(), 85, "explained the trade-off well")
                    : CompletableFuture.completedFuture(null));
        }).thenCompose(x -> answer(s, id, n + 1, total));
    }

    /** Names most of the rubric's points: a plausible good answer. */
    static String answerFor(Question q, int n) {
        List<RubricCriterion> points = q.rubric();
        int named = Math.max(1, points.size() - (n % 2));
        return "I would " + points.subList(0, named).stream().map(c -> c.keywords().isEmpty() ? c.criterion()
                : String.join(" and ", c.keywords().subList(0, Math.min(2, c.keywords().size()))))
                .collect(Collectors.joining("; then ")) + ".";
    }
}
