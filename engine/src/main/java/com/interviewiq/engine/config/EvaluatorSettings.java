package com.interviewiq.engine.config;

import java.net.URI;
import java.time.Duration;

/**
 * The optional remote evaluator: an OpenAI-compatible chat-completions endpoint. {@code url}
 * null means rubric scoring only. The API key is read from the environment variable named
 * {@code apiKeyEnv}, never stored in the settings file; with that variable unset requests go
 * without a key (local servers such as Ollama and llama.cpp need none). {@code coolDown} is how
 * long the circuit breaker keeps answers away from a remote that failed three times in a row.
 */
public record EvaluatorSettings(URI url, String model, String apiKeyEnv, Duration timeout, Duration coolDown) {
    /** The key variable's name when none is configured. */
    public static final String DEFAULT_KEY_ENV = "INTERVIEWIQ_EVALUATOR_API_KEY";
    public static final Duration DEFAULT_COOL_DOWN = Duration.ofSeconds(60);

    public EvaluatorSettings {
        coolDown = coolDown == null ? DEFAULT_COOL_DOWN : coolDown;
    }

    public EvaluatorSettings(URI url, String model, String apiKeyEnv, Duration timeout) {
        this(url, model, apiKeyEnv, timeout, DEFAULT_COOL_DOWN);
    }

    public static EvaluatorSettings rubricOnly(Duration timeout) {
        return new EvaluatorSettings(null, null, null, timeout, DEFAULT_COOL_DOWN);
    }

    /** Whether {@code name} can be an environment variable's name (and so is not a pasted key). */
    public static boolean isVariableName(String name) {
        return name != null && name.strip().matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    public boolean remoteEnabled() {
        return url != null;
    }
}
