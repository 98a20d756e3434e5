package com.interviewiq.engine.questions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.interviewiq.engine.cache.TextMemo;
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

    /**
     * Parsed tags and rubrics by their stored text. Every interview step reads two question rows,
     * and parsing their JSON was a tenth of a step's client CPU; the texts repeat (a bank holds
     * hundreds of questions, not millions) and the parsed lists are immutable, so they are shared.
     * Bounded by emptying when full: a bank past the bound just parses again. The bound keeps the
     * worst case (rubrics at their 20,000-character limit) to tens of megabytes of a 512 MB heap.
     */
    private static final int PARSED_BOUND = 1024;
    private static final TextMemo<List<String>> PARSED_TAGS = new TextMemo<>(PARSED_BOUND, json -> List.copyOf(read(json, TAGS)));
    private static final TextMemo<List<RubricCriterion>> PARSED_RUBRICS =
            new TextMemo<>(PARSED_BOUND, json -> List.copyOf(read(json, RUBRIC)));

    private QuestionReader() {
    }

    public static Question map(Row r) {
        return new Question(r.getLong("id"), r.getString("question_key"), r.getString("category"),
                r.getInt("difficulty"), r.getString("title"), r.getString("prompt"),
                PARSED_TAGS.get(r.getString("tags")), PARSED_RUBRICS.get(r.getString("rubric")),
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
