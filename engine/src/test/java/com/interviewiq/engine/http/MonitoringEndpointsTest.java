package com.interviewiq.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.config.Secret;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class MonitoringEndpointsTest {
    @TempDir
    Path dataDir;
    private Engine engine;
    private MonitoringEndpoints endpoints;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        engine = Engine.start(TestEngines.settings(dataDir, null, Mode.SYNC, Map.of(SettingKey.SAMPLE_INTERVAL_MILLIS, "200")));
        endpoints = MonitoringEndpoints.start(engine, 0, Secret.of("s3cr3t-token"));
        await().atMost(Duration.ofSeconds(10)).until(() -> engine.monitor().history().latest() != null);
    }

    @AfterEach
    void stop() {
        endpoints.close();
        engine.close();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoints.port() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesHealthMonitoringAndMetrics() throws Exception {
        HttpResponse<String> health = get("/health", "s3cr3t-token");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode h = JsonSupport.mapper().readTree(health.body());
        assertThat(h.get("status").asText()).isEqualTo("UP");
        assertThat(h.get("checks").findValuesAsText("name")).contains("ping", "pool saturation", "pending acquires",
                "p99 latency", "error rate", "migrations", "evaluator");

        JsonNode e = JsonSupport.mapper().readTree(get("/monitoring/evaluator", "s3cr3t-token").body());
        assertThat(e.get("state").asText()).as("no remote configured").isEqualTo("off");
        assertThat(e.has("consecutiveFailures")).isTrue();

        JsonNode m = JsonSupport.mapper().readTree(get("/monitoring/database?samples=3", "s3cr3t-token").body());
        assertThat(m.get("pool").get("max").asInt()).isEqualTo(50);
        assertThat(m.get("current").get("mode").asText()).isEqualTo("sync");
        assertThat(m.get("samples").size()).isBetween(1, 3);
        assertThat(m.has("alerts")).isTrue();

        HttpResponse<String> metrics = get("/metrics", "s3cr3t-token");
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(metrics.body()).contains("hikaricp_connections_max", "interviewiq_db_mode{mode=\"sync\"} 1.0",
                "interviewiq_db_transaction_seconds_count", "interviewiq_evaluator_breaker_open 0.0");
    }

    @Test
    void refusesWrongTokensAndUnknownPaths() throws Exception {
        assertThat(get("/health", null).statusCode()).isEqualTo(401);
        assertThat(get("/metrics", "wrong").statusCode()).isEqualTo(401);
        assertThat(get("/nothing-here", "s3cr3t-token").statusCode()).isEqualTo(404);
        assertThat(get("/health", "s3cr3t-token").body()).doesNotContain("s3cr3t-token");
    }

    @Test
    void onlyGetIsServed() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoints.port() + "/health"))
                .header("Authorization", "Bearer s3cr3t-token").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.body()).contains("only GET is supported");
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    assertThatThrownBy(() -> new Socket(address, endpoints.port()).close())
                            .as("reachable on " + address).isInstanceOf(java.io.IOException.class);
                }
            }
        }
        new Socket(InetAddress.getLoopbackAddress(), endpoints.port()).close();
    }
}
