package com.interviewiq.engine.resilience;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.db.DatabaseUnavailableException;
import com.interviewiq.engine.db.Failures;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.health.HealthStatus;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.SimulationResult;
import com.interviewiq.engine.simulate.Simulator;
import com.interviewiq.engine.testing.TestDatabases;
import com.interviewiq.engine.testing.TestEngines;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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

/**
 * PostgreSQL stopped and started again under interview load: operations during the outage fail
 * fast with "database unavailable", the pools recover by themselves, no acknowledged answer is lost.
 */
class DatabaseRestartTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void ridesThroughARestart(Mode mode) throws Exception {
        Path data = temp.resolve("pgdata");
        EmbeddedPostgres pg = TestDatabases.ownPostgres(data, 0);
        int port = pg.getPort();
        try (Engine engine = Engine.start(TestEngines.settings(temp.resolve("home"),
                "postgresql://postgres@localhost:" + port + "/postgres", mode, Map.of(
                        SettingKey.POOL_SIZE, "4", SettingKey.MAX_OVERFLOW, "4", SettingKey.POOL_TIMEOUT_SECONDS, "2",
                        SettingKey.SAMPLE_INTERVAL_MILLIS, "200")))) {
            join(engine.transfer().importSampleBank());
            Simulator.Run run = engine.simulator().prepare(new SimulationOptions(1_000_000, 8, 3, List.of(), null, 9),
                    (d, t) -> { });
            CompletableFuture<SimulationResult> load = engine.simulator().start(run).toCompletableFuture();
            await().atMost(Duration.ofSeconds(30)).until(() -> run.answersAcknowledged() > 100);

            pg.close();
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.health().now().status() == HealthStatus.DOWN);
            long t0 = System.nanoTime();
            Throwable failure = null;
            try {
                join(engine.questions().count());
            } catch (RuntimeException e) {
                failure = Failures.unwrap(e);
            }
            long failMs = (System.nanoTime() - t0) / 1_000_000;
            assertThat(failure).isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageStartingWith("database unavailable");
            assertThat(failMs).as("fails fast, not after the pool timeout").isLessThan(1500);

            pg = TestDatabases.ownPostgres(data, port); // the same server, started again
            long back = System.nanoTime();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
                try {
                    join(engine.questions().count());
                    return true;
                } catch (RuntimeException e) {
                    return false;
                }
            });
            long recoveryMs = (System.nanoTime() - back) / 1_000_000;
            long ackBefore = run.answersAcknowledged();
            await().atMost(Duration.ofSeconds(30)).until(() -> run.answersAcknowledged() > ackBefore + 50);
            run.stop();
            SimulationResult r = load.get(2, TimeUnit.MINUTES);
            System.out.printf("restart %s: recovered %d ms after the server was back; fail-fast %d ms; %d acknowledged,"
                    + " %d stored, %d sessions failed during the outage%n", mode, recoveryMs, failMs,
                    r.answersAcknowledged(), r.answersStored(), r.errors());
            // the target is 5 s (printed above; BENCHMARKS.md has the measured numbers); the limit is generous so a loaded
            // machine cannot fail it, while a backend that never reconnects on its own still does
            assertThat(recoveryMs).as("recovery soon after the server is back").isLessThan(20_000);
            assertThat(r.answersStored()).as("no acknowledged answer lost").isGreaterThanOrEqualTo(r.answersAcknowledged());
            // every failure names the outage; a caller that waited for a connection while the pool was reconnecting
            // to the restarted server may also be told the pool had none for it within the (2 s) timeout
            assertThat(r.errorSamples()).allSatisfy(m -> assertThat(m).containsAnyOf("unavailable", "cut off", "no longer",
                    "no database connection became available"));
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.health().now().status() == HealthStatus.UP);
        } finally {
            pg.close();
        }
    }
}
