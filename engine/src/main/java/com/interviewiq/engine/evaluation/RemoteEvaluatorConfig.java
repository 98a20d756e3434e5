package com.interviewiq.engine.evaluation;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Where and how to reach an OpenAI-compatible chat-completions service.
 *
 * @param endpoint     the full chat-completions URL, e.g. {@code http://127.0.0.1:11434/v1/chat/completions}
 * @param model        the model name sent with each request
 * @param apiKeyEnvVar the name of the environment variable holding the API key, or null for none.
 *                     Only the name is configured so that the key itself never lands in settings
 *                     files, exports or messages.
 * @param timeout      the limit for one whole request, 1..120 s; null means {@link #DEFAULT_TIMEOUT}
 */
public record RemoteEvaluatorConfig(URI endpoint, String model, String apiKeyEnvVar, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** How long the breaker keeps answers from a remote that failed three times in a row. */
    public static final Duration DEFAULT_COOL_DOWN = Duration.ofSeconds(60);
    private static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration MAX_TIMEOUT = Duration.ofSeconds(120);

    public RemoteEvaluatorConfig {
        if (endpoint == null) {
            throw new IllegalArgumentException("endpoint is required");
        }
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            // only the scheme is echoed: a URL may carry credentials
            throw new IllegalArgumentException("endpoint must be an http or https URL, got scheme '" + scheme + "'");
        }
        if (endpoint.getHost() == null) {
            throw new IllegalArgumentException("endpoint must name a host");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model is required");
        }
        model = model.strip();
        if (apiKeyEnvVar != null && apiKeyEnvVar.isBlank()) {
            apiKeyEnvVar = null;
        }
        if (apiKeyEnvVar != null
                && !com.interviewiq.engine.config.EvaluatorSettings.isVariableName(apiKeyEnvVar)) {
            // not echoed: a key pasted here by mistake must not end up in an error message
            throw new IllegalArgumentException(
                    "apiKeyEnvVar must be the name of an environment variable (letters, digits, '_'), not the key itself");
        }
        apiKeyEnvVar = apiKeyEnvVar == null ? null : apiKeyEnvVar.strip();
        if (timeout == null) {
            timeout = DEFAULT_TIMEOUT;
        }
        if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout must be 1..120 s, got " + timeout.toMillis() + " ms");
        }
    }

    /** A configuration with the default 10 s timeout. */
    public RemoteEvaluatorConfig(URI endpoint, String model, String apiKeyEnvVar) {
        this(endpoint, model, apiKeyEnvVar, DEFAULT_TIMEOUT);
    }
}
