package com.interviewiq.engine.simulate;

import com.interviewiq.engine.questions.CategoryCount;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.SessionService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One simulated interviewer's moves through the real services: open a session (planned and
 * started), then ask for the next question and answer it with a generated answer that the
 * configured evaluator scores. The simulator and the benchmark's interview workload both drive
 * sessions with it, so they measure the same path.
 */
public final class Interviewer {
    private final SessionService sessions;
    private final String tag;
    private final List<String> track;
    private final int questionsPerSession;

    /** {@code tag} is stored as the sessions' interviewer, so a run's sessions can be found (and removed) again. */
    public Interviewer(SessionService sessions, String tag, List<String> track, int questionsPerSession) {
        this.sessions = sessions;
        this.tag = tag;
        this.track = List.copyOf(track);
        this.questionsPerSession = questionsPerSession;
    }

    /** Every category with ready questions; fails when there is none. */
    public static CompletionStage<List<String>> readyTrack(QuestionBankService bank) {
        return bank.categories().thenApply(cats -> {
            List<String> ready = cats.stream().filter(c -> c.ready() > 0).map(CategoryCount::category).toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("the question bank has no ready questions; import some first");
            }
            return ready;
        });
    }

    /** Plans and starts interview number {@code index}; its id. */
    public CompletionStage<Long> open(int index) {
        // rotate the starting category so concurrent interviews do not all ask the same questions
        List<String> rotated = new ArrayList<>(track);
        Collections.rotate(rotated, -(index % Math.max(1, rotated.size())));
        NewSession plan = new NewSession("Candidate " + (index + 1), tag, rotated, questionsPerSession, null);
        return sessions.create(plan).thenCompose(s -> sessions.start(s.id())).thenApply(s -> s.id());
    }

    /** Asks for the next question and answers it: true when answered, false when the session ended instead. */
    public CompletionStage<Boolean> answerNext(long sessionId, SplittableRandom random) {
        return sessions.next(sessionId).thenCompose(step -> {
            if (step.finished()) {
                return CompletableFuture.completedFuture(false);
            }
            String text = AnswerGenerator.answer(step.question(), random);
            long took = 20_000 + random.nextLong(280_000);
            return sessions.submit(step, text, took).thenApply(answer -> true);
        });
    }
}
