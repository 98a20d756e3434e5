package com.interviewiq.engine.sessions;

import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Tx;
import com.interviewiq.engine.evaluation.AnswerEvaluator;
import com.interviewiq.engine.evaluation.Evaluation;
import com.interviewiq.engine.questions.Page;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.validation.ConflictException;
import com.interviewiq.engine.validation.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
        Instant now = now();
        return db.inTransaction(tx -> SessionRules.checkTrackExists(tx, p.track())
                .thenCompose(x -> tx.insert(Sql.of("""
                        INSERT INTO interview_sessions (candidate, interviewer, track, planned_questions,
                               time_limit_seconds, status, current_difficulty, created_at, paused_millis, version)
                        VALUES (?, ?, ?, ?, ?, 'planned', ?, ?, 0, 1)""",
                        p.candidate(), p.interviewer(), SessionRows.json(p.track()), p.plannedQuestions(),
                        Sql.orNull(p.timeLimitSeconds(), Integer.class), SessionRules.START_DIFFICULTY, now)))
                .thenApply(id -> new InterviewSession(id, p.candidate(), p.interviewer(), p.track(), p.plannedQuestions(),
                        p.timeLimitSeconds(), SessionStatus.PLANNED, SessionRules.START_DIFFICULTY, null, null, null, now,
                        null, null, 0, null, 1)));
    }

    public CompletionStage<InterviewSession> start(long id) {
        Instant now = now();
        return transition(id, "start", List.of(SessionStatus.PLANNED),
                Sql.of("UPDATE interview_sessions SET status = 'in_progress', started_at = ?, version = version + 1"
                        + " WHERE id = ? AND status = 'planned'", now, id));
    }

    /**
     * The question to ask now: the outstanding one if there is one (asking twice is safe), else a
     * newly selected one; or none when a stop rule ends the session. One transaction: the session
     * read (count and outstanding question joined in), the selection, the conditional update.
     */
    public CompletionStage<NextStep> next(long id) {
        Instant now = now();
        return db.inTransaction(tx -> SessionReads.withCurrent(tx, id).thenCompose(loaded -> {
            InterviewSession s = loaded.session();
            int asked = loaded.answered();
            requireStatus(s, "get the next question of", SessionStatus.IN_PROGRESS);
            if (loaded.current() != null) {
                return CompletableFuture.completedFuture(new NextStep(s, loaded.current(), asked + 1));
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
                        .thenApply(n -> {
                            if (n != 1) {
                                throw new ConflictException("session " + id + " changed meanwhile; ask again");
                            }
                            return new NextStep(SessionEdits.served(s, q.get().id(), now), q.get(), asked + 1);
                        });
            });
        })).thenApply(step -> {
            if (step.question() != null) {
                evaluator.prepare(step.question()); // the evaluator gets ready while the candidate thinks
            }
            return step;
        });
    }

    /**
     * Evaluates and stores an answer to the outstanding question. The question is read (and its
     * being outstanding checked) before evaluating, so a stale submit costs no evaluation; when
     * the caller has the step from {@link #next}, {@link #submit(NextStep, String, long)} saves that read.
     */
    public CompletionStage<SubmittedAnswer> submit(long id, long questionId, String text, long timeTakenMs) {
        String answer;
        try {
            answer = checkedAnswer(text, timeTakenMs);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return db.inTransaction(tx -> SessionReads.answerable(tx, id, questionId).thenApply(a -> {
                    a.require(questionId);
                    return a;
                }))
                .thenCompose(a -> evaluateAndStore(id, a.question(), a.answered() + 1, answer, timeTakenMs));
    }

    /**
     * Evaluates and stores the answer to {@code step}, the question {@link #next} just gave: no read
     * before evaluating, one transaction after. Whether the question is still outstanding is decided
     * by the conditional update that stores the answer (a stale step is refused there, after its
     * evaluation, with the same conflict as {@link #submit(long, long, String, long)} gives).
     */
    public CompletionStage<SubmittedAnswer> submit(NextStep step, String text, long timeTakenMs) {
        String answer;
        try {
            if (step.finished()) {
                throw new ConflictException("session " + step.session().id() + " has no question to answer: it is "
                        + step.session().status().label());
            }
            answer = checkedAnswer(text, timeTakenMs);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return evaluateAndStore(step.session().id(), step.question(), step.number(), answer, timeTakenMs);
    }

    /** A skip needs no evaluation, so its check and its store share one transaction. */
    public CompletionStage<SubmittedAnswer> skip(long id, long questionId, long timeTakenMs) {
        return db.inTransaction(tx -> SessionReads.answerable(tx, id, questionId).thenCompose(a -> store(tx, id,
                a.require(questionId), a.answered() + 1, null, true, Math.max(0, timeTakenMs), null)));
    }

    private static String checkedAnswer(String text, long timeTakenMs) {
        if (timeTakenMs < 0) {
            throw new com.interviewiq.engine.validation.ValidationException("timeTakenMs", "must not be negative");
        }
        String answer = text == null ? "" : text;
        if (answer.length() > SessionRules.MAX_ANSWER) {
            throw new com.interviewiq.engine.validation.ValidationException(
                    "answer", "must be at most " + SessionRules.MAX_ANSWER + " characters, got " + answer.length());
        }
        return answer;
    }

    /** Evaluation runs between transactions: no connection is held while a remote evaluator thinks. */
    private CompletionStage<SubmittedAnswer> evaluateAndStore(long id, Question q, int seq, String answer, long timeTakenMs) {
        return evaluator.evaluate(q, answer)
                .thenCompose(e -> db.inTransaction(tx -> store(tx, id, q, seq, answer, false, timeTakenMs, e)));
    }

    /**
     * Stores answer number {@code seq} to {@code q}: a conditional update, then the insert; the
     * returned answer is built from what was written. The update is the guard against a double
     * submit (only one can clear the question) and, by also requiring the count the answer was
     * numbered from, makes {@code seq} certain without reading it.
     */
    private CompletionStage<SubmittedAnswer> store(Tx tx, long id, Question q, int seq, String text, boolean skipped,
                                                   long timeTakenMs, Evaluation e) {
        Instant now = now();
        Integer score = e == null ? null : e.score();
        String marks = e == null ? null : SessionRows.json(e.marks());
        String feedback = e == null ? null : truncate(e.feedback(), 4000);
        String detail = e == null ? null : truncate(e.detail(), 1000);
        return tx.update(Sql.of("""
                        UPDATE interview_sessions SET current_question_id = NULL, current_served_at = NULL,
                               current_difficulty = LEAST(5, GREATEST(1, current_difficulty + ?)),
                               answered_count = answered_count + 1, version = version + 1
                        WHERE id = ? AND current_question_id = ? AND status = 'in_progress' AND answered_count = ?""",
                        AdaptiveSelector.difficultyStep(score), id, q.id(), seq - 1))
                .thenCompose(n -> n == 1 ? tx.insert(Sql.of("""
                                INSERT INTO answers (session_id, question_id, seq, category, difficulty, answer_text,
                                       skipped, time_taken_ms, score, criteria_marks, feedback, evaluator_source,
                                       evaluator_detail, answered_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        id, q.id(), seq, q.category(), q.difficulty(), Sql.orNull(text, String.class),
                        skipped, timeTakenMs, Sql.orNull(score, Integer.class), Sql.orNull(marks, String.class),
                        Sql.orNull(feedback, String.class), Sql.orNull(e == null ? null : e.source().label(), String.class),
                        Sql.orNull(detail, String.class), now))
                        : refused(tx, id, q.id()))
                .thenApply(answerId -> new SubmittedAnswer(new Answer(answerId, id, q.id(), seq, q.category(),
                        q.difficulty(), text, skipped, timeTakenMs, score, e == null ? null : e.marks(), feedback,
                        e == null ? null : e.source(), detail, null, null, null, null, now), e));
    }

    /** Only when the store was refused: one read to say why, with the same messages as the check before evaluating. */
    private static CompletionStage<Long> refused(Tx tx, long id, long questionId) {
        return SessionReads.answerable(tx, id, questionId).thenApply(a -> {
            a.require(questionId);
            throw new ConflictException("session " + id + " changed meanwhile; ask for the next question again");
        });
    }

    public CompletionStage<InterviewSession> pause(long id) {
        Instant now = now();
        return transition(id, "pause", List.of(SessionStatus.IN_PROGRESS), Sql.of(
                "UPDATE interview_sessions SET status = 'paused', paused_at = ?, version = version + 1"
                        + " WHERE id = ? AND status = 'in_progress'", now, id));
    }

    public CompletionStage<InterviewSession> resume(long id) {
        Instant now = now();
        return db.inTransaction(tx -> load(tx, id).thenCompose(s -> {
            requireStatus(s, "resume", SessionStatus.PAUSED);
            long pausedFor = Math.max(0, now.toEpochMilli() - s.pausedAt().toEpochMilli());
            return tx.update(Sql.of("""
                            UPDATE interview_sessions SET status = 'in_progress', paused_at = NULL,
                                   paused_millis = paused_millis + ?, version = version + 1
                            WHERE id = ? AND version = ?""", pausedFor, id, s.version()))
                    .thenApply(n -> {
                        requireChanged(id, n);
                        return SessionEdits.resumed(s, pausedFor);
                    });
        }));
    }

    /** Ends the session now; an outstanding question is dropped unanswered. */
    public CompletionStage<InterviewSession> finish(long id) {
        Instant now = now();
        return db.inTransaction(tx -> load(tx, id).thenCompose(s -> {
            requireStatus(s, "finish", SessionStatus.IN_PROGRESS, SessionStatus.PAUSED);
            return complete(tx, s, StopReason.BY_INTERVIEWER, now);
        }));
    }

    public CompletionStage<InterviewSession> abandon(long id) {
        Instant now = now();
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

    /**
     * One page of the history, sorted and filtered by the database, with the number of sessions
     * that match: a history of any size is read a page at a time.
     */
    public CompletionStage<Page<SessionSummary>> page(SessionQuery query) {
        return db.inTransaction(tx -> SessionQueries.page(tx, query));
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

    /**
     * A status change by conditional update, then one read for the result; when the update changed
     * nothing, that read says why (no such session, the wrong status, or a race).
     */
    private CompletionStage<InterviewSession> transition(long id, String action, List<SessionStatus> allowed, Sql update) {
        return db.inTransaction(tx -> tx.update(update).thenCompose(n -> load(tx, id).thenApply(s -> {
            if (n != 1) {
                requireStatus(s, action, allowed.toArray(SessionStatus[]::new));
                requireChanged(id, n);
            }
            return s;
        })));
    }

    private static void requireChanged(long id, long changed) {
        if (changed != 1) {
            throw new ConflictException("session " + id + " changed meanwhile; reload it and try again");
        }
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
                .thenApply(n -> {
                    requireChanged(s.id(), n);
                    return SessionEdits.ended(s, status, reason, now, pausedFor);
                });
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
                id), SessionRows::session).thenApply(o -> o.orElseThrow(() -> SessionReads.notFound(id)));
    }

    /**
     * Now, to the microsecond both databases keep: what this engine builds from the values it
     * wrote must equal what a later read of them returns.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static CompletionStage<List<Answer>> answersOf(Tx tx, long id) {
        return tx.query(Sql.of("SELECT " + SessionRows.ANSWER_COLUMNS + " FROM answers WHERE session_id = ? ORDER BY seq",
                id), SessionRows::answer);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
