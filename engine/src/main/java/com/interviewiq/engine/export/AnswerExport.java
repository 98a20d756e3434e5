package com.interviewiq.engine.export;

import com.interviewiq.engine.data.DataException;
import com.interviewiq.engine.data.PrivateFiles;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Row;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionWhere;
import com.interviewiq.engine.transfer.Progress;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Every answer of the sessions a filter selects, one row per answer, as CSV or JSON: for
 * spreadsheets and HR systems. Streamed: sessions are walked by id in keyset pages, each page's
 * answers read with it and written before the next is asked for, so memory does not grow with
 * the history. The CLI and the Sessions screen share it.
 */
public final class AnswerExport {
    static final int SESSION_PAGE = 200;
    private static final long PAGE_TIMEOUT_SECONDS = 120;

    /** What was written. */
    public record Summary(long sessions, long answers) {
    }

    private final Database db;

    public AnswerExport(Database db) {
        this.db = db;
    }

    /**
     * Writes the answers of the sessions {@code filter} selects (its offset and limit are not used:
     * every match is written) to {@code out}, which stays open. Blocks page by page: call it off the
     * FX thread. {@code progress} counts sessions.
     */
    public Summary write(SessionFilter filter, AnswerFormat format, Writer out, Progress progress) {
        SessionWhere where = SessionWhere.of(filter);
        long total = await(db.inTransaction(tx -> tx.queryOne(where.count(), r -> r.getLong("c"))));
        long sessions = 0;
        long answers = 0;
        try (AnswerWriter w = AnswerWriter.of(format, out)) {
            long after = 0;
            while (true) {
                Batch batch = await(nextBatch(where, after));
                for (AnswerRow row : batch.answers()) {
                    w.write(row);
                }
                sessions += batch.ids().size();
                answers += batch.answers().size();
                progress.update(sessions, Math.max(total, sessions));
                if (batch.ids().size() < SESSION_PAGE) {
                    return new Summary(sessions, answers);
                }
                after = batch.ids().getLast();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
        }
    }

    /** As {@link #write(SessionFilter, AnswerFormat, Writer, Progress)} into a 0600 file that appears only when complete. */
    public Summary writeFile(SessionFilter filter, AnswerFormat format, Path file, Progress progress) {
        Summary[] done = new Summary[1];
        PrivateFiles.write(file.toAbsolutePath(), stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            done[0] = write(filter, format, w, progress);
            w.flush();
        });
        return done[0];
    }

    private record Batch(List<Long> ids, List<AnswerRow> answers) {
    }

    private CompletionStage<Batch> nextBatch(SessionWhere where, long after) {
        return db.inTransaction(tx -> tx.query(where.idsAfter(after, SESSION_PAGE), r -> r.getLong("id"))
                .thenCompose(ids -> ids.isEmpty() ? CompletableFuture.completedFuture(new Batch(ids, List.of()))
                        : tx.query(answersOf(ids), AnswerExport::row).thenApply(rows -> new Batch(ids, rows))));
    }

    /** The page's answers, by session then by the order they were asked. */
    private static Sql answersOf(List<Long> ids) {
        return new Sql("""
                SELECT a.session_id, s.candidate, s.interviewer, s.started_at, s.finished_at, a.answered_at,
                       q.question_key, q.title, a.category, a.difficulty, a.skipped, a.score, a.override_score,
                       a.override_note, a.evaluator_source, a.evaluator_detail
                FROM answers a JOIN interview_sessions s ON s.id = a.session_id JOIN questions q ON q.id = a.question_id
                WHERE a.session_id IN (""" + Sql.placeholders(ids.size()) + ") ORDER BY a.session_id, a.seq",
                List.copyOf(ids));
    }

    private static AnswerRow row(Row r) {
        return new AnswerRow(r.getLong("session_id"), r.getString("candidate"), r.getString("interviewer"),
                r.getInstant("started_at"), r.getInstant("finished_at"), r.getInstant("answered_at"),
                r.getString("question_key"), r.getString("title"), r.getString("category"), r.getInt("difficulty"),
                r.getBoolean("skipped"), r.getInt("score"), r.getInt("override_score"), r.getString("override_note"),
                r.getString("evaluator_source"), r.getString("evaluator_detail"));
    }

    private static <T> T await(CompletionStage<T> stage) {
        return DataException.awaitExportPage(stage, PAGE_TIMEOUT_SECONDS);
    }
}
