package com.interviewiq.engine.sessions;

import java.util.List;

/**
 * What an interviewer fills in to plan a session. {@code track} lists the categories to cover
 * in turn; {@code timeLimitSeconds} is optional (null = no total limit).
 */
public record NewSession(String candidate, String interviewer, List<String> track, int plannedQuestions,
                         Integer timeLimitSeconds) {
    public NewSession {
        track = track == null ? List.of() : List.copyOf(track);
    }
}
