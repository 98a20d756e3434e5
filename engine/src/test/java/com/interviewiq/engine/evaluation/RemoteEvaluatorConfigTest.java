package com.interviewiq.engine.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemoteEvaluatorConfigTest {
    private static final URI OLLAMA = URI.create("http://127.0.0.1:11434/v1/chat/completions");

    @Test
    void defaultsTheTimeoutToTenSeconds() {
        RemoteEvaluatorConfig config = new RemoteEvaluatorConfig(OLLAMA, " llama3.1 ", " ");

        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.model()).isEqualTo("llama3.1");
        assertThat(config.apiKeyEnvVar()).isNull();
        assertThat(new RemoteEvaluatorConfig(OLLAMA, "m", "OPENAI_API_KEY", null).timeout())
                .isEqualTo(RemoteEvaluatorConfig.DEFAULT_TIMEOUT);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://api.openai.com/v1/chat/completions | 1
            HTTP://localhost:8080/v1/chat/completions  | 120
            """)
    void acceptsHttpAndHttpsWithinTheTimeoutRange(String endpoint, int seconds) {
        RemoteEvaluatorConfig config = new RemoteEvaluatorConfig(URI.create(endpoint), "gpt-4o-mini",
                "OPENAI_API_KEY", Duration.ofSeconds(seconds));

        assertThat(config.timeout()).hasSeconds(seconds);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} ms")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null                                     | m    | null           | 10000  | endpoint
            ftp://host/v1/chat/completions           | m    | null           | 10000  | endpoint must be an http or https URL, got scheme 'ftp'
            /v1/chat/completions                     | m    | null           | 10000  | endpoint must be an http or https URL
            http:///v1/chat/completions              | m    | null           | 10000  | endpoint must name a host
            http://127.0.0.1:11434/v1/chat           | null | null           | 10000  | model
            http://127.0.0.1:11434/v1/chat           | '  ' | null           | 10000  | model
            http://127.0.0.1:11434/v1/chat           | m    | null           | 999    | timeout must be 1..120 s, got 999 ms
            http://127.0.0.1:11434/v1/chat           | m    | null           | 120001 | timeout
            http://127.0.0.1:11434/v1/chat           | m    | sk-live-abc123 | 10000  | apiKeyEnvVar
            """)
    void rejectsInvalidSettingsNamingTheField(String endpoint, String model, String keyVar, long millis,
                                              String message) {
        URI uri = endpoint == null ? null : URI.create(endpoint);

        assertThatThrownBy(() -> new RemoteEvaluatorConfig(uri, model, keyVar, Duration.ofMillis(millis)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message)
                .hasMessageNotContaining("sk-live-abc123");
    }
}
