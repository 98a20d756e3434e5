package com.interviewiq.engine.bench;

import com.interviewiq.engine.simulate.Interviewer;

import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One caller of the interview workload: each step answers one question through the services (ask
 * for the next question, submit an answer), opening a new session (plan and start) before the first
 * step and after every {@link BenchSql#STEPS_PER_SESSION} answers, as the other workloads do. A
 * caller's steps run one after another, so its session needs no locking.
 */
final class InterviewCaller implements Supplier<CompletionStage<?>> {
    private final Interviewer interviewer;
    private final AtomicInteger sessionNumbers;
    private final SplittableRandom random;
    private long session = -1;
    private int answered;

    InterviewCaller(Interviewer interviewer, AtomicInteger sessionNumbers, long seed) {
        this.interviewer = interviewer;
        this.sessionNumbers = sessionNumbers;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public CompletionStage<?> get() {
        CompletionStage<Boolean> step = session < 0 || answered >= BenchSql.STEPS_PER_SESSION
                ? inNewSession()
                : interviewer.answerNext(session, random);
        // a session may end before its five answers (no question fits): go on in a new one
        return step.thenCompose(ok -> ok ? CompletableFuture.completedFuture(true) : inNewSession())
                .thenApply(ok -> {
                    if (!ok) {
                        throw new IllegalStateException("a new interview session found no question to ask");
                    }
                    answered++;
                    return ok;
                })
                .whenComplete((ok, e) -> {
                    if (e != null) {
                        session = -1; // whatever state it was left in, carry on in a fresh one
                    }
                });
    }

    private CompletionStage<Boolean> inNewSession() {
        return interviewer.open(sessionNumbers.getAndIncrement()).thenCompose(id -> {
            session = id;
            answered = 0;
            return interviewer.answerNext(id, random);
        });
    }
}
