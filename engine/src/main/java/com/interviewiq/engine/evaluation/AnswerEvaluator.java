package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.questions.Question;

import java.util.concurrent.CompletionStage;

/** Scores an answer to a question. Implementations must not fail for a valid question and answer. */
@FunctionalInterface
public interface AnswerEvaluator {
    CompletionStage<Evaluation> evaluate(Question question, String answer);

    /**
     * A hint that an answer to {@code question} will come (it was just served): an evaluator may get
     * ready meanwhile, e.g. load its model and embed the rubric while the candidate thinks. Must not block.
     */
    default CompletionStage<Void> prepare(Question question) {
        return java.util.concurrent.CompletableFuture.completedFuture(null);
    }
}
