package com.interviewiq.engine.sessions;

import com.interviewiq.engine.db.Tx;
import com.interviewiq.engine.questions.Page;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** The session history: a filter's slice newest first, or a sorted page with the number of matches. */
final class SessionQueries {
    private SessionQueries() {
    }

    static CompletionStage<List<SessionSummary>> list(Tx tx, SessionFilter f) {
        return tx.query(SessionWhere.of(f).page(SessionSort.CREATED, true, f.offset(), f.limit()), SessionQueries::summary);
    }

    /** The count and the page in one transaction, so "n match" and the rows agree. */
    static CompletionStage<Page<SessionSummary>> page(Tx tx, SessionQuery q) {
        SessionWhere where = SessionWhere.of(q.where());
        return tx.queryOne(where.count(), r -> r.getLong("c"))
                .thenCompose(total -> tx.query(where.page(q.sort(), q.descending(), q.offset(), q.limit()),
                                SessionQueries::summary)
                        .thenApply(items -> new Page<>(items, total, q.offset(), q.limit())));
    }

    private static SessionSummary summary(com.interviewiq.engine.db.Row r) {
        return new SessionSummary(r.getLong("id"), r.getString("candidate"), r.getString("interviewer"),
                SessionStatus.fromLabel(r.getString("status")), r.getInstant("created_at"), r.getInstant("finished_at"),
                r.getInt("answered"), r.getDouble("average_score"), r.getInstant("started_at"));
    }
}
