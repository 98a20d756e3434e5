package com.interviewiq.ui.bench;

import com.interviewiq.engine.bench.BenchMode;
import com.interviewiq.engine.bench.BenchOptions;
import com.interviewiq.engine.bench.BenchPoint;
import com.interviewiq.engine.bench.BenchReport;
import com.interviewiq.engine.bench.BenchWorkload;
import com.interviewiq.engine.simulate.LatencyMs;
import com.interviewiq.ui.bench.BenchmarkViewModel.Field;
import com.interviewiq.ui.bench.BenchmarkViewModel.State;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Benchmark form, its estimate and the run's state, without a screen. */
class BenchmarkViewModelTest {
    private final BenchmarkViewModel model = new BenchmarkViewModel();

    @Test
    void theDefaultsAreAQuickLaptopRun() {
        BenchOptions o = model.validate().orElseThrow();

        assertThat(o.modes()).containsExactly(BenchMode.SYNC, BenchMode.SYNC_VIRTUAL, BenchMode.ASYNC, BenchMode.RAW,
                BenchMode.RAW_ASYNC);
        assertThat(o.concurrency()).containsExactly(1, 8, 64);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(3));
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(1));
        assertThat(o.poolSizes()).containsExactly(10);
        assertThat(o.rounds()).isEqualTo(1);
        assertThat(o.workload()).isEqualTo(BenchWorkload.STEP);
        assertThat(model.configuredDatabase().get()).isFalse();
        // 15 runs, and one unmeasured run of each of the 5 modes first, of 1 s warm-up + 3 s + 0.25 s set-up
        assertThat(model.estimate().get()).isEqualTo("≈ 1 min 25 s");
    }

    @Test
    void theEstimateFollowsTheForm() {
        model.mode(BenchMode.RAW).set(false);
        model.mode(BenchMode.RAW_ASYNC).set(false);
        model.duration().set("10s");
        model.warmup().set("0");
        model.rounds().set("3");
        // 3 modes x 3 levels x 3 rounds = 27 runs of 10.25 s (no warm-up: no unmeasured runs either)
        assertThat(model.estimate().get()).isEqualTo("≈ 4 min 37 s");

        model.concurrency().set("1,x");
        assertThat(model.estimate().get()).isEmpty();
        assertThat(model.error(Field.CONCURRENCY).get()).as("the estimate does not report errors").isEmpty();
    }

    @Test
    void aBadValueGetsOneErrorNamingItsFieldAndNoOptions() {
        model.concurrency().set("1, 8, lots");

        assertThat(model.validate()).isEmpty();
        assertThat(model.error(Field.CONCURRENCY).get())
                .isEqualTo("Concurrency levels: 'lots' is not a whole number; write them like 1,8,64");
        for (Field f : List.of(Field.MODES, Field.DURATION, Field.WARMUP, Field.POOL_SIZES, Field.ROUNDS)) {
            assertThat(model.error(f).get()).as(f.label()).isEmpty();
        }

        model.concurrency().set("1,8");
        assertThat(model.validate()).isPresent();
        assertThat(model.error(Field.CONCURRENCY).get()).isEmpty();
    }

    @Test
    void everyFieldIsChecked() {
        for (BenchMode m : BenchMode.values()) {
            model.mode(m).set(false);
        }
        model.concurrency().set("0");
        model.duration().set("soon");
        model.warmup().set("-1s");
        model.poolSizes().set("");
        model.rounds().set("99");

        assertThat(model.validate()).isEmpty();
        assertThat(model.error(Field.MODES).get()).isEqualTo("Modes: choose at least one mode");
        assertThat(model.error(Field.CONCURRENCY).get()).isEqualTo("Concurrency levels: 0 is outside 1..10000");
        assertThat(model.error(Field.DURATION).get()).isEqualTo("Duration: 'soon' is not a duration; write e.g. 3s, 500ms or 1m");
        assertThat(model.error(Field.WARMUP).get()).startsWith("Warm-up: '-1s' is not a duration");
        assertThat(model.error(Field.POOL_SIZES).get()).isEqualTo("Pool sizes: give at least one value, e.g. 10 or 5,20");
        assertThat(model.error(Field.ROUNDS).get()).isEqualTo("Rounds: '99' is not a whole number from 1 to 20");
    }

    @Test
    void theInterviewWorkloadSkipsRawAndNeedsAnEngineMode() {
        model.workload().set(BenchWorkload.INTERVIEW);
        // raw and raw-async are skipped: 3 modes x 3 levels = 9 runs of 4.25 s, after 3 unmeasured ones
        assertThat(model.estimate().get()).isEqualTo("≈ 51 s");
        assertThat(model.validate().orElseThrow().measuredModes()).doesNotContain(BenchMode.RAW, BenchMode.RAW_ASYNC);

        for (BenchMode m : List.of(BenchMode.SYNC, BenchMode.SYNC_VIRTUAL, BenchMode.ASYNC)) {
            model.mode(m).set(false);
        }
        assertThat(model.validate()).isEmpty();
        assertThat(model.error(Field.MODES).get()).isEqualTo("Modes: the interview workload needs an engine mode"
                + " (sync, sync-virtual or async): raw and raw-async have no service layer to run it through");
    }

    @Test
    void durationsTakeUnitsOrPlainSeconds() {
        model.duration().set("1.5");
        model.warmup().set("250ms");
        BenchOptions o = model.validate().orElseThrow();
        assertThat(o.duration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(o.warmup()).isEqualTo(Duration.ofMillis(250));

        model.duration().set("2m");
        assertThat(model.validate().orElseThrow().duration()).isEqualTo(Duration.ofMinutes(2));
        model.duration().set("50ms");
        assertThat(model.validate()).isEmpty();
        assertThat(model.error(Field.DURATION).get()).isEqualTo("Duration: must be at least 100ms");
    }

    @Test
    void humanDurations() {
        assertThat(BenchmarkViewModel.human(Duration.ofSeconds(72))).isEqualTo("1 min 12 s");
        assertThat(BenchmarkViewModel.human(Duration.ofSeconds(120))).isEqualTo("2 min");
        assertThat(BenchmarkViewModel.human(Duration.ofMillis(400))).isEqualTo("1 s");
        assertThat(BenchmarkViewModel.human(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
    }

    @Test
    void aRunFillsInPointByPointAndEndsWithTheVerdict() {
        BenchOptions o = model.validate().orElseThrow();
        model.started(o, "a temporary H2 database");
        assertThat(model.state().get()).isEqualTo(State.RUNNING);
        assertThat(model.maxConcurrency()).isEqualTo(64);
        assertThat(model.progressText().get()).isEqualTo("Preparing a temporary H2 database…");

        model.warming(BenchMode.ASYNC, 2, 3);
        assertThat(model.progressText().get()).isEqualTo("warming up async (2 of 3, not measured)");
        assertThat(model.progressValue().get()).isZero();
        model.measuring(BenchMode.SYNC, 1, 10, 1, 1, 0, 12);
        assertThat(model.progressText().get()).isEqualTo("0 of 12 runs · measuring sync at concurrency 1, pool 10");
        model.progress(1, 12);
        model.add(point("sync", 1));
        assertThat(model.points()).hasSize(1);
        assertThat(model.progressValue().get()).isEqualTo(1 / 12.0);

        model.stopping();
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("database", "H2 file /tmp/x");
        machine.put("runs", "1 of 12 (stopped)");
        assertThat(model.state().get()).isEqualTo(State.STOPPING);
        model.finished(new BenchReport(List.of(point("sync", 1)), "Stopped after 1 of 12 runs; on the points measured: …",
                machine));

        assertThat(model.state().get()).isEqualTo(State.IDLE);
        assertThat(model.verdict().get()).startsWith("Stopped after 1 of 12 runs");
        assertThat(model.machine().get()).isEqualTo("database: H2 file /tmp/x  ·  runs: 1 of 12 (stopped)");
        assertThat(model.progressText().get()).isEqualTo("Stopped: 1 of 12 runs measured.");
        assertThat(model.report().get()).isNotNull();

        model.started(o, "x");
        assertThat(model.points()).isEmpty();
        assertThat(model.report().get()).isNull();
        assertThat(model.verdict().get()).isEmpty();
        model.failed("Connection refused");
        assertThat(model.state().get()).isEqualTo(State.IDLE);
        assertThat(model.message().get()).isEqualTo("The benchmark failed: Connection refused");
    }

    static BenchPoint point(String mode, int concurrency) {
        return new BenchPoint(mode, concurrency, 10, 1000, new LatencyMs(1, 2, 3, 4), 0.1, 0, 50, 200, 1, 0.5, 3);
    }
}
