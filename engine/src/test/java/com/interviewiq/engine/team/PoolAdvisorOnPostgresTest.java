package com.interviewiq.engine.team;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.db.BackendSpec;
import com.interviewiq.engine.db.PoolStats;
import com.interviewiq.engine.db.ServerConnections;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.engine.monitor.PoolAdvice;
import com.interviewiq.engine.monitor.PoolAdvisor;
import com.interviewiq.engine.testing.TestDatabases;
import com.interviewiq.engine.testing.TestEngines;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pool advisor against a real PostgreSQL that other clients have nearly filled: the advice
 * stays within what the server has left (as the monitor read it), and applying it through the
 * live switch leaves an engine that still serves.
 */
class PoolAdvisorOnPostgresTest {
    @TempDir
    Path dir;

    /** A minute of demand for 8 busy connections: 800 tx/s holding each 10 ms (unbounded advice: 10 + 5). */
    private static List<MetricsSample> demandForEight() {
        List<MetricsSample> out = new ArrayList<>();
        Instant t0 = Instant.parse("2026-12-02T14:00:00Z");
        for (int s = 1; s <= 60; s++) {
            out.add(new MetricsSample(t0.plusSeconds(s), "sync", new PoolStats(8, 0, 0, 8, 50),
                    new MetricsSample.Rates(2400, 800, 0, 1.0),
                    new MetricsSample.Latency(1, 5, 10, 20, 20, 0, 10, 0), MetricsSample.Totals.NONE, 1.0, false));
        }
        return out;
    }

    @Test
    void theAdviceFitsWhatTheServerHasLeftAndAppliesLive() throws Exception {
        try (EmbeddedPostgres pg = TestDatabases.postgresWithMaxConnections(20)) {
            String url = "postgresql://postgres@localhost:" + pg.getPort() + "/postgres";
            List<Connection> others = new ArrayList<>();
            try (Engine engine = Engine.start(TestEngines.settings(dir, url, Mode.SYNC, Map.of(
                    SettingKey.SAMPLE_INTERVAL_MILLIS, "200")))) {
                for (int i = 0; i < 10; i++) { // another application holds 10 of the 20
                    others.add(pg.getPostgresDatabase().getConnection());
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> engine.health().serverConnections() != null
                        && engine.health().serverConnections().inUse() >= 11);
                ServerConnections server = engine.health().serverConnections();
                int heldByOthers = server.inUse() - server.thisEngine();

                PoolAdvice advice = PoolAdvisor.advise(demandForEight(), engine.settings().pool(), server);

                assertThat(advice.budget()).isEqualTo(20 - PoolAdvisor.SERVER_RESERVED - heldByOthers).isLessThan(15);
                assertThat(advice.max()).isEqualTo(advice.budget());
                assertThat(advice.reasoning()).contains("20 max_connections", "at most " + advice.budget());

                BackendSpec now = engine.backend();
                BackendSpec target = new BackendSpec(now.target(), now.mode(), now.executor(),
                        now.pool().withSize(advice.size(), advice.overflow()));
                assertThat(engine.reconfigure(target, p -> { }).toCompletableFuture().get(60, TimeUnit.SECONDS).switched())
                        .isTrue();
                assertThat(engine.backend().pool().max()).isEqualTo(advice.max());
                assertThat(engine.database().ping().toCompletableFuture().get(10, TimeUnit.SECONDS)).isPositive();
            } finally {
                for (Connection c : others) {
                    c.close();
                }
            }
        }
    }
}
