package com.interviewiq.engine.sessions;

import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Tx;
import com.interviewiq.engine.evaluation.AnswerEvaluator;
import com.interviewiq.engine.evaluation.Evaluation;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionReader;
import com.interviewiq.engine.validation.ConflictException;
import com.interviewiq.engine.validation.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Interview sessions: plan, start, ask (adaptive), answer, skip, pause, finish, abandon,
 * override. State transitions are enforced in the database (conditional updates), so a double
 * submit or a race between two consoles cannot store an answer twice. Evaluation runs between
 * transactions: no connection is held while a remote evaluator thinks.
 */
public final class SessionService {
    private final Database db;
    private final AnswerEvaluator evaluator;
    private final Clock clock;
    private final String actor;

    public SessionService(Database db, AnswerEvaluator evaluator, Clock clock) {
        this(db, evaluator, clock, com.interviewiq.engine.config.DataSettings.osUser());
    }

    /** @param actor who overrides scores here (the interviewer name in the settings), recorded with each override */
    public SessionService(Database db, AnswerEvaluator evaluator, Clock clock, String actor) {
        this.db = db;
        this.evaluator = evaluator;
        this.clock = clock;
        this.actor = actor;
    }

    public CompletionStage<InterviewSession> create(NewSession plan) {
        NewSession p;
        try {
            p = SessionRules.validated(plan);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Instant now = clock.instant();
        return db.inTransaction(tx -> SessionRules.checkTrackExists(tx, p.track())
                .thenCompose(x -> tx.insert(Sql.of("""
                        INSERT INTO interview_sessions (candidate, interviewer, track, planned_questions,
                               time_limit_seconds, status, current_difficulty, created_at, paused_millis, version)
                        VALUES (?, ?, ?, ?, ?, 'planned', ?, ?, 0, 1)""",
                        p.candidate(), p.interviewer(), SessionRows.json(p.track()), p.plannedQuestions(),
                        Sql.orNull(p.timeLimitSeconds(), Integer.class), SessionRules.START_DIFFICULTY, now)))
                .thenCompose(id -> load(tx, id)));
    }

    public CompletionStage<InterviewSession> start(long id) {
        Instant now = clock.instant();
        return transition(id, "start", List.of(SessionStatus.PLANNED),
                Sql.of("UPDATE interview_sessions SET status = 'in_progress', started_at = ?, version = version + 1"
                        + " WHERE id = ? AND status = 'planned'", now, id));
    }

    /**
     * The question to ask now: the outstanding one if there is one (asking twice is safe), else a
     * newly selected one; or none when a stop rule ends the session.
     */
    public CompletionStage<NextStep> next(long id) {
        Instant now = clock.instant();
        return db.inTransaction(tx -> load(tx, id).thenCompose(s -> {
            requireStatus(s, "get the next question of", SessionStatus.IN_PROGRESS);
            return answeredCount(tx, id).thenCompose(asked -> {
                if (s.currentQuestionId() != null) {
                    return question(tx, s.currentQuestionId()).thenApply(q -> new NextStep(s, q, asked + 1));
                }
                String stop = stopReason(s, asked, now);
                if (stop != null) {
                    return complete(tx, s, stop, now).thenApply(done -> new NextStep(done, null, asked));
                }
                return AdaptiveSelector.pick(tx, s, asked).thenCompose(q -> {
                    if (q.isEmpty()) {
                        return complete(tx, s, StopReason.NO_QUESTION_FITS, now).thenApply(done -> new NextStep(done, null, asked));
                    }
                    return tx.update(Sql.of("""
                                    UPDATE interview_sessions SET current_question_id = ?, current_served_at = ?,
                                           version = version + 1
                                    WHERE id = ? AND version = ?""", q.get().id(), now, id, s.version()))
                            .thenCompose(n -> {
                                if (n != 1) {
                                    throw new ConflictException("session " + id + " changed meanwhile; ask again");
                                }
                                return load(tx, id);
                            })
                            .thenApply(updated -> new NextStep(updated, q.get(), asked + 1));
                });
            });
        }));
    }

    /** Evaluates and stores an answer to the outstanding question. */
    public CompletionStage<SubmittedAnswer> submit(long id, long questionId, String text, long timeTakenMs) {
        if (timeTakenMs < 0) {
            return CompletableFuture.failedFuture(new com.interviewiq.engine.validation.ValidationException(
                    "timeTakenMs", "must not be negative"));
        }
        String answer = text == null ? "" : text;
        if (answer.length() > SessionRules.MAX_ANSWER) {
            return CompletableFuture.failedFuture(new com.interviewiq.engine.validation.ValidationException(
                    "answer", "must be at most " + SessionRules.MAX_ANSWER + " characters, got " + answer.length()));
        }
        return db.inTransaction(tx -> load(tx, id).thenCompose(s -> requireOutstanding(tx, s, questionId))
                        .thenCompose(s -> question(tx, questionId)))
                .thenCompose(q -> evaluator.evaluate(q, answer).thenApply(e -> new Object[] {q, e}))
                .thenCompose(qe -> store(id, (Question) qe[0], answer, false, timeTakenMs, (Evaluation) qe[1]));
    }

    public CompletionStage<SubmittedAnswer> skip(long id, long questionId, long timeTakenMs) {
        return db.inTransaction(tx -> load(tx, id).thenCompose(s -> requireOutstanding(tx, s, questionId))
                        .thenCompose(s -> question(tx, questionId)))
                .thenCompose(q -> store(id, q, null, true, Math.max(0, timeTakenMs), null));
    }

    private CompletionStage<SubmittedAnswer> store(long id, Question q, String text, boolean skipped, long timeTakenMs,
                                                   Evaluation e) {
        Instant now = clock.instant();
        Integer score = e == null ? null : e.score();
        return db.inTransaction(tx -> load(tx, id).thenCompose(s -> {
            int nextDifficulty = AdaptiveSelector.nextDifficulty(s.currentDifficulty(), score);
            // the conditional update is the guard against a double submit: only one can clear the question
            return tx.update(Sql.of("""
                            UPDATE interview_sessions SET current_question_id = NULL, current_served_at = NULL,
                                   current_difficulty = ?, version = version + 1
                            WHERE id = ? AND current_question_id = ? AND status = 'in_progress'""",
                            nextDifficulty, id, q.id()))
                    .thenCompose(n -> {
                        if (n != 1) {
                            throw new ConflictException("question " + q.id() + " is no longer outstanding in session "
                                    + id + " (answered already, or the session was paused or finished)");
                        }
                        return answeredCount(tx, id);
                    })
                    .thenCompose(asked -> tx.insert(Sql.of("""
                                    INSERT INTO answers (session_id, question_id, seq, category, difficulty, answer_text,
                                           skipped, time_taken_ms, score, criteria_marks, feedback, evaluator_source,
                                           evaluator_detail, answered_at)
                                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                            id, q.id(), asked + 1, q.category(), q.difficulty(), Sql.orNull(text, String.class),
                            skipped, timeTakenMs, Sql.orNull(score, Integer.class),
                            Sql.orNull(e == null ? null : SessionRows.json(e.marks()), String.class),
                            Sql.orNull(e == null ? null : truncate(e.feedback(), 4000), String.class),
                            Sql.orNull(e == null ? null : e.source().label(), String.class),
                            Sql.orNull(e == null ? null : truncate(e.detail(), 1000), String.class), now)))
                    .thenCompose(answerId -> tx.queryOne(Sql.of("SELECT " + SessionRows.ANSWER_COLUMNS
                            + " FROM answers WHERE id = ?", answerId), SessionRows::answer))
                    .thenApply(a -> new SubmittedAnswer(a, e));
        }));
    }

    public CompletionStage<InterviewSession> pause(long id) {
        Instant now = clock.instant();
        return transition(id, "pause", List.of(SessionStatus.IN_PROGRESS), Sql.of(
                "UPDATE interview_sessions SET status = 'paused', paused_at = ?, version = version + 1"
                        + " WHERE id = ? AND status = 'in_progress'", now, id));
    }

    public CompletionStage<InterviewSession> resume(long id) {
        Instant now = clock.instant();
        return db.inTransaction(tx -> load(tx, id).thenCompose(s -> {
            requireStatus(s, "resume", SessionStatus.PAUSED);
            long pausedFor = Math.max(0, now.toEpochMilli() - s.pausedAt().toEpochMilli());
            return tx.update(Sql.of("""
                            UPDATE interview_sessions SET status = 'in_progress', paused_at = NULL,
                                   paused_millis = paused_millis + ?, version = version + 1
                            WHERE id = ? AND version = ?""", pausedFor, id, s.version()))
                    .thenCompose(n -> changedOrConflict(tx, id, n));
        }));
    }

    /** Ends the session now; an outstanding question is dropped unanswered. */
    public CompletionStage<InterviewSession> finish(long id) {
        Instant now = clock.instant();
        return db.inTransaction(tx -> load(tx, id).thenCompose(s -> {
            requireStatus(s, "finish", SessionStatus.IN_PROGRESS, SessionStatus.PAUSED);
            return complete(tx, s, StopReason.BY_INTERVIEWER, now);
        }));
    }

    public CompletionStage<InterviewSession> abandon(long id) {
        Instant now = clock.instant();
        return db.inTransaction(tx -> load(tx, id).thenCompose(s -> {
            requireStatus(s, "abandon", SessionStatus.PLANNED, SessionStatus.IN_PROGRESS, SessionStatus.PAUSED);
            return end(tx, s, SessionStatus.ABANDONED, StopReason.ABANDONED, now);
        }));
    }

    /** The interviewer's own score for an answer, kept beside the evaluator's. */
    public CompletionStage<Answer> override(long answerId, int score, String note) {
        try {
            SessionRules.checkOverride(score, note);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Instant now = clock.instant();
        return db.inTransaction(tx -> tx.update(Sql.of(
                        "UPDATE answers SET override_score = ?, override_note = ?, override_by = ?, override_at = ? WHERE id = ?",
                        score, Sql.orNull(note == null || note.isBlank() ? null : note.strip(), String.class), actor, now,
                        answerId))
                .thenCompose(n -> {
                    if (n != 1) {
                        throw new NotFoundException("answer " + answerId + " does not exist");
                    }
                    return tx.queryOne(Sql.of("SELECT " + SessionRows.ANSWER_COLUMNS + " FROM answers WHERE id = ?",
                            answerId), SessionRows::answer);
                }));
    }

    public CompletionStage<InterviewSession> get(long id) {
        return db.inTransaction(tx -> load(tx, id));
    }

    public CompletionStage<List<Answer>> answers(long id) {
        return db.inTransaction(tx -> answersOf(tx, id));
    }

    public CompletionStage<List<SessionSummary>> list(SessionFilter filter) {
        return db.inTransaction(tx -> SessionQueries.list(tx, filter));
    }

    public CompletionStage<SessionReport> report(long id) {
        return db.inTransaction(tx -> load(tx, id).thenCompose(s -> answersOf(tx, id)
                .thenCompose(answers -> tx.query(Sql.of("""
                                SELECT q.id, q.title FROM questions q
                                WHERE q.id IN (SELECT a.question_id FROM answers a WHERE a.session_id = ?)""", id),
                                r -> Map.entry(r.getLong("id"), r.getString("title")))
                        .thenApply(titles -> SessionReports.build(s, answers,
                                titles.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                                clock.instant())))));
    }

    // ---- inside transactions ----

    private CompletionStage<InterviewSession> transition(long id, String action, List<SessionStatus> allowed, Sql update) {
        return db.inTransaction(tx -> load(tx, id).thenCompose(s -> {
            requireStatus(s, action, allowed.toArray(SessionStatus[]::new));
            return tx.update(update).thenCompose(n -> changedOrConflict(tx, id, n));
        }));
    }

    private static CompletionStage<InterviewSession> changedOrConflict(Tx tx, long id, long changed) {
        if (changed != 1) {
            throw new ConflictException("session " + id + " changed meanwhile; reload it and try again");
        }
        return load(tx, id);
    }

    private CompletionStage<InterviewSession> complete(Tx tx, InterviewSession s, String reason, Instant now) {
        return end(tx, s, SessionStatus.COMPLETED, reason, now);
    }

    private static CompletionStage<InterviewSession> end(Tx tx, InterviewSession s, SessionStatus status, String reason,
                                                         Instant now) {
        long pausedFor = s.pausedAt() == null ? 0 : Math.max(0, now.toEpochMilli() - s.pausedAt().toEpochMilli());
        return tx.update(Sql.of("""
                        UPDATE interview_sessions SET status = ?, stop_reason = ?, finished_at = ?,
                               current_question_id = NULL, current_served_at = NULL, paused_at = NULL,
                               paused_millis = paused_millis + ?, version = version + 1
                        WHERE id = ? AND version = ?""", status.label(), reason, now, pausedFor, s.id(), s.version()))
                .thenCompose(n -> changedOrConflict(tx, s.id(), n));
    }

    private static String stopReason(InterviewSession s, int asked, Instant now) {
        if (asked >= s.plannedQuestions()) {
            return StopReason.PLANNED_COUNT;
        }
        if (s.timeLimitSeconds() != null && s.activeTime(now).toSeconds() >= s.timeLimitSeconds()) {
            return StopReason.TIME_LIMIT;
        }
        return null;
    }

    private static CompletionStage<InterviewSession> requireOutstanding(Tx tx, InterviewSession s, long questionId) {
        requireStatus(s, "answer a question in", SessionStatus.IN_PROGRESS);
        if (s.currentQuestionId() != null && s.currentQuestionId() == questionId) {
            return CompletableFuture.completedFuture(s);
        }
        return tx.queryOptional(Sql.of("SELECT seq FROM answers WHERE session_id = ? AND question_id = ?",
                s.id(), questionId), r -> r.getInt("seq")).thenApply(seq -> {
            if (seq.isPresent()) {
                throw new ConflictException("question " + questionId + " was already answered in session " + s.id()
                        + " (answer " + seq.get() + ")");
            }
            throw new ConflictException("question " + questionId + " is not the current question of session " + s.id());
        });
    }

    private static void requireStatus(InterviewSession s, String action, SessionStatus... allowed) {
        for (SessionStatus a : allowed) {
            if (s.status() == a) {
                return;
            }
        }
        throw new ConflictException("cannot " + action + " session " + s.id() + ": it is " + s.status().label());
    }

    static CompletionStage<InterviewSession> load(Tx tx, long id) {
        return tx.queryOptional(Sql.of("SELECT " + SessionRows.SESSION_COLUMNS + " FROM interview_sessions WHERE id = ?",
                id), SessionRows::session).thenApply(o -> o.orElseThrow(
                () -> new NotFoundException("session " + id + " does not exist")));
    }

    private static CompletionStage<Integer> answeredCount(Tx tx, long id) {
        return tx.queryOne(Sql.of("SELECT COUNT(*) AS c FROM answers WHERE session_id = ?", id),
                r -> r.getInt("c"));
    }

    private static CompletionStage<Question> question(Tx tx, long questionId) {
        return tx.queryOne(Sql.of("SELECT " + QuestionReader.COLUMNS + " FROM questions WHERE id = ?", questionId),
                QuestionReader::map);
    }

    private static CompletionStage<List<Answer>> answersOf(Tx tx, long id) {
        return tx.query(Sql.of("SELECT " + SessionRows.ANSWER_COLUMNS + " FROM answers WHERE session_id = ? ORDER BY seq",
                id), SessionRows::answer);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
