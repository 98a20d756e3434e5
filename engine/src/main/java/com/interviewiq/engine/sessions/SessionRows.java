package com.interviewiq.engine.sessions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.db.Row;
import com.interviewiq.engine.evaluation.CriterionMark;
import com.interviewiq.engine.evaluation.EvaluatorSource;

import java.util.List;

/** Maps session and answer rows; track and marks are stored as JSON text. */
final class SessionRows {
    static final String SESSION_COLUMNS = "id, candidate, interviewer, track, planned_questions, time_limit_seconds, "
            + "status, current_difficulty, current_question_id, current_served_at, stop_reason, created_at, "
            + "started_at, paused_at, paused_millis, finished_at, version";
    static final String ANSWER_COLUMNS = "id, session_id, question_id, seq, category, difficulty, answer_text, skipped, "
            + "time_taken_ms, score, criteria_marks, feedback, evaluator_source, evaluator_detail, override_score, override_note, override_by, override_at, answered_at";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<CriterionMark>> MARKS = new TypeReference<>() {
    };

    private SessionRows() {
    }

    static InterviewSession session(Row r) {
        return new InterviewSession(r.getLong("id"), r.getString("candidate"), r.getString("interviewer"),
                read(r.getString("track"), STRINGS), r.getInt("planned_questions"), r.getInt("time_limit_seconds"),
                SessionStatus.fromLabel(r.getString("status")), r.getInt("current_difficulty"),
                r.getLong("current_question_id"), r.getInstant("current_served_at"), r.getString("stop_reason"),
                r.getInstant("created_at"), r.getInstant("started_at"), r.getInstant("paused_at"),
                r.getLong("paused_millis"), r.getInstant("finished_at"), r.getInt("version"));
    }

    static Answer answer(Row r) {
        String marks = r.getString("criteria_marks");
        String source = r.getString("evaluator_source");
        return new Answer(r.getLong("id"), r.getLong("session_id"), r.getLong("question_id"), r.getInt("seq"),
                r.getString("category"), r.getInt("difficulty"), r.getString("answer_text"), r.getBoolean("skipped"),
                r.getLong("time_taken_ms"), r.getInt("score"), marks == null ? List.of() : read(marks, MARKS),
                r.getString("feedback"), source == null ? null : EvaluatorSource.fromLabel(source),
                r.getString("evaluator_detail"),
                r.getInt("override_score"), r.getString("override_note"), r.getString("override_by"),
                r.getInstant("override_at"), r.getInstant("answered_at"));
    }

    static String json(Object value) {
        try {
            return JsonSupport.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JsonSupport.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is corrupt: " + e.getOriginalMessage(), e);
        }
    }
}
