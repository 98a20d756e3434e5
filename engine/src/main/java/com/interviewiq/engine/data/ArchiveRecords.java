package com.interviewiq.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.interviewiq.engine.evaluation.EvaluatorSource;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionRules;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.questions.RubricCriterion;
import com.interviewiq.engine.sessions.SessionStatus;
import com.interviewiq.engine.validation.FieldError;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The archive's records as typed values, each read with every problem collected as a field error
 * (the same rules as the question import and the services: a record the console could not have
 * written is refused, never stored).
 */
final class ArchiveRecords {
    private static final int MAX_NAME = 200;
    private static final int MAX_TEXT = 20_000;
    private static final int MAX_NOTE = 2_000;
    private static final int MAX_FEEDBACK = 4_000;
    private static final int MAX_MARKS = 8_000;
    private static final int MAX_TRACK = 1_000;

    private ArchiveRecords() {
    }

    record ArchivedQuestion(QuestionDraft draft, int version, Instant createdAt, Instant updatedAt) {
    }

    record ArchivedSession(String candidate, String interviewer, String track, int plannedQuestions,
                           Integer timeLimitSeconds, String status, int currentDifficulty, String currentQuestionKey,
                           Instant currentServedAt, String stopReason, Instant createdAt, Instant startedAt,
                           Instant pausedAt, long pausedMillis, Instant finishedAt, int version,
                           List<ArchivedAnswer> answers) {
    }

    record ArchivedAnswer(String questionKey, int seq, String category, int difficulty, String text, boolean skipped,
                          long timeTakenMs, Integer score, String criteriaMarks, String feedback, String evaluatorSource,
                          String evaluatorDetail, Integer overrideScore, String overrideNote, String overrideBy, Instant overrideAt,
                          Instant answeredAt) {
    }

    /** Reads fields of one record, collecting what is wrong instead of stopping at the first problem. */
    private static final class Fields {
        private final JsonNode node;
        private final String where;
        private final List<FieldError> errors;

        Fields(JsonNode node, String where, List<FieldError> errors) {
            this.node = node;
            this.where = where;
            this.errors = errors;
        }

        void error(String field, String message) {
            errors.add(new FieldError(where, field, message));
        }

