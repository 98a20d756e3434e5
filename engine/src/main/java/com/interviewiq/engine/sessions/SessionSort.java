package com.interviewiq.engine.sessions;

/**
 * The columns the history can be sorted by. Each names its own ORDER BY expression: the SQL
 * never contains a user's text, only one of these fragments. Names are compared lower-cased so
 * "ada" and "Bob" sort as a reader expects on every database.
 */
public enum SessionSort {
    ID("s.id"),
    CANDIDATE("LOWER(s.candidate)"),
    INTERVIEWER("LOWER(s.interviewer)"),
    STATUS("s.status"),
    CREATED("s.created_at"),
    STARTED("s.started_at"),
    FINISHED("s.finished_at"),
    ANSWERED("answered"),
    SCORE("average_score");

    private final String expression;

    SessionSort(String expression) {
        this.expression = expression;
    }

    /**
     * {@code expr DIR NULLS LAST, s.id DIR}: nulls (not started, not finished) go last on H2 and
     * PostgreSQL alike (their defaults differ), and the id makes equal values page stably.
     */
    String orderBy(boolean descending) {
        String dir = descending ? " DESC" : " ASC";
        return expression + dir + " NULLS LAST" + (this == ID ? "" : ", s.id" + dir);
    }
}
