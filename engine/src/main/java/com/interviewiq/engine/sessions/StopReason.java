package com.interviewiq.engine.sessions;

/** Why a session ended, as stored in stop_reason. */
public final class StopReason {
    public static final String PLANNED_COUNT = "planned questions reached";
    public static final String TIME_LIMIT = "time limit reached";
    public static final String NO_QUESTION_FITS = "no question fits";
    public static final String BY_INTERVIEWER = "finished by interviewer";
    public static final String ABANDONED = "abandoned";

    private StopReason() {
    }
}
