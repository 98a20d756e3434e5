package com.interviewiq.engine.questions;

import com.interviewiq.engine.validation.FieldError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a question must satisfy; every broken rule is reported with its field. */
public final class QuestionRules {
    public static final int MAX_TITLE = 200;
    public static final int MAX_PROMPT = 20_000;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 40;
    public static final int MAX_CATEGORY = 60;
    public static final int MIN_TIME_LIMIT = 10;
    public static final int MAX_TIME_LIMIT = 7200;
    public static final int MAX_CRITERIA = 10;
    public static final int MAX_WEIGHT = 10;
    public static final int MAX_CRITERION_TEXT = 300;
    public static final int MAX_KEYWORDS = 20;
    /** Example answers per criterion: enough for a few phrasings; each costs an embedding when the question is served. */
    public static final int MAX_EXAMPLES = 5;
    public static final int MAX_EXAMPLE_TEXT = 300;
    public static final int DEFAULT_TIME_LIMIT = 300;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private QuestionRules() {
    }

    public static List<FieldError> check(QuestionDraft q) {
        List<FieldError> errors = new ArrayList<>();
        if (q.key() == null || q.key().isBlank()) {
            errors.add(FieldError.of("key", "is required"));
        } else if (!KEY.matcher(q.key()).matches()) {
            errors.add(FieldError.of("key", "must be 1..100 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (blank(q.category())) {
            errors.add(FieldError.of("category", "is required"));
        } else if (q.category().length() > MAX_CATEGORY) {
            errors.add(FieldError.of("category", "must be at most " + MAX_CATEGORY + " characters"));
        }
        if (q.difficulty() == null) {
            errors.add(FieldError.of("difficulty", "is required (1..5)"));
        } else if (q.difficulty() < 1 || q.difficulty() > 5) {
            errors.add(FieldError.of("difficulty", "must be 1..5, got " + q.difficulty()));
        }
        if (blank(q.title())) {
            errors.add(FieldError.of("title", "is required"));
        } else if (q.title().length() > MAX_TITLE) {
            errors.add(FieldError.of("title", "must be at most " + MAX_TITLE + " characters, got " + q.title().length()));
        }
        if (blank(q.prompt())) {
            errors.add(FieldError.of("prompt", "is required"));
        } else if (q.prompt().length() > MAX_PROMPT) {
            errors.add(FieldError.of("prompt", "must be at most " + MAX_PROMPT + " characters, got " + q.prompt().length()));
        }
        checkTags(q.tags(), errors);
        if (q.timeLimitSeconds() != null && (q.timeLimitSeconds() < MIN_TIME_LIMIT || q.timeLimitSeconds() > MAX_TIME_LIMIT)) {
            errors.add(FieldError.of("timeLimitSeconds", "must be " + MIN_TIME_LIMIT + ".." + MAX_TIME_LIMIT
                    + " seconds, got " + q.timeLimitSeconds()));
        }
        checkRubric(q.rubric(), errors);
        checkControlCharacters(q, errors);
        return errors;
    }

    private static void checkControlCharacters(QuestionDraft q, List<FieldError> errors) {
        String message = "contains a control character (only tab and newline are allowed in text)";
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("key", q.key());
        fields.put("category", q.category());
        fields.put("title", q.title());
        fields.put("prompt", q.prompt());
        for (int i = 0; i < q.tags().size(); i++) {
            fields.put("tags[" + i + "]", q.tags().get(i));
        }
        for (int i = 0; i < q.rubric().size(); i++) {
            RubricCriterion c = q.rubric().get(i);
            if (c != null) {
                fields.put("rubric[" + i + "].criterion", c.criterion());
                for (int k = 0; k < c.keywords().size(); k++) {
                    fields.put("rubric[" + i + "].keywords[" + k + "]", c.keywords().get(k));
                }
                for (int k = 0; k < c.examples().size(); k++) {
                    fields.put("rubric[" + i + "].examples[" + k + "]", c.examples().get(k));
                }
            }
        }
        fields.forEach((field, value) -> {
            if (com.interviewiq.engine.validation.Text.hasControlCharacter(value) && errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(FieldError.of(field, message));
            }
        });
    }

    private static void checkTags(List<String> tags, List<FieldError> errors) {
        if (tags.size() > MAX_TAGS) {
            errors.add(FieldError.of("tags", "at most " + MAX_TAGS + " tags, got " + tags.size()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i);
            if (blank(t)) {
                errors.add(FieldError.of("tags[" + i + "]", "must not be empty"));
            } else if (t.length() > MAX_TAG) {
                errors.add(FieldError.of("tags[" + i + "]", "must be at most " + MAX_TAG + " characters"));
            } else if (!seen.add(t.toLowerCase(Locale.ROOT))) {
                errors.add(FieldError.of("tags[" + i + "]", "repeats '" + t + "'"));
            }
        }
    }

    private static void checkRubric(List<RubricCriterion> rubric, List<FieldError> errors) {
        if (rubric.isEmpty()) {
            errors.add(FieldError.of("rubric", "needs at least one criterion"));
            return;
        }
        if (rubric.size() > MAX_CRITERIA) {
            errors.add(FieldError.of("rubric", "at most " + MAX_CRITERIA + " criteria, got " + rubric.size()));
        }
        for (int i = 0; i < rubric.size(); i++) {
            RubricCriterion c = rubric.get(i);
            String at = "rubric[" + i + "]";
            if (c == null) {
                errors.add(FieldError.of(at, "must not be empty"));
                continue;
            }
            if (blank(c.criterion())) {
                errors.add(FieldError.of(at + ".criterion", "is required"));
            } else if (c.criterion().length() > MAX_CRITERION_TEXT) {
                errors.add(FieldError.of(at + ".criterion", "must be at most " + MAX_CRITERION_TEXT + " characters"));
            }
            if (c.weight() < 1 || c.weight() > MAX_WEIGHT) {
                errors.add(FieldError.of(at + ".weight", "must be 1.." + MAX_WEIGHT + ", got " + c.weight()));
            }
            if (c.keywords().stream().noneMatch(k -> !blank(k))) {
                errors.add(FieldError.of(at + ".keywords", "needs at least one expected keyword or phrase"));
            } else if (c.keywords().size() > MAX_KEYWORDS) {
                errors.add(FieldError.of(at + ".keywords", "at most " + MAX_KEYWORDS + " keywords"));
            }
            checkExamples(c.examples(), at, errors);
        }
    }

    private static void checkExamples(List<String> examples, String at, List<FieldError> errors) {
        if (examples.size() > MAX_EXAMPLES) {
            errors.add(FieldError.of(at + ".examples", "at most " + MAX_EXAMPLES + " example answers, got " + examples.size()));
        }
        for (int k = 0; k < examples.size(); k++) {
            String e = examples.get(k);
            if (blank(e)) {
                errors.add(FieldError.of(at + ".examples[" + k + "]", "must not be empty"));
            } else if (e.length() > MAX_EXAMPLE_TEXT) {
                errors.add(FieldError.of(at + ".examples[" + k + "]", "must be at most " + MAX_EXAMPLE_TEXT + " characters"));
            }
        }
    }

    /** Fills the optional fields' defaults: time limit 300 s, status ready, trimmed text. */
    public static QuestionDraft normalise(QuestionDraft q) {
        return new QuestionDraft(trim(q.key()), trim(q.category()), q.difficulty(), trim(q.title()), q.prompt(),
                q.tags().stream().map(QuestionRules::trim).toList(),
                q.rubric().stream().map(c -> c == null ? null : new RubricCriterion(trim(c.criterion()), c.weight(),
                        c.keywords().stream().map(QuestionRules::trim).filter(k -> !blank(k)).toList(),
                        c.examples().stream().map(QuestionRules::trim).filter(e -> !blank(e)).toList())).toList(),
                q.timeLimitSeconds() == null ? DEFAULT_TIME_LIMIT : q.timeLimitSeconds(),
                q.status() == null ? QuestionStatus.READY : q.status());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
