package com.interviewiq.engine.team;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.SimulationResult;
import com.interviewiq.engine.testing.TestDatabases;
import com.interviewiq.engine.testing.TestEngines;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A team of fifty consoles (half sync, half async, default pool settings) on one PostgreSQL with
 * the default max_connections of 100: all start and answer, idle they hold at most two
 * connections each, eight of them under a 16-way load at once (more than the server allows in
 * all) finish without an error, and afterwards every pool shrinks back.
 */
class TeamOfFiftyTest {
    private static final int ENGINES = 50;
    private static final int LOADED = 8;

    @TempDir
    Path dir;

    @Test
    void fiftyConsolesShareAServerOfAHundredConnections() throws Exception {
        try (EmbeddedPostgres pg = TestDatabases.postgresWithMaxConnections(100)) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE team");
            }
            String url = "postgresql://postgres@localhost:" + pg.getPort() + "/team";
            List<Engine> engines = new ArrayList<>();
            ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
            // opened first and kept: at the peak the server has no slot left for a new one
            try (Connection admin = pg.getPostgresDatabase().getConnection()) {
                for (int i = 0; i < ENGINES; i++) {
                    engines.add(Engine.start(TestEngines.settings(dir.resolve("console-" + i), url,
                            i % 2 == 0 ? Mode.SYNC : Mode.ASYNC, Map.of(SettingKey.POOL_IDLE_SECONDS, "10"))));
                }
                join(engines.getFirst().transfer().importSampleBank());
                for (int i = 0; i < ENGINES; i++) {
                    SimulationResult step = join(engines.get(i).simulator().run(
                            new SimulationOptions(1, 1, 1, List.of(), null, i), (d, t) -> { }));
                    assertThat(step.errors()).as("console %d", i).isZero();
                    assertThat(step.answersStored()).as("console %d", i).isEqualTo(1);
                }
                assertIdle(admin, engines);
                int idleBefore = interviewiqConnections(admin);

                List<CompletableFuture<SimulationResult>> loads = new ArrayList<>();
                for (Engine e : engines.subList(0, LOADED)) {
                    loads.add(e.simulator().run(new SimulationOptions(64, 16, 3, List.of(), null, 11), (d, t) -> { })
                            .toCompletableFuture());
                }
                AtomicInteger peakSeen = new AtomicInteger();
                watcher.scheduleAtFixedRate(() -> {
                    try {
                        peakSeen.accumulateAndGet(interviewiqConnections(admin), Math::max);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }, 0, 50, TimeUnit.MILLISECONDS);
                for (CompletableFuture<SimulationResult> load : loads) {
                    SimulationResult r = load.get(5, TimeUnit.MINUTES);
                    assertThat(r.errorSamples()).isEmpty();
                    assertThat(r.errors()).isZero();
                    assertThat(r.answersStored()).isEqualTo(r.answersAcknowledged()).isEqualTo(64 * 3);
                }
                watcher.shutdown();
                assertThat(watcher.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
                int peak = peakSeen.get();
                assertThat(peak).as("the pools grew under load").isGreaterThan(idleBefore);
                assertIdle(admin, engines);
                System.out.printf("team of %d: %d connections idle before, peak %d under %d x 16-way load, %d idle after%n",
                        ENGINES, idleBefore, peak, LOADED, interviewiqConnections(admin));
            } finally {
                watcher.shutdownNow();
                engines.parallelStream().forEach(Engine::close);
            }
        }
    }

    /** At most two connections per console once idle (the idle timeout is 10 s here). */
    private static void assertIdle(Connection admin, List<Engine> engines) {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            for (Engine e : engines) {
                assertThat(e.database().poolStats().total()).isLessThanOrEqualTo(2);
            }
            assertThat(interviewiqConnections(admin)).isLessThanOrEqualTo(2 * engines.size());
        });
    }

    private static int interviewiqConnections(Connection admin) throws SQLException {
        try (Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name LIKE 'interviewiq %'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