        String text(String field, boolean required, int max) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    error(field, "is required");
                }
                return null;
            }
            if (!v.isTextual()) {
                error(field, "must be text");
                return null;
            }
            String s = v.textValue();
            if (required && s.isBlank()) {
                error(field, "is required");
            } else if (s.length() > max) {
                error(field, "must be at most " + max + " characters, got " + s.length());
            } else if (com.interviewiq.engine.validation.Text.hasControlCharacter(s)) {
                error(field, "contains a control character (only tab and newline are allowed in text)");
            }
            return s;
        }

        Integer integer(String field, boolean required, long min, long max) {
            Long v = longValue(field, required, min, max);
            return v == null ? null : v.intValue();
        }

        Long longValue(String field, boolean required, long min, long max) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    error(field, "is required");
                }
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                error(field, "must be a whole number");
                return null;
            }
            long n = v.longValue();
            if (n < min || n > max) {
                error(field, "must be " + min + ".." + max + ", got " + n);
                return null;
            }
            return n;
        }

        boolean bool(String field) {
            JsonNode v = node.get(field);
            if (v == null || !v.isBoolean()) {
                error(field, "must be true or false");
                return false;
            }
            return v.booleanValue();
        }

        Instant instant(String field, boolean required) {
            String s = text(field, required, 64);
            if (s == null) {
                return null;
            }
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                error(field, "must be a time such as 2026-11-27T09:00:00Z, got '" + s + "'");
                return null;
            }
        }

        List<String> strings(String field, int maxEach) {
            JsonNode v = node.get(field);
            List<String> out = new ArrayList<>();
            if (v == null || !v.isArray()) {
                error(field, "must be a list of text");
                return out;
            }
            for (JsonNode e : v) {
                if (!e.isTextual()) {
                    error(field, "must be a list of text");
                    return out;
                }
                if (com.interviewiq.engine.validation.Text.hasControlCharacter(e.textValue())) {
                    error(field, "contains a control character (only tab and newline are allowed in text)");
                }
                out.add(e.textValue());
            }
            return out;
        }

        /** A JSON array kept as its text (the track, the criteria marks), bounded by the column's size. */
        String jsonArray(String field, boolean required, int max) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    error(field, "is required");
                }
                return null;
            }
            if (!v.isArray()) {
                error(field, "must be a list");
                return null;
            }
            String json = v.toString();
            if (json.length() > max) {
                error(field, "is too long (" + json.length() + " characters, at most " + max + ")");
            }
            return json;
        }
    }

    static ArchivedQuestion question(JsonNode node, int index, List<FieldError> errors) {
        String key = node.path("key").isTextual() ? node.path("key").textValue() : null;
        String where = "question " + index + (key == null ? "" : " ('" + key + "')");
        Fields f = new Fields(node, where, errors);
        List<RubricCriterion> rubric = new ArrayList<>();
        JsonNode r = node.get("rubric");
        if (r == null || !r.isArray()) {
            f.error("rubric", "must be a list of criteria");
        } else {
            for (JsonNode c : r) {
                Fields cf = new Fields(c, where, errors);
                String criterion = cf.text("criterion", true, QuestionRules.MAX_CRITERION_TEXT);
                Integer weight = cf.integer("weight", true, 1, QuestionRules.MAX_WEIGHT);
                List<String> keywords = cf.strings("keywords", 200);
                // archives written before example answers existed have none
                List<String> examples = c.has("examples") ? cf.strings("examples", QuestionRules.MAX_EXAMPLE_TEXT) : List.of();
                rubric.add(new RubricCriterion(criterion, weight == null ? 1 : weight, keywords, examples));
            }
        }
        String statusText = f.text("status", true, 10);
        QuestionStatus status = statusText == null ? null : QuestionStatus.parseOrNull(statusText);
        if (statusText != null && status == null) {
            f.error("status", "must be draft or ready, got '" + statusText + "'");
        }
        QuestionDraft draft = new QuestionDraft(f.text("key", true, 100), f.text("category", true, QuestionRules.MAX_CATEGORY),
                f.integer("difficulty", true, 1, 5), f.text("title", true, QuestionRules.MAX_TITLE),
                f.text("prompt", true, QuestionRules.MAX_PROMPT), f.strings("tags", QuestionRules.MAX_TAG), rubric,
                f.integer("timeLimitSeconds", true, QuestionRules.MIN_TIME_LIMIT, QuestionRules.MAX_TIME_LIMIT), status);
        QuestionDraft normalised = QuestionRules.normalise(draft);
        Set<String> already = new HashSet<>(errors.stream().map(e -> e.row() + "/" + e.field()).toList());
        for (FieldError e : QuestionRules.check(normalised)) {
            if (already.add(where + "/" + e.field())) {
                errors.add(e.atRow(where));
            }
        }
        Integer version = f.integer("version", true, 1, Integer.MAX_VALUE);
        return new ArchivedQuestion(normalised, version == null ? 1 : version, f.instant("createdAt", true),
                f.instant("updatedAt", true));
    }

    static ArchivedSession session(JsonNode node, int index, List<FieldError> errors) {
        String where = "session " + index;
        Fields f = new Fields(node, where, errors);
        String status = f.text("status", true, 20);
        if (status != null) {
            try {
                SessionStatus.fromLabel(status);
            } catch (IllegalArgumentException e) {
                f.error("status", "must be planned, in_progress, paused, completed or abandoned, got '" + status + "'");
            }
        }
        List<ArchivedAnswer> answers = new ArrayList<>();
        JsonNode list = node.get("answers");
        if (list == null || !list.isArray()) {
            f.error("answers", "must be a list");
        } else {
            Set<Integer> seqs = new HashSet<>();
            Set<String> keys = new HashSet<>();
            int i = 1;
            for (JsonNode a : list) {
                ArchivedAnswer answer = answer(a, where + ", answer " + i++, errors);
                if (!seqs.add(answer.seq())) {
                    errors.add(new FieldError(where, "answers", "seq " + answer.seq() + " appears twice"));
                }
                if (answer.questionKey() != null && !keys.add(answer.questionKey())) {
                    errors.add(new FieldError(where, "answers", "question '" + answer.questionKey() + "' is answered twice"));
                }
                answers.add(answer);
            }
        }
        Long paused = f.longValue("pausedMillis", true, 0, Long.MAX_VALUE);
        Integer planned = f.integer("plannedQuestions", true, 0, 10_000);
        Integer difficulty = f.integer("currentDifficulty", true, 1, 5);
        Integer version = f.integer("version", true, 1, Integer.MAX_VALUE);
        return new ArchivedSession(f.text("candidate", true, MAX_NAME), f.text("interviewer", true, MAX_NAME),
                f.jsonArray("track", true, MAX_TRACK), planned == null ? 0 : planned,
                f.integer("timeLimitSeconds", false, 1, 24 * 3600), status, difficulty == null ? 1 : difficulty,
                f.text("currentQuestionKey", false, 100), f.instant("currentServedAt", false), f.text("stopReason", false, 40),
                f.instant("createdAt", true), f.instant("startedAt", false), f.instant("pausedAt", false),
                paused == null ? 0 : paused, f.instant("finishedAt", false), version == null ? 1 : version, answers);
    }

    private static ArchivedAnswer answer(JsonNode node, String where, List<FieldError> errors) {
        Fields f = new Fields(node, where, errors);
        String source = f.text("evaluatorSource", false, 20);
        if (source != null) {
            try {
                EvaluatorSource.fromLabel(source);
            } catch (IllegalArgumentException e) {
                f.error("evaluatorSource", "must be rubric, semantic, remote or remote-fallback, got '" + source + "'");
            }
        }
        Integer seq = f.integer("seq", true, 1, 10_000);
        Integer difficulty = f.integer("difficulty", true, 1, 5);
        Long taken = f.longValue("timeTakenMs", true, 0, Long.MAX_VALUE);
        return new ArchivedAnswer(f.text("questionKey", true, 100), seq == null ? 0 : seq,
                f.text("category", true, QuestionRules.MAX_CATEGORY), difficulty == null ? 1 : difficulty,
                f.text("text", false, MAX_TEXT), f.bool("skipped"), taken == null ? 0 : taken, f.integer("score", false, 0, 100),
                f.jsonArray("criteriaMarks", false, MAX_MARKS), f.text("feedback", false, MAX_FEEDBACK), source,
                f.text("evaluatorDetail", false, 1000),
                f.integer("overrideScore", false, 0, 100), f.text("overrideNote", false, MAX_NOTE),
                f.text("overrideBy", false, MAX_NAME), f.instant("overrideAt", false), f.instant("answeredAt", true));
    }
}
