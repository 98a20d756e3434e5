package com.interviewiq.engine.health;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.testing.TestDatabases;
import com.interviewiq.engine.testing.TestEngines;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A PostgreSQL server of its own, stopped and started again under a running engine. */
class DatabaseDownTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void healthGoesDownWhenTheServerStopsAndUpWhenItReturns(Mode mode) throws Exception {
        Path data = temp.resolve("pgdata");
        EmbeddedPostgres pg = TestDatabases.ownPostgres(data, 0);
        int port = pg.getPort();
        String url = "postgresql://postgres@localhost:" + port + "/postgres";
        try (Engine engine = Engine.start(TestEngines.settings(temp.resolve("home"), url, mode, Map.of(
                SettingKey.SAMPLE_INTERVAL_MILLIS, "200", SettingKey.POOL_TIMEOUT_SECONDS, "2",
                SettingKey.POOL_SIZE, "2", SettingKey.MAX_OVERFLOW, "2")))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> engine.monitor().history().latest() != null);
            assertThat(engine.health().now().status()).isEqualTo(HealthStatus.UP);

            pg.close();
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.health().now().status() == HealthStatus.DOWN);
            HealthReport down = engine.health().now();
            try (var endpoints = com.interviewiq.engine.http.MonitoringEndpoints.start(engine, 0, com.interviewiq.engine.config.Secret.EMPTY)) {
                var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + endpoints.port() + "/health")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("a load balancer takes a DOWN console out").isEqualTo(503);
                assertThat(response.body()).contains("\"status\" : \"DOWN\"");
            }
            assertThat(down.checks().getFirst().level()).isEqualTo("down");
            assertThat(down.checks().getFirst().detail()).isNotBlank();
            assertThat(engine.health().alerts().all()).anySatisfy(a -> {
                assertThat(a.kind()).isEqualTo(Alert.RAISED);
                assertThat(a.message()).contains("database unavailable");
            });

            pg = TestDatabases.ownPostgres(data, port); // the same server, started again
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.health().now().status() == HealthStatus.UP);
            assertThat(engine.health().alerts().all()).last().satisfies(a ->
                    assertThat(a.message()).contains("reachable again"));
        } finally {
            pg.close();
        }
    }
}
