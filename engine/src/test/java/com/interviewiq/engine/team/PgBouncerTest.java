package com.interviewiq.engine.team;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Pooler;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.simulate.ModeToggler;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.SimulationResult;
import com.interviewiq.engine.simulate.Simulator;
import com.interviewiq.engine.testing.PgBouncer;
import com.interviewiq.engine.testing.TestDatabases;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
 * Through a real PgBouncer in transaction pooling mode, with {@code databasePooler = pgbouncer}:
 * the schema migrates, a 16-way simulate across six live sync/async switches stores every
 * acknowledged answer and fails nothing. (The data-port contract runs through it too.)
 */
class PgBouncerTest {
    @TempDir
    Path dataDir;

    @Test
    void simulateWithLiveSwitchesThroughPgBouncerLosesNothing() throws Exception {
        PgBouncer bouncer = TestDatabases.pgbouncer();
        String url = bouncer.url(TestDatabases.createPostgresDatabase());
        try (Engine engine = Engine.start(TestEngines.settings(dataDir, url, Mode.SYNC, Map.of(
                SettingKey.DATABASE_POOLER, "pgbouncer", SettingKey.POOL_SIZE, "8", SettingKey.MAX_OVERFLOW, "8",
                SettingKey.SAMPLE_INTERVAL_MILLIS, "250")))) {
            assertThat(engine.settings().database().pooler()).isEqualTo(Pooler.PGBOUNCER);
            join(engine.transfer().importSampleBank());
            join(engine.warmOtherDriver());
            Simulator.Run run = engine.simulator().prepare(new SimulationOptions(1_000_000, 16, 4, List.of(), null, 3),
                    (d, t) -> { });
            SimulationResult result;
            try (ModeToggler toggler = new ModeToggler(() -> engine.backend().mode(),
                    mode -> engine.switchMode(mode, p -> { }), Duration.ofMillis(300))) {
                CompletableFuture<SimulationResult> running = engine.simulator().start(run).toCompletableFuture();
                toggler.start();
                await().atMost(Duration.ofMinutes(3)).until(() -> toggler.switches() >= 6);
                run.stop(); // sessions already started run to their end
                toggler.close();
                result = toggler.into(running.get(3, TimeUnit.MINUTES));
                assertThat(toggler.refusals()).isEmpty();
            }
            System.out.printf("through pgbouncer: %d switches, p50 %.0f ms, max %.0f ms; %d sessions, %d answers%n",
                    result.switches(), result.switchMs().p50(), result.switchMs().max(), result.sessionsCompleted(),
                    result.answersStored());
            assertThat(result.switches()).isGreaterThanOrEqualTo(6);
            assertThat(result.errorSamples()).isEmpty();
            assertThat(result.errors()).isZero();
            assertThat(result.answersStored()).isEqualTo(result.answersAcknowledged()).isPositive();
            assertThat(engine.health().now().checks()).anySatisfy(c -> {
                assertThat(c.name()).isEqualTo("migrations");
                assertThat(c.level()).isEqualTo("ok");
            });
        }
    }
}
