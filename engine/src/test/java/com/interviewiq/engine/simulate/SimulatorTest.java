package com.interviewiq.engine.simulate;

import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.Services;
import com.interviewiq.engine.config.PoolSettings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;

class SimulatorTest {
    @TempDir
    Path temp;

    static Stream<Backend> backends() {
        return Backend.parity();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void twoHundredSessionsAtConcurrency32StoreEveryAcknowledgedAnswer(Backend backend) {
        PoolSettings pool = new PoolSettings(8, 8, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ZERO);
        try (Services s = Services.over(backend.openFresh(temp, pool), Clock.systemUTC())) {
            join(s.transfer().importSampleBank());
            AtomicLong lastProgress = new AtomicLong();
            SimulationResult r = join(s.simulator().run(new SimulationOptions(200, 32, 5, List.of(), null, 7),
                    (done, total) -> lastProgress.set(done)));
            assertThat(r.errorSamples()).isEmpty();
            assertThat(r.errors()).isZero();
            assertThat(r.sessionsCompleted()).isEqualTo(200);
            assertThat(r.answersAcknowledged()).isEqualTo(1000);
            assertThat(r.answersStored()).isEqualTo(1000);
            assertThat(r.steps()).isEqualTo(1000);
            assertThat(r.slowestCallerSteps()).isPositive();
            assertThat(r.latencyMs().max()).isGreaterThanOrEqualTo(r.latencyMs().p99());
            assertThat(r.mode()).isEqualTo(backend.mode().label());
            assertThat(lastProgress.get()).isEqualTo(200);
        }
    }
}
