package com.interviewiq.engine.sessions;

import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Tx;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionReader;
import com.interviewiq.engine.validation.ConflictException;
import com.interviewiq.engine.validation.NotFoundException;

import java.util.concurrent.CompletionStage;

/**
 * The reads an interview step needs, one statement each: the session with its answer count and
 * the question it is waiting on joined in, so a step never reads the session, counts its answers
 * and fetches a question in separate round trips.
 */
final class SessionReads {
    private static final String QUESTION = PrefixedRow.select("q", QuestionReader.COLUMNS);

    private SessionReads() {
    }

    /** A session as a step sees it: how many answers it holds, and the outstanding question (or null). */
    record Loaded(InterviewSession session, int answered, Question current) {
    }

    /** What decides whether a question may be answered now, with the question itself to evaluate. */
    record Answerable(long sessionId, SessionStatus status, Long currentQuestionId, int answered, Integer answeredSeq,
                      Question question) {
        /** The question when it is the outstanding one of a session in progress; else the conflict that says why not. */
        Question require(long questionId) {
            if (status != SessionStatus.IN_PROGRESS) {
                throw new ConflictException("cannot answer a question in session " + sessionId + ": it is " + status.label());
            }
            if (currentQuestionId != null && currentQuestionId == questionId && question != null) {
                return question;
            }
            if (answeredSeq != null) {
                throw new ConflictException("question " + questionId + " was already answered in session " + sessionId
                        + " (answer " + answeredSeq + ")");
            }
            throw new ConflictException("question " + questionId + " is not the current question of session " + sessionId);
        }
    }

    static CompletionStage<Loaded> withCurrent(Tx tx, long id) {
        return tx.queryOptional(Sql.of("SELECT " + PrefixedRow.qualified("s", SessionRows.SESSION_COLUMNS)
                        + ", s.answered_count, " + QUESTION + """
                         FROM interview_sessions s LEFT JOIN questions q ON q.id = s.current_question_id
                        WHERE s.id = ?""", id),
                r -> new Loaded(SessionRows.session(r), r.getInt("answered_count"), question(r)))
                .thenApply(o -> o.orElseThrow(() -> notFound(id)));
    }

    static CompletionStage<Answerable> answerable(Tx tx, long id, long questionId) {
        return tx.queryOptional(Sql.of("SELECT s.status, s.current_question_id, s.answered_count, "
                        + "(SELECT a.seq FROM answers a WHERE a.session_id = s.id AND a.question_id = ?) AS answered_seq, "
                        + QUESTION + """
                         FROM interview_sessions s LEFT JOIN questions q ON q.id = ?
                        WHERE s.id = ?""", questionId, questionId, id),
                r -> new Answerable(id, SessionStatus.fromLabel(r.getString("status")), r.getLong("current_question_id"),
                        r.getInt("answered_count"), r.getInt("answered_seq"), question(r)))
                .thenApply(o -> o.orElseThrow(() -> notFound(id)));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("session " + id + " does not exist");
    }

    private static Question question(com.interviewiq.engine.db.Row r) {
        return r.getLong("q_id") == null ? null : QuestionReader.map(new PrefixedRow(r, "q_"));
    }
}
