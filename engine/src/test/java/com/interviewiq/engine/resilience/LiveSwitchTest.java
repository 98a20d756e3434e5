package com.interviewiq.engine.resilience;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Vendor;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.simulate.ModeToggler;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.SimulationResult;
import com.interviewiq.engine.simulate.Simulator;
import com.interviewiq.engine.testing.TestDatabases;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 50 live sync <-> async switches during a 64-way interview workload lose and fail nothing. */
class LiveSwitchTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void fiftySwitchesUnderLoadLoseNothing(Vendor vendor) throws Exception {
        String url = vendor == Vendor.H2 ? null : TestDatabases.postgresUrl(TestDatabases.createPostgresDatabase());
        try (Engine engine = Engine.start(TestEngines.settings(dataDir, url, Mode.SYNC, Map.of(
                SettingKey.POOL_SIZE, "8", SettingKey.MAX_OVERFLOW, "8", SettingKey.SAMPLE_INTERVAL_MILLIS, "250")))) {
            join(engine.transfer().importSampleBank());
            Simulator.Run run = engine.simulator().prepare(new SimulationOptions(1_000_000, 64, 4, List.of(), null, 5),
                    (d, t) -> { });
            SimulationResult result;
            try (ModeToggler toggler = new ModeToggler(() -> engine.backend().mode(),
                    mode -> engine.switchMode(mode, p -> { }), Duration.ofMillis(60))) {
                CompletableFuture<SimulationResult> running = engine.simulator().start(run).toCompletableFuture();
                toggler.start();
                await().atMost(Duration.ofMinutes(3)).until(() -> toggler.switches() >= 50);
                run.stop(); // sessions already started run to their end
                toggler.close();
                result = toggler.into(running.get(2, TimeUnit.MINUTES));
                assertThat(toggler.refusals()).isEmpty();
            }
            System.out.printf("live switch %s: %d switches, p50 %.0f ms, max %.0f ms; %d sessions, %d answers%n", vendor,
                    result.switches(), result.switchMs().p50(), result.switchMs().max(), result.sessionsCompleted(),
                    result.answersStored());
            assertThat(result.switches()).isGreaterThanOrEqualTo(50);
            assertThat(result.errorSamples()).isEmpty();
            assertThat(result.errors()).isZero();
            assertThat(result.answersStored()).isEqualTo(result.answersAcknowledged()).isPositive();
            long openSessions = join(engine.database().inTransaction(tx -> tx.queryOne(Sql.of(
                    "SELECT COUNT(*) AS c FROM interview_sessions WHERE interviewer LIKE 'simulate-%' AND status <> 'completed'"),
                    r -> r.getLong("c"))));
            assertThat(openSessions).as("every started interview completed").isZero();
            long duplicates = join(engine.database().inTransaction(tx -> tx.queryOne(Sql.of("""
                    SELECT COUNT(*) AS c FROM (SELECT session_id, question_id FROM answers
                    GROUP BY session_id, question_id HAVING COUNT(*) > 1) d"""), r -> r.getLong("c"))));
            assertThat(duplicates).isZero();
            assertThat(engine.monitor().history().events()).filteredOn(e -> e.kind().equals(MetricsEvent.MODE_SWITCH))
                    .hasSizeGreaterThanOrEqualTo(50);
        }
    }
}
