package com.interviewiq.engine.evaluation;

import java.time.Instant;

/**
 * The evaluator as the Health screen, the status bar and {@code /monitoring/evaluator} show it.
 *
 * @param state               "off" (rubric only), "closed" (the remote scores), "open" (the breaker keeps
 *                            answers from a failing remote) or "half-open" (one probe call is out)
 * @param endpoint            host and port of the remote (never its path's user info), null when off
 * @param consecutiveFailures remote failures in a row
 * @param unavailableSince    when the breaker opened, null while closed
 * @param retryAt             when the next probe may go, null while closed
 * @param lastError           the last remote failure (one line, no key, no answer text), null if none yet
 * @param keyNote             a note about the API key (e.g. its variable is unset), null when there is nothing to say
 * @param keyWarning          true when a key variable the user configured is unset (the default one unset is normal)
 * @param offline             what scores without the remote: "rubric", or "semantic, " and the sentence model's state
 */
public record EvaluatorStatus(String state, String endpoint, String model, long timeoutMillis, int consecutiveFailures,
                              Instant unavailableSince, Instant retryAt, String lastError, String reason,
                              String keyNote, boolean keyWarning, String offline) {
    /** No remote, the rubric scores. */
    public static final EvaluatorStatus OFF = off("rubric");

    /** No remote; {@code offline} scores. */
    public static EvaluatorStatus off(String offline) {
        return new EvaluatorStatus("off", null, null, 0, 0, null, null, null, null, null, false, offline);
    }

    /** "semantic" or "rubric": the offline evaluator's name without its state. */
    public String offlineName() {
        return offline != null && offline.startsWith("semantic") ? "semantic" : "rubric";
    }

    public boolean remote() {
        return !"off".equals(state);
    }

    /** True while answers are scored by the rubric because the remote failed. */
    public boolean unavailable() {
        return "open".equals(state) || "half-open".equals(state);
    }

    /** As a health check level: warn while unavailable or with a configured key variable unset. */
    public String level() {
        return unavailable() || keyWarning ? "warn" : "ok";
    }

    /** One sentence for the Health screen. */
    public String summary() {
        String base = switch (state) {
            case "off" -> "semantic".equals(offlineName())
                    ? "semantic scoring by the in-process sentence model (" + offline.substring("semantic, ".length()) + ")"
                    : "rubric scoring only (keywords)";
            case "closed" -> "remote " + model + " at " + endpoint + " scores answers"
                    + (consecutiveFailures > 0 ? "; " + consecutiveFailures + " failure(s) in a row, last: " + lastError : "");
            default -> reason + "; the " + ("semantic".equals(offlineName()) ? "semantic evaluator" : "rubric")
                    + " scores answers, a probe call goes at most every cool-down";
        };
        return keyNote == null ? base : base + "; " + keyNote;
    }
}
