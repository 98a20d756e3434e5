package com.interviewiq.engine.questions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.db.Row;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private static final Map<String, List<String>> PARSED_TAGS = new ConcurrentHashMap<>();
    private static final Map<String, List<RubricCriterion>> PARSED_RUBRICS = new ConcurrentHashMap<>();

    private QuestionReader() {
    }

    public static Question map(Row r) {
        return new Question(r.getLong("id"), r.getString("question_key"), r.getString("category"),
                r.getInt("difficulty"), r.getString("title"), r.getString("prompt"),
                parsed(r.getString("tags"), TAGS, PARSED_TAGS), parsed(r.getString("rubric"), RUBRIC, PARSED_RUBRICS),
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

    private static <E> List<E> parsed(String json, TypeReference<List<E>> type, Map<String, List<E>> cache) {
        List<E> known = json == null ? null : cache.get(json);
        if (known != null) {
            return known;
        }
        List<E> value = List.copyOf(read(json, type));
        if (json == null) {
            return value;
        }
        if (cache.size() >= PARSED_BOUND) {
            cache.clear();
        }
        cache.put(json, value);
        return value;
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JsonSupport.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is corrupt: " + e.getOriginalMessage(), e);
        }
    }
}
