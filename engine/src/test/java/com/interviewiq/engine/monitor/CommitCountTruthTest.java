package com.interviewiq.engine.monitor;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.Simulator;
import com.interviewiq.engine.testing.TestDatabases;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The engine's committed-transaction count against the server's own pg_stat_database.xact_commit
 * for the database, over a run of the simulate workload. What the engine does beside its services
 * is measured, not guessed: health's own transactions (pings, schema checks, server reads) and the
 * cross-check's reads of pg_stat_database are counted and added back, up to the engine's close, and
 * the pool is full before counting starts, so the drivers' per-connection set-up queries (a new
 * connection may query the server as it opens) fall before the window instead of being a fixed
 * excess that a slow machine's smaller count cannot absorb.
 */
class CommitCountTruthTest {
    private static final Duration RUN = Duration.ofSeconds(12);

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void engineCountMatchesTheServersCount(Mode mode) throws Exception {
        String db = TestDatabases.createPostgresDatabase();
        Engine engine = Engine.start(TestEngines.settings(dataDir, TestDatabases.postgresUrl(db), mode,
                Map.of(SettingKey.POOL_SIZE, "8", SettingKey.MAX_OVERFLOW, "0", SettingKey.POOL_MIN_IDLE, "8",
                        SettingKey.POOL_IDLE_SECONDS, "600",
                        // the keyword scorer keeps the run database-bound: while the sentence model embeds a
                        // newly served question, connections idle, and HikariCP validates a connection idle
                        // over 500 ms with a query of its own, which the server counts and no engine can see
                        SettingKey.EVALUATOR, "rubric")));
        long before;
        long enginePrior;
        long pingsPrior;
        long readsPrior;
        try {
            join(engine.transfer().importSampleBank());
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.database().poolStats().total() == 8);
            // counting starts once the schema and sample data are in and every connection is open
            before = xactCommit(db);
            enginePrior = engine.monitor().metrics().counts().commits();
            pingsPrior = engine.health().ownTransactions();
            readsPrior = engine.serverCheck().ownReads();
            Simulator.Run run = engine.simulator().prepare(new SimulationOptions(Integer.MAX_VALUE, 16, 5, List.of(), null, 3),
                    (d, t) -> { });
            CompletableFuture<?> result = engine.simulator().start(run).toCompletableFuture();
            CompletableFuture.delayedExecutor(RUN.toMillis(), TimeUnit.MILLISECONDS).execute(run::stop);
            result.get(RUN.toSeconds() + 60, TimeUnit.SECONDS);
            assertThat(run.errors()).isZero();
        } finally {
            engine.close(); // backends flush their statistics as their connections close
        }
        // read once the engine is closed: health keeps pinging until then, and the server counts those too
        long engineCommits = engine.monitor().metrics().counts().commits() - enginePrior;
        long pings = engine.health().ownTransactions() - pingsPrior + engine.serverCheck().ownReads() - readsPrior;
        long expected = engineCommits + pings;
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> xactCommit(db) - before >= expected * 0.98);
        long server = xactCommit(db) - before;
        System.out.printf("truth %s: engine %d commits + %d health and cross-check transactions = %d; server xact_commit delta %d (%.2f%%)%n",
                mode, engineCommits, pings, expected, server, 100.0 * (server - expected) / expected);
        assertThat(engineCommits).isGreaterThan(1000);
        assertThat((double) server).isCloseTo(expected, within(expected * 0.02));
    }

    private static long xactCommit(String db) throws SQLException {
        try (Connection c = TestDatabases.admin("postgres"); Statement st = c.createStatement()) {
            st.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = st.executeQuery("SELECT xact_commit FROM pg_stat_database WHERE datname = '" + db + "'")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
