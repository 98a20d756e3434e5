package com.interviewiq.engine.config;

import java.net.URI;
import java.time.Duration;

/**
 * The optional remote evaluator: an OpenAI-compatible chat-completions endpoint. {@code url}
 * null means rubric scoring only. The API key is read from the environment variable named
 * {@code apiKeyEnv}, never stored in the settings file.
 */
public record EvaluatorSettings(URI url, String model, String apiKeyEnv, Duration timeout) {
    public static EvaluatorSettings rubricOnly(Duration timeout) {
        return new EvaluatorSettings(null, null, null, timeout);
    }

    public boolean remoteEnabled() {
        return url != null;
    }
}
