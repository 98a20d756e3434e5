package com.interviewiq.engine.sessions;

import com.interviewiq.engine.questions.Question;

/**
 * The result of asking for the next question: the question to ask (number {@code number} in
 * the session), or none because the session stopped ({@code session.stopReason()} says why).
 */
public record NextStep(InterviewSession session, Question question, int number) {
    public boolean finished() {
        return question == null;
    }
}
