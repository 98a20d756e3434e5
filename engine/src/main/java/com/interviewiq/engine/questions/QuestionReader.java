package com.interviewiq.engine.questions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.db.Row;

import java.util.List;

/** Reads question rows (for the bank and the session selector); tags and rubric are stored as JSON text. */
public final class QuestionReader {
    public static final String COLUMNS = "id, question_key, category, difficulty, title, prompt, tags, rubric, "
            + "time_limit_seconds, status, version, created_at, updated_at";
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {
    };
    private static final TypeReference<List<RubricCriterion>> RUBRIC = new TypeReference<>() {
    };

    private QuestionReader() {
    }

    public static Question map(Row r) {
        return new Question(r.getLong("id"), r.getString("question_key"), r.getString("category"),
                r.getInt("difficulty"), r.getString("title"), r.getString("prompt"),
                read(r.getString("tags"), TAGS), read(r.getString("rubric"), RUBRIC),
                r.getInt("time_limit_seconds"), QuestionStatus.parseOrNull(r.getString("status")),
                r.getInt("version"), r.getInstant("created_at"), r.getInstant("updated_at"));
    }

    static String json(Object value) {
        try {
            return JsonSupport.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
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
