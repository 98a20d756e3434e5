package com.interviewiq.ui.questions;

import com.interviewiq.engine.validation.FieldError;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the engine's field names ("title", "tags[2]", "rubric[1].weight") to the editor's fields
 * and says each problem in words that name the field ("Title is required", "Weight must be 1..10").
 */
final class FormErrors {
    /** Where an error goes: a form field, or rubric row {@code criterion} (then field is "rubric"). */
    record Target(String field, int criterion) {
        static final int NONE = -1;

        boolean inCriterion() {
            return criterion != NONE;
        }
    }

    /** "tags[2]", "rubric[1].weight", "rubric[1].examples[0]". */
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+)(?:\\[(\\d+)])?)?");
    private static final Map<String, String> LABELS = Map.of("key", "Key", "category", "Category",
            "difficulty", "Difficulty", "title", "Title", "prompt", "Prompt", "tags", "Tags",
            "timeLimitSeconds", "Time limit", "status", "Status", "rubric", "Rubric");
    private static final Map<String, String> CRITERION_LABELS = Map.of("criterion", "Criterion text",
            "weight", "Weight", "keywords", "Keywords", "examples", "Example answers");

    private FormErrors() {
    }

    static Target target(String field) {
        if (field == null) {
            return new Target("", Target.NONE);
        }
        Matcher m = INDEXED.matcher(field);
        if (m.matches()) {
            if (m.group(1).equals("rubric")) {
                return new Target("rubric", Integer.parseInt(m.group(2)));
            }
            return new Target(m.group(1), Target.NONE); // tags[3] belongs to the tags field
        }
        return new Target(field, Target.NONE);
    }

    /** The message shown next to the field, naming it. */
    static String message(FieldError e) {
        String field = e.field() == null ? "" : e.field();
        Matcher m = INDEXED.matcher(field);
        if (m.matches() && m.group(1).equals("rubric")) {
            String part = m.group(3);
            String label = part == null ? "Criterion " + (Integer.parseInt(m.group(2)) + 1)
                    : part.equals("examples") && m.group(4) != null ? "Example answer " + (Integer.parseInt(m.group(4)) + 1)
                    : CRITERION_LABELS.getOrDefault(part, part);
            return join(label, e.message());
        }
        if (m.matches() && m.group(1).equals("tags")) {
            return join("Tag " + (Integer.parseInt(m.group(2)) + 1), e.message());
        }
        return join(LABELS.getOrDefault(field, field.isEmpty() ? "Question" : field), e.message());
    }

    /** "Title" + "is required" reads as a sentence; "Tags" + "at most 20 tags" needs a colon. */
    private static String join(String label, String message) {
        boolean predicate = message.startsWith("is ") || message.startsWith("must ") || message.startsWith("needs ")
                || message.startsWith("repeats ");
        return label + (predicate ? " " : ": ") + message;
    }
}
