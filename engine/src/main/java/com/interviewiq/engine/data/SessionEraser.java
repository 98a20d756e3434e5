package com.interviewiq.engine.data;

import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Tx;
import com.interviewiq.engine.validation.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Deletes sessions for good: by id, every session of one candidate (erasure on request), or all
 * created before a time (retention). Answers go with their session in the same transaction (the
 * foreign key cascades too, so no orphan can exist); nothing is kept behind. Each call counts what
 * it removes first, so a preview ({@code dryRun}) shows exactly what would go. The log gets only
 * counts and the time, never a name or an answer.
 */
public final class SessionEraser {
    private static final Logger LOG = LoggerFactory.getLogger(SessionEraser.class);

    /** What went (or would go): sessions, their answers, the evaluations and interviewer notes among them. */
    public record Counts(long sessions, long answers, long evaluations, long notes) {
        public String sentence() {
            return sessions + " session(s), " + answers + " answer(s), " + evaluations + " evaluation(s) and "
                    + notes + " note(s)";
        }
    }

    private final Database db;
    private final String actor;

    public SessionEraser(Database db) {
        this(db, com.interviewiq.engine.config.DataSettings.osUser());
    }

    /** @param actor who deletes here (the interviewer name in the settings), said in the log line */
    public SessionEraser(Database db, String actor) {
        this.db = db;
        this.actor = actor;
    }

    /** Deletes these sessions; an id that does not exist fails the whole call (nothing deleted). */
    public CompletionStage<Counts> delete(List<Long> ids, boolean dryRun) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            return CompletableFuture.completedFuture(new Counts(0, 0, 0, 0));
        }
        Where where = new Where("id IN (" + Sql.placeholders(distinct.size()) + ")", distinct.toArray());
        return db.inTransaction(tx -> tx.query(Sql.of("SELECT id FROM interview_sessions WHERE " + where.sql, where.args),
                r -> r.getLong("id")).thenCompose(found -> {
                    List<Long> missing = new ArrayList<>(distinct);
                    missing.removeAll(found);
                    if (!missing.isEmpty()) {
                        throw new NotFoundException("no session " + missing.getFirst()
                                + (missing.size() > 1 ? " (nor " + (missing.size() - 1) + " more)" : "") + "; nothing was deleted");
                    }
                    return remove(tx, where, dryRun);
                })).thenApply(c -> logged(c, dryRun, "sessions deleted"));
    }

    /** Every session of the candidate with exactly this name. */
    public CompletionStage<Counts> eraseCandidate(String name, boolean dryRun) {
        if (name == null || name.isBlank()) {
            return CompletableFuture.failedFuture(new DataException("name the candidate to erase"));
        }
        Where where = new Where("candidate = ?", name);
        return db.inTransaction(tx -> remove(tx, where, dryRun)).thenApply(c -> logged(c, dryRun, "candidate erased"));
    }

    /** Every session created before {@code cutoff}. */
    public CompletionStage<Counts> purgeCreatedBefore(Instant cutoff, boolean dryRun) {
        Where where = new Where("created_at < ?", cutoff);
        return db.inTransaction(tx -> remove(tx, where, dryRun)).thenApply(c -> logged(c, dryRun, "old sessions purged"));
    }

    private record Where(String sql, Object... args) {
    }

    /** After the commit: who, the counts and the time (the log line's own); never the candidate's name. */
    private Counts logged(Counts counts, boolean dryRun, String what) {
        if (!dryRun && counts.sessions() > 0) {
            LOG.info("{} by {}: {} removed", what, actor, counts.sentence());
        }
        return counts;
    }

    private static CompletionStage<Counts> remove(Tx tx, Where where, boolean dryRun) {
        String sessions = "SELECT id FROM interview_sessions WHERE " + where.sql;
        return tx.queryOne(Sql.of("SELECT COUNT(*) AS c FROM interview_sessions WHERE " + where.sql, where.args),
                r -> r.getLong("c")).thenCompose(n -> tx.queryOne(Sql.of("""
                        SELECT COUNT(*) AS answers, COUNT(score) AS evaluations, COUNT(override_note) AS notes
                        FROM answers WHERE session_id IN (""" + sessions + ")", where.args),
                r -> new Counts(n, r.getLong("answers"), r.getLong("evaluations"), r.getLong("notes"))))
                .thenCompose(counts -> {
                    if (dryRun || counts.sessions() == 0) {
                        return CompletableFuture.completedFuture(counts);
                    }
                    return tx.update(Sql.of("DELETE FROM answers WHERE session_id IN (" + sessions + ")", where.args))
                            .thenCompose(x -> tx.update(Sql.of("DELETE FROM interview_sessions WHERE " + where.sql, where.args)))
                            .thenApply(x -> counts);
                });
    }
}
