package com.interviewiq.engine.sessions;

import com.interviewiq.engine.evaluation.Evaluation;

/** A stored answer with its evaluation (null evaluation for a skip). */
public record SubmittedAnswer(Answer answer, Evaluation evaluation) {
}
