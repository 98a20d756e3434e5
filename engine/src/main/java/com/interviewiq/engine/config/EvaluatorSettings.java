package com.interviewiq.engine.config;

import java.net.URI;
import java.time.Duration;

/**
 * Which evaluator scores first ({@code kind}) and the optional remote evaluator: an
 * OpenAI-compatible chat-completions endpoint, used only when {@code kind} is remote ({@code url}
 * is kept otherwise, so that switching back needs no retyping). The API key is read from the environment variable named
 * {@code apiKeyEnv}, never stored in the settings file; with that variable unset requests go
 * without a key (local servers such as Ollama and llama.cpp need none). {@code coolDown} is how
 * long the circuit breaker keeps answers away from a remote that failed three times in a row.
 */
public record EvaluatorSettings(EvaluatorKind kind, URI url, String model, String apiKeyEnv, Duration timeout,
                                Duration coolDown) {
    /** The key variable's name when none is configured. */
    public static final String DEFAULT_KEY_ENV = "INTERVIEWIQ_EVALUATOR_API_KEY";
    public static final Duration DEFAULT_COOL_DOWN = Duration.ofSeconds(60);

    public EvaluatorSettings {
        coolDown = coolDown == null ? DEFAULT_COOL_DOWN : coolDown;
        kind = kind == null ? (url == null ? EvaluatorKind.SEMANTIC : EvaluatorKind.REMOTE) : kind;
    }

    /** Remote when {@code url} is set, semantic otherwise. */
    public EvaluatorSettings(URI url, String model, String apiKeyEnv, Duration timeout, Duration coolDown) {
        this(null, url, model, apiKeyEnv, timeout, coolDown);
    }

    public EvaluatorSettings(URI url, String model, String apiKeyEnv, Duration timeout) {
        this(url, model, apiKeyEnv, timeout, DEFAULT_COOL_DOWN);
    }

    public static EvaluatorSettings rubricOnly(Duration timeout) {
        return new EvaluatorSettings(EvaluatorKind.RUBRIC, null, null, null, timeout, DEFAULT_COOL_DOWN);
    }

    /** Whether {@code name} can be an environment variable's name (and so is not a pasted key). */
    public static boolean isVariableName(String name) {
        return name != null && name.strip().matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    public boolean remoteEnabled() {
        return kind == EvaluatorKind.REMOTE && url != null;
    }

    /** These settings with the remote first, e.g. to try the configured remote before choosing it. */
    public EvaluatorSettings asRemote() {
        return new EvaluatorSettings(EvaluatorKind.REMOTE, url, model, apiKeyEnv, timeout, coolDown);
    }

    /** Whether the sentence model scores when no remote does (every kind but rubric). */
    public boolean semanticEnabled() {
        return kind != EvaluatorKind.RUBRIC;
    }
}
