package com.interviewiq.engine.team;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Secret;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.ServerConnections;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.health.CheckResult;
import com.interviewiq.engine.health.HealthReport;
import com.interviewiq.engine.health.HealthStatus;
import com.interviewiq.engine.http.MonitoringEndpoints;
import com.interviewiq.engine.testing.TestDatabases;
import com.interviewiq.engine.testing.TestEngines;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The monitor reads the server's connection budget from the server itself: the dashboard's
 * "server connections" numbers, the /monitoring/database document and a health check that
 * goes critical when other clients fill the server, and clears when they leave.
 */
class ServerConnectionsTest {
    @TempDir
    Path dir;

    @Test
    void aServerFilledByOthersIsCriticalAndClearsWhenTheyLeave() throws Exception {
        try (EmbeddedPostgres pg = TestDatabases.postgresWithMaxConnections(20)) {
            String url = "postgresql://postgres@localhost:" + pg.getPort() + "/postgres";
            try (Engine engine = Engine.start(TestEngines.settings(dir, url, Mode.ASYNC, Map.of(
                    SettingKey.SAMPLE_INTERVAL_MILLIS, "200", SettingKey.HEALTH_SUSTAIN_SECONDS, "0",
                    SettingKey.HEALTH_SERVER_CONNECTIONS, "0.5/0.8")));
                 MonitoringEndpoints http = MonitoringEndpoints.start(engine, 0, Secret.of("t0ken-for-test"))) {
                await().atMost(Duration.ofSeconds(30)).until(() -> engine.health().serverConnections() != null);
                ServerConnections quiet = engine.health().serverConnections();
                assertThat(quiet.maxConnections()).isEqualTo(20);
                assertThat(quiet.interviewiq()).isBetween(1, 2);
                assertThat(quiet.thisEngine()).isBetween(1, 2);
                assertThat(quiet.inUse()).isGreaterThanOrEqualTo(quiet.interviewiq()).isLessThan(10);
                assertThat(check(engine.health().now()).level()).isEqualTo("ok");
                assertThat(check(engine.health().now()).detail()).contains("/20");

                String doc = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + http.port() + "/monitoring/database"))
                        .header("Authorization", "Bearer t0ken-for-test").build(), HttpResponse.BodyHandlers.ofString()).body();
                assertThat(doc.replaceAll("\\s", "")).contains("\"serverConnections\":{\"maxConnections\":20,")
                        .contains("\"minIdle\":1").contains("\"pooler\":\"none\"");

                List<Connection> others = new ArrayList<>();
                try {
                    for (int i = 0; i < 16; i++) { // another application takes 16 of the 20
                        others.add(pg.getPostgresDatabase().getConnection());
                    }
                    await().atMost(Duration.ofSeconds(30)).until(() -> "critical".equals(check(engine.health().now()).level()));
                    HealthReport busy = engine.health().now();
                    assertThat(busy.status()).isEqualTo(HealthStatus.DEGRADED);
                    assertThat(engine.health().serverConnections().inUse()).isGreaterThanOrEqualTo(17);
                    assertThat(engine.health().alerts().all())
                            .filteredOn(a -> a.check().equals("server connections")).extracting(Alert::kind)
                            .contains(Alert.RAISED);
                } finally {
                    for (Connection c : others) {
                        c.close();
                    }
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> "ok".equals(check(engine.health().now()).level()));
                assertThat(engine.health().now().status()).isEqualTo(HealthStatus.UP);
                assertThat(engine.health().alerts().all())
                        .filteredOn(a -> a.check().equals("server connections")).extracting(Alert::kind)
                        .containsSubsequence(Alert.RAISED, Alert.CLEARED);
            }
        }
    }

    @Test
    void h2HasNoServerBudget() {
        try (Engine engine = Engine.start(TestEngines.settings(dir, null, Mode.SYNC, Map.of()))) {
            assertThat(engine.health().now().checks()).extracting(CheckResult::name)
                    .doesNotContain("server connections");
            assertThat(engine.health().serverConnections()).isNull();
        }
    }

    private static CheckResult check(HealthReport report) {
        return report.checks().stream().filter(c -> c.name().equals("server connections")).findFirst().orElseThrow();
    }
}
