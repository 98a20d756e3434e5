package com.interviewiq.engine.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Row;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionReader;
import com.interviewiq.engine.questions.RubricCriterion;
import com.interviewiq.engine.transfer.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Writes everything (questions with their versions and rubrics, sessions with their answers,
 * evaluations, overrides and notes, all timestamps) as one {@code interviewiq-archive/1} JSON
 * document, streamed: a page of rows at a time is read and written, so the size of the database
 * does not matter. Questions are referred to by key, not id, so the archive loads into any
 * database. The file is 0600 and appears only when complete.
 */
public final class ArchiveExport {
    public static final String FORMAT = "interviewiq-archive/1";
    private static final int QUESTION_PAGE = 500;
    private static final int SESSION_PAGE = 200;
    private static final long PAGE_TIMEOUT_SECONDS = 120;

    /** What was written. */
    public record Summary(long questions, long sessions, long answers, long bytes) {
    }

    private final Database db;
    private final Clock clock;

    public ArchiveExport(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Writes the archive; blocks page by page, so call it off the FX thread. */
    public Summary write(Path file, Progress progress) {
        long[] counts = new long[3];
        long total = totalSessions();
        PrivateFiles.write(file, out -> {
            try (JsonGenerator g = JsonSupport.mapper().getFactory().createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeStringField("exportedAt", clock.instant().toString());
                g.writeArrayFieldStart("questions");
                counts[0] = writeQuestions(g);
                g.writeEndArray();
                g.writeArrayFieldStart("sessions");
                writeSessions(g, counts, total, progress);
                g.writeEndArray();
                g.writeObjectFieldStart("counts");
                g.writeNumberField("questions", counts[0]);
                g.writeNumberField("sessions", counts[1]);
                g.writeNumberField("answers", counts[2]);
                g.writeEndObject();
                g.writeEndObject();
            }
        });
        try {
            return new Summary(counts[0], counts[1], counts[2], java.nio.file.Files.size(file));
        } catch (IOException e) {
            return new Summary(counts[0], counts[1], counts[2], -1);
        }
    }

    private long totalSessions() {
        return await(db.inTransaction(tx -> tx.queryOne(Sql.of("SELECT COUNT(*) AS c FROM interview_sessions"),
                r -> r.getLong("c"))));
    }

    private long writeQuestions(JsonGenerator g) throws IOException {
        long after = 0;
        long n = 0;
        while (true) {
            long from = after;
            List<Question> page = await(db.inTransaction(tx -> tx.query(Sql.of("SELECT " + QuestionReader.COLUMNS
                    + " FROM questions WHERE id > ? ORDER BY id LIMIT ?", from, QUESTION_PAGE), QuestionReader::map)));
            for (Question q : page) {
                writeQuestion(g, q);
                after = q.id();
                n++;
            }
            if (page.size() < QUESTION_PAGE) {
                return n;
            }
        }
    }

    private static void writeQuestion(JsonGenerator g, Question q) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", q.key());
        g.writeStringField("category", q.category());
        g.writeNumberField("difficulty", q.difficulty());
        g.writeStringField("title", q.title());
        g.writeStringField("prompt", q.prompt());
        g.writeArrayFieldStart("tags");
        for (String t : q.tags()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rubric");
        for (RubricCriterion c : q.rubric()) {
            g.writeStartObject();
            g.writeStringField("criterion", c.criterion());
            g.writeNumberField("weight", c.weight());
            g.writeArrayFieldStart("keywords");
            for (String k : c.keywords()) {
                g.writeString(k);
            }
            g.writeEndArray();
            if (!c.examples().isEmpty()) {
                g.writeArrayFieldStart("examples");
                for (String e : c.examples()) {
                    g.writeString(e);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("timeLimitSeconds", q.timeLimitSeconds());
        g.writeStringField("status", q.status().label());
        g.writeNumberField("version", q.version());
        instant(g, "createdAt", q.createdAt());
        instant(g, "updatedAt", q.updatedAt());
        g.writeEndObject();
    }

    /** One session row with what the archive keeps of it; answers are read per page of sessions. */
    private record SessionRow(long id, String candidate, String interviewer, String track, int plannedQuestions,
                              Integer timeLimitSeconds, String status, int currentDifficulty, String currentQuestionKey,
                              Instant currentServedAt, String stopReason, Instant createdAt, Instant startedAt,
                              Instant pausedAt, long pausedMillis, Instant finishedAt, int version) {
        static SessionRow map(Row r) {
            return new SessionRow(r.getLong("id"), r.getString("candidate"), r.getString("interviewer"), r.getString("track"),
                    r.getInt("planned_questions"), r.getInt("time_limit_seconds"), r.getString("status"),
                    r.getInt("current_difficulty"), r.getString("current_question_key"), r.getInstant("current_served_at"),
                    r.getString("stop_reason"), r.getInstant("created_at"), r.getInstant("started_at"),
                    r.getInstant("paused_at"), r.getLong("paused_millis"), r.getInstant("finished_at"), r.getInt("version"));
        }
    }

    private record AnswerRow(long sessionId, String questionKey, int seq, String category, int difficulty, String text,
                             boolean skipped, long timeTakenMs, Integer score, String marks, String feedback,
                             String source, String detail, Integer overrideScore, String overrideNote, String overrideBy,
                             Instant overrideAt, Instant answeredAt) {
        static AnswerRow map(Row r) {
            return new AnswerRow(r.getLong("session_id"), r.getString("question_key"), r.getInt("seq"),
                    r.getString("category"), r.getInt("difficulty"), r.getString("answer_text"), r.getBoolean("skipped"),
                    r.getLong("time_taken_ms"), r.getInt("score"), r.getString("criteria_marks"), r.getString("feedback"),
                    r.getString("evaluator_source"), r.getString("evaluator_detail"), r.getInt("override_score"), r.getString("override_note"),
                    r.getString("override_by"), r.getInstant("override_at"), r.getInstant("answered_at"));
        }
    }

    private record Page(List<SessionRow> sessions, List<AnswerRow> answers) {
    }

    private void writeSessions(JsonGenerator g, long[] counts, long total, Progress progress) throws IOException {
        long after = 0;
        while (true) {
            long from = after;
            Page page = await(db.inTransaction(tx -> tx.query(Sql.of("""
                            SELECT s.id, s.candidate, s.interviewer, s.track, s.planned_questions, s.time_limit_seconds,
                                   s.status, s.current_difficulty, q.question_key AS current_question_key,
                                   s.current_served_at, s.stop_reason, s.created_at, s.started_at, s.paused_at,
                                   s.paused_millis, s.finished_at, s.version
                            FROM interview_sessions s LEFT JOIN questions q ON q.id = s.current_question_id
                            WHERE s.id > ? ORDER BY s.id LIMIT ?""", from, SESSION_PAGE), SessionRow::map)
                    .thenCompose(sessions -> sessions.isEmpty()
                            ? java.util.concurrent.CompletableFuture.completedFuture(new Page(sessions, List.of()))
                            : tx.query(Sql.of("""
                                    SELECT a.session_id, q.question_key, a.seq, a.category, a.difficulty, a.answer_text,
                                           a.skipped, a.time_taken_ms, a.score, a.criteria_marks, a.feedback,
                                           a.evaluator_source, a.evaluator_detail, a.override_score, a.override_note, a.override_by,
                                           a.override_at, a.answered_at
                                    FROM answers a JOIN questions q ON q.id = a.question_id
                                    WHERE a.session_id > ? AND a.session_id <= ? ORDER BY a.session_id, a.seq""",
                                    from, sessions.getLast().id()), AnswerRow::map)
                            .thenApply(answers -> new Page(sessions, answers)))));
            int a = 0;
            for (SessionRow s : page.sessions()) {
                writeSession(g, s);
                g.writeArrayFieldStart("answers");
                while (a < page.answers().size() && page.answers().get(a).sessionId() == s.id()) {
                    writeAnswer(g, page.answers().get(a++));
                    counts[2]++;
                }
                g.writeEndArray();
                g.writeEndObject();
                counts[1]++;
                after = s.id();
            }
            progress.update(counts[1], Math.max(total, counts[1]));
            if (page.sessions().size() < SESSION_PAGE) {
                return;
            }
        }
    }

    /** Writes the session's fields and leaves its object open for the answers. */
    private static void writeSession(JsonGenerator g, SessionRow s) throws IOException {
        g.writeStartObject();
        g.writeStringField("candidate", s.candidate());
        g.writeStringField("interviewer", s.interviewer());
        g.writeFieldName("track");
        g.writeTree(JsonSupport.mapper().readTree(s.track()));
        g.writeNumberField("plannedQuestions", s.plannedQuestions());
        number(g, "timeLimitSeconds", s.timeLimitSeconds());
        g.writeStringField("status", s.status());
        g.writeNumberField("currentDifficulty", s.currentDifficulty());
        g.writeStringField("currentQuestionKey", s.currentQuestionKey());
        instant(g, "currentServedAt", s.currentServedAt());
        g.writeStringField("stopReason", s.stopReason());
        instant(g, "createdAt", s.createdAt());
        instant(g, "startedAt", s.startedAt());
        instant(g, "pausedAt", s.pausedAt());
        g.writeNumberField("pausedMillis", s.pausedMillis());
        instant(g, "finishedAt", s.finishedAt());
        g.writeNumberField("version", s.version());
    }

    private static void writeAnswer(JsonGenerator g, AnswerRow a) throws IOException {
        g.writeStartObject();
        g.writeStringField("questionKey", a.questionKey());
        g.writeNumberField("seq", a.seq());
        g.writeStringField("category", a.category());
        g.writeNumberField("difficulty", a.difficulty());
        g.writeStringField("text", a.text());
        g.writeBooleanField("skipped", a.skipped());
        g.writeNumberField("timeTakenMs", a.timeTakenMs());
        number(g, "score", a.score());
        g.writeFieldName("criteriaMarks");
        if (a.marks() == null) {
            g.writeNull();
        } else {
            g.writeTree(JsonSupport.mapper().readTree(a.marks()));
        }
        g.writeStringField("feedback", a.feedback());
        g.writeStringField("evaluatorSource", a.source());
        g.writeStringField("evaluatorDetail", a.detail());
        number(g, "overrideScore", a.overrideScore());
        g.writeStringField("overrideNote", a.overrideNote());
        g.writeStringField("overrideBy", a.overrideBy());
        instant(g, "overrideAt", a.overrideAt());
        instant(g, "answeredAt", a.answeredAt());
        g.writeEndObject();
    }

    private static void instant(JsonGenerator g, String field, Instant t) throws IOException {
        g.writeStringField(field, t == null ? null : t.toString());
    }

    private static void number(JsonGenerator g, String field, Integer v) throws IOException {
        if (v == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, v);
        }
    }

    private static <T> T await(CompletionStage<T> stage) {
        return DataException.awaitExportPage(stage, PAGE_TIMEOUT_SECONDS);
    }
}
