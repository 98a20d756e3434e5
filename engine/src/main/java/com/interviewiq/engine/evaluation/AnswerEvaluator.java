package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.questions.Question;

import java.util.concurrent.CompletionStage;

/** Scores an answer to a question. Implementations must not fail for a valid question and answer. */
@FunctionalInterface
public interface AnswerEvaluator {
    CompletionStage<Evaluation> evaluate(Question question, String answer);
}
