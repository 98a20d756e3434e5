package com.interviewiq.engine.sessions;

import com.interviewiq.engine.db.Sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link SessionFilter} as SQL over {@code interview_sessions s} (joined, when grouping, with
 * {@code answers a}): the conditions on the session and, for a minimum score, a HAVING on the
 * average. The history page, its count and the answer export all select the same sessions
 * through it. Every value is a bound parameter.
 */
public final class SessionWhere {
    /** The score that counts per answer (the override when there is one; 0 for a skipped one), averaged. */
    static final String AVERAGE = "AVG(CAST(COALESCE(a.override_score, a.score, 0) AS DOUBLE PRECISION))";

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();
    private final String having;
    private final List<Object> havingParams = new ArrayList<>();

    private SessionWhere(SessionFilter f) {
        if (f.candidate() != null && !f.candidate().isBlank()) {
            conditions.add("LOWER(s.candidate) LIKE ? ESCAPE '!'");
            params.add(Sql.containsPattern(f.candidate().strip().toLowerCase(Locale.ROOT)));
        }
        if (f.status() != null) {
            conditions.add("s.status = ?");
            params.add(f.status().label());
        }
        if (f.from() != null) {
            conditions.add("s.created_at >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            conditions.add("s.created_at < ?");
            params.add(f.to());
        }
        if (f.minScore() != null) {
            having = " HAVING " + AVERAGE + " >= ?";
            havingParams.add(f.minScore().doubleValue());
        } else {
            having = "";
        }
    }

    public static SessionWhere of(SessionFilter filter) {
        return new SessionWhere(filter);
    }

    /** True when the filter needs the answers (a minimum score): the sessions must be grouped with them. */
    public boolean grouped() {
        return !having.isEmpty();
    }

    /**
     * The ids of matching sessions after {@code afterId}, ascending, at most {@code limit}: a keyset
     * page for readers that walk every match (the export), cheap at any depth.
     */
    public Sql idsAfter(long afterId, int limit) {
        List<Object> p = new ArrayList<>(params);
        p.add(afterId);
        p.addAll(havingParams);
        p.add(limit);
        return new Sql("SELECT s.id FROM interview_sessions s" + join() + where("s.id > ?") + groupById()
                + " ORDER BY s.id LIMIT ?", p);
    }

    /** How many sessions match. */
    public Sql count() {
        List<Object> p = new ArrayList<>(params);
        p.addAll(havingParams);
        String inner = "SELECT s.id FROM interview_sessions s" + join() + where(null) + groupById();
        return new Sql(grouped() ? "SELECT COUNT(*) AS c FROM (" + inner + ") m"
                : "SELECT COUNT(*) AS c FROM interview_sessions s" + where(null), p);
    }

    /** One page of summaries in the given order. */
    Sql page(SessionSort sort, boolean descending, int offset, int limit) {
        List<Object> p = new ArrayList<>(params);
        p.addAll(havingParams);
        p.add(limit);
        p.add(offset);
        return new Sql("""
                SELECT s.id, s.candidate, s.interviewer, s.status, s.created_at, s.started_at, s.finished_at,
                       COUNT(a.id) AS answered, """ + AVERAGE + """
                 AS average_score
                FROM interview_sessions s LEFT JOIN answers a ON a.session_id = s.id"""
                + where(null)
                + " GROUP BY s.id, s.candidate, s.interviewer, s.status, s.created_at, s.started_at, s.finished_at"
                + having + " ORDER BY " + sort.orderBy(descending) + " LIMIT ? OFFSET ?", p);
    }

    private String join() {
        return grouped() ? " LEFT JOIN answers a ON a.session_id = s.id" : "";
    }

    private String groupById() {
        return grouped() ? " GROUP BY s.id" + having : "";
    }

    private String where(String extra) {
        List<String> all = new ArrayList<>(conditions);
        if (extra != null) {
            all.add(extra);
        }
        return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
    }
}
