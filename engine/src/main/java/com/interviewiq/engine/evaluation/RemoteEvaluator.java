package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.questions.Question;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Asks an OpenAI-compatible chat-completions service (OpenAI, Ollama, llama.cpp, vLLM...) to
 * grade an answer. Every way this can go wrong ends the returned stage with a
 * {@link RemoteEvaluationException} whose message is one line and never contains the API key;
 * {@link HybridEvaluator} turns that into a rubric fallback.
 */
public final class RemoteEvaluator implements AutoCloseable {
    private final RemoteEvaluatorConfig config;
    private final HttpClient client;
    private final boolean ownsClient;
    private final Function<String, String> env;

    /** Reads the key from the process environment and owns its own HTTP client. */
    public RemoteEvaluator(RemoteEvaluatorConfig config) {
        this(config, System::getenv);
    }

    /** With {@code env} looking up environment variables by name (tests pass a map's get). */
    public RemoteEvaluator(RemoteEvaluatorConfig config, Function<String, String> env) {
        this(config, HttpClient.newBuilder().connectTimeout(config.timeout()).build(), true, env);
    }

    /** Shares a caller's HTTP client; {@link #close()} leaves it open. */
    public RemoteEvaluator(RemoteEvaluatorConfig config, HttpClient client, Function<String, String> env) {
        this(config, client, false, env);
    }

    private RemoteEvaluator(RemoteEvaluatorConfig config, HttpClient client, boolean ownsClient,
                            Function<String, String> env) {
        if (config == null || client == null || env == null) {
            throw new IllegalArgumentException("config, client and env are required");
        }
        this.config = config;
        this.client = client;
        this.ownsClient = ownsClient;
        this.env = env;
    }

    public RemoteEvaluatorConfig config() {
        return config;
    }

    /** The remote verdict (source REMOTE), or a stage failed with a {@link RemoteEvaluationException}. */
    public CompletionStage<Evaluation> evaluate(Question question, String answer) {
        CompletableFuture<HttpResponse<String>> call;
        try {
            call = client.sendAsync(request(question, answer), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(explain(e));
        }
        // The request timeout covers waiting for the response headers only; this one also
        // covers a body that trickles in, so the caller never waits longer than configured.
        CompletableFuture<Evaluation> verdict = call.thenApply(response -> verdict(response, question))
                .orTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        // after a timeout, stop the exchange instead of letting it run on in the background
        verdict.whenComplete((ignored, failure) -> call.cancel(true));
        // async: a timeout completes the stage on the JDK's delay-scheduler thread, which must
        // not run the caller's continuations (or the hybrid's rubric fallback)
        return verdict.handleAsync((evaluation, failure) -> {
            if (failure != null) {
                throw explain(failure);
            }
            return evaluation;
        });
    }

    private HttpRequest request(Question question, String answer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(config.endpoint())
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        GradingPrompt.requestBody(config.model(), question, answer), StandardCharsets.UTF_8));
        if ("http".equalsIgnoreCase(config.endpoint().getScheme())) {
            // plain HTTP/1.1: some local servers mishandle the client's h2c upgrade on a POST
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        String key = apiKey();
        if (key != null) {
            try {
                builder.header("Authorization", "Bearer " + key);
            } catch (IllegalArgumentException e) {
                // the JDK's message would quote the header value, i.e. the key
                throw new RemoteEvaluationException("the API key in " + config.apiKeyEnvVar()
                        + " is not a valid HTTP header value");
            }
        }
        return builder.build();
    }

    /**
     * The key, read when needed so that no copy is kept; null when no variable is configured or it
     * is unset: local servers (Ollama, llama.cpp) take requests without one.
     */
    private String apiKey() {
        String variable = config.apiKeyEnvVar();
        if (variable == null) {
            return null;
        }
        String key = env.apply(variable);
        return key == null || key.isBlank() ? null : key.strip();
    }

    /** Whether requests carry a key: false when the configured variable is unset (or none is configured). */
    public boolean hasKey() {
        return apiKey() != null;
    }

    /** "API key variable X is not set" when a variable is configured and unset; null otherwise. */
    String missingKeyNote() {
        return config.apiKeyEnvVar() != null && !hasKey()
                ? "API key variable " + config.apiKeyEnvVar() + " is not set" : null;
    }

    private Evaluation verdict(HttpResponse<String> response, Question question) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new RemoteEvaluationException("remote evaluator answered HTTP " + status + hint(status));
        }
        return RemoteVerdict.parse(response.body(), question.rubric());
    }

    private String hint(int status) {
        return switch (status) {
            case 401, 403 -> config.apiKeyEnvVar() == null ? " (no API key is configured)"
                    : !hasKey() ? " (the API key variable " + config.apiKeyEnvVar() + " is not set)"
                    : " (check the API key in " + config.apiKeyEnvVar() + ")";
            case 404 -> " (check the endpoint path and the model name)";
            default -> "";
        };
    }

    /** The one-line reason for a failure, as a RemoteEvaluationException. */
    private RemoteEvaluationException explain(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return switch (cause) {
            case RemoteEvaluationException e -> e;
            case HttpTimeoutException e -> timedOut(e);
            case TimeoutException e -> timedOut(e);
            case ConnectException e -> new RemoteEvaluationException(
                    "remote evaluator is unreachable at " + hostAndPort() + reason(e), e);
            case IOException e -> new RemoteEvaluationException("remote evaluator request failed" + reason(e), e);
            case CancellationException e -> new RemoteEvaluationException("remote evaluator request was cancelled", e);
            default -> new RemoteEvaluationException(
                    "remote evaluator failed: " + cause.getClass().getSimpleName() + reason(cause), cause);
        };
    }

    private RemoteEvaluationException timedOut(Exception e) {
        return new RemoteEvaluationException(
                "remote evaluator timed out after " + config.timeout().toMillis() + " ms", e);
    }

    /** Host and port only: the endpoint may carry user info, which must not be shown. */
    String hostAndPort() {
        URI uri = config.endpoint();
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "" : ": " + RemoteVerdict.quote(message);
    }

    /** Stops the HTTP client this evaluator created, abandoning requests still in flight. */
    @Override
    public void close() {
        if (ownsClient) {
            client.shutdownNow();
        }
    }
}
