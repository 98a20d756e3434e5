package com.interviewiq.engine.sessions;

import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Tx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

/** The session history query, with its optional filters. */
final class SessionQueries {
    private SessionQueries() {
    }

    static CompletionStage<List<SessionSummary>> list(Tx tx, SessionFilter f) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (f.candidate() != null && !f.candidate().isBlank()) {
            where.add("LOWER(s.candidate) LIKE ? ESCAPE '!'");
            params.add(Sql.containsPattern(f.candidate().strip().toLowerCase(Locale.ROOT)));
        }
        if (f.status() != null) {
            where.add("s.status = ?");
            params.add(f.status().label());
        }
        if (f.from() != null) {
            where.add("s.created_at >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            where.add("s.created_at < ?");
            params.add(f.to());
        }
        String having = "";
        if (f.minScore() != null) {
            having = " HAVING AVG(CAST(COALESCE(a.override_score, a.score, 0) AS DOUBLE PRECISION)) >= ?";
            params.add(f.minScore().doubleValue());
        }
        params.add(f.limit());
        params.add(f.offset());
        String sql = """
                SELECT s.id, s.candidate, s.interviewer, s.status, s.created_at, s.finished_at,
                       COUNT(a.id) AS answered,
                       AVG(CAST(COALESCE(a.override_score, a.score, 0) AS DOUBLE PRECISION)) AS average_score
                FROM interview_sessions s LEFT JOIN answers a ON a.session_id = s.id"""
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " GROUP BY s.id, s.candidate, s.interviewer, s.status, s.created_at, s.finished_at" + having
                + " ORDER BY s.created_at DESC, s.id DESC LIMIT ? OFFSET ?";
        return tx.query(Sql.of(sql, params.toArray()), r -> new SessionSummary(r.getLong("id"), r.getString("candidate"),
                r.getString("interviewer"), SessionStatus.fromLabel(r.getString("status")), r.getInstant("created_at"),
                r.getInstant("finished_at"), r.getInt("answered"), r.getDouble("average_score")));
    }
}
