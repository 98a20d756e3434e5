package com.interviewiq.engine.evaluation;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.questions.RubricCriterion;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a chat-completions response into an {@link Evaluation}, or explains in one line why it
 * cannot. A model's reply is untrusted input: anything off (no JSON, a score of 250, a criterion
 * without a yes/no) rejects the whole verdict, so the caller falls back to the rubric instead
 * of storing a half-understood score.
 */
final class RemoteVerdict {
    private static final int MAX_QUOTE = 120;

    private RemoteVerdict() {
    }

    static Evaluation parse(String responseBody, List<RubricCriterion> rubric) {
        JsonNode response = readJson(responseBody, "remote evaluator response is not valid JSON: ");
        JsonNode content = response.path("choices").path(0).path("message").path("content");
        if (!content.isTextual()) {
            throw new RemoteEvaluationException("remote evaluator reply has no choices[0].message.content");
        }
        JsonNode verdict = readJson(unfenced(content.asText()), "remote evaluator reply is not valid JSON: ");
        if (!verdict.isObject()) {
            throw RemoteEvaluationException.aboutReply("remote evaluator reply is not a JSON object: ", content.asText(), null);
        }
        int score = score(verdict.get("score"));
        Map<String, Boolean> met = criteria(verdict.get("criteria"));
        List<CriterionMark> marks = rubric.stream()
                .map(c -> new CriterionMark(c.criterion(), c.weight(),
                        met.getOrDefault(key(c.criterion()), false), List.of()))
                .toList();
        return new Evaluation(score, marks, feedback(verdict.get("feedback")), EvaluatorSource.REMOTE, null);
    }

    /** Models asked for bare JSON still sometimes wrap it in a ```json fence; the fence's inside is the reply. */
    static String unfenced(String content) {
        String text = content.strip();
        int open = text.indexOf("```");
        if (open < 0) {
            return text;
        }
        int bodyStart = text.indexOf('\n', open);
        int close = bodyStart < 0 ? -1 : text.indexOf("```", bodyStart);
        return close < 0 ? text : text.substring(bodyStart + 1, close).strip();
    }

    private static JsonNode readJson(String text, String problem) {
        try {
            JsonNode node = JsonSupport.mapper().readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new RemoteEvaluationException(problem + "it is empty");
            }
            return node;
        } catch (JacksonException e) {
            throw RemoteEvaluationException.aboutReply(problem, e.getOriginalMessage(), e);
        }
    }

    private static int score(JsonNode node) {
        // 80.0 is still a whole number; "80", 80.5 and 250 are not valid scores
        if (node == null || !node.isNumber() || !node.canConvertToExactIntegral() || !node.canConvertToInt()
                || node.asInt() < 0 || node.asInt() > 100) {
            if (node == null) {
                throw invalid("score must be an integer 0..100, got nothing");
            }
            throw RemoteEvaluationException.aboutReply("remote evaluator verdict is invalid: score must be an integer 0..100, got ",
                    node.toString(), null);
        }
        return node.asInt();
    }

    /** Criterion key -> met. Criteria the rubric does not have are ignored; rubric criteria not listed count as not met. */
    private static Map<String, Boolean> criteria(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw invalid("criteria must be a list");
        }
        Map<String, Boolean> met = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            JsonNode name = entry.path("criterion");
            JsonNode flag = entry.path("met");
            if (!name.isTextual() || !flag.isBoolean()) {
                throw invalid("criteria[" + i + "] must be {\"criterion\": text, \"met\": true or false}");
            }
            met.putIfAbsent(key(name.asText()), flag.asBoolean());
        }
        return met;
    }

    private static String feedback(JsonNode node) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return "The remote evaluator gave no feedback.";
        }
        if (!node.isTextual()) {
            throw invalid("feedback must be text");
        }
        return node.asText().strip();
    }

    /** Criterion names compare ignoring case and spacing: models echo them back loosely. */
    private static String key(String criterion) {
        return String.join(" ", criterion.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private static RemoteEvaluationException invalid(String why) {
        return new RemoteEvaluationException("remote evaluator verdict is invalid: " + why);
    }

    /** One line, at most {@value #MAX_QUOTE} characters, for quoting untrusted text in a message. */
    static String quote(String text) {
        String line = oneLine(text);
        return line.length() <= MAX_QUOTE ? line : line.substring(0, MAX_QUOTE) + "...";
    }

    /** The text with every run of whitespace, line breaks included, turned into one space. */
    static String oneLine(String text) {
        return text == null ? "" : String.join(" ", text.strip().split("\\s+"));
    }
}
