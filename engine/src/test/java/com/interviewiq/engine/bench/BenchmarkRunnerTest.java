package com.interviewiq.engine.bench;

import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.SettingsResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The runner on a temporary H2 file: stopping it mid-run, points as they come, the interview workload. */
class BenchmarkRunnerTest {
    @TempDir
    Path temp;

    @Test
    void stoppingCutsTheRunShortAndKeepsThePointsMeasuredSoFar() throws Exception {
        Settings settings = SettingsResolver.resolve(temp, Map.of(), Map.of(), Map.of());
        // 6 runs of 8 s; the stop comes as the second begins
        BenchOptions o = new BenchOptions(List.of(BenchMode.SYNC, BenchMode.ASYNC), List.of(1, 2, 4), List.of(4),
                Duration.ofSeconds(8), Duration.ZERO, BenchWorkload.STEP, 1);
        AtomicBoolean cancelled = new AtomicBoolean();
        List<BenchPoint> partial = new CopyOnWriteArrayList<>();
        List<String> started = new CopyOnWriteArrayList<>();
        long[] stoppedAt = new long[1];
        BenchReport report = new BenchmarkRunner(settings).run(o, new BenchListener() {
            @Override
            public void measuring(BenchMode mode, int concurrency, int poolSize, int round, int done, int total) {
                started.add(mode.label() + "@" + concurrency);
                if (done == 1) { // the second run has begun: stop it while it measures
                    stoppedAt[0] = System.nanoTime();
                    cancelled.set(true);
                }
            }

            @Override
            public void measured(BenchPoint point) {
                partial.add(point);
            }
        }, cancelled::get);
        double secondsAfterStop = (System.nanoTime() - stoppedAt[0]) / 1e9;

        // the first run finished; the second was cut short (not left to run its 8 s) and dropped; nothing else began
        assertThat(started).containsExactly("sync@1", "async@1");
        assertThat(secondsAfterStop).isLessThan(5);
        assertThat(report.results()).singleElement().satisfies(p -> {
            assertThat(p.mode()).isEqualTo("sync");
            assertThat(p.stepsPerSecond()).isPositive();
        });
        assertThat(partial).containsExactlyElementsOf(report.results());
        assertThat(report.verdict()).startsWith("Stopped after 1 of 6 runs; on the points measured: At concurrency 1");
        assertThat(report.machine()).containsEntry("runs", "1 of 6 (stopped)");
        try (Connection c = DriverManager.getConnection(settings.database().jdbcUrl(), "sa", "");
             ResultSet rs = c.getMetaData().getTables(null, null, "BENCH_ANSWERS", null)) {
            assertThat(rs.next()).as("bench_answers dropped after a stop").isFalse();
        }
    }

    /**
     * Every mode measures: the virtual-thread executor and both bare baselines (HikariCP, r2dbc-pool) too,
     * with no errors; each counts the statements it sent, three per step (read, insert, the session's stats:
     * BEGIN and COMMIT are not statements of the step), and spends some CPU on each.
     */
    @Test
    void everyModeMeasuresTheStepWorkload() {
        Settings settings = SettingsResolver.resolve(temp, Map.of(), Map.of(), Map.of());
        BenchOptions o = new BenchOptions(List.of(BenchMode.SYNC, BenchMode.SYNC_VIRTUAL, BenchMode.ASYNC, BenchMode.RAW,
                BenchMode.RAW_ASYNC), List.of(2), List.of(4), Duration.ofMillis(300), Duration.ZERO, BenchWorkload.STEP, 1);
        BenchReport report = new BenchmarkRunner(settings).run(o, (done, total) -> { }, p -> { });
        assertThat(report.results()).extracting(BenchPoint::mode)
                .containsExactly("sync", "sync-virtual", "async", "raw", "raw-async");
        assertThat(report.results()).allSatisfy(p -> {
            assertThat(p.errors()).as(p.mode()).isZero();
            assertThat(p.stepsPerSecond()).as(p.mode()).isPositive();
            assertThat(p.statementsPerStep()).as(p.mode()).isEqualTo(3.0);
            assertThat(p.clientCpuMsPerStep()).as(p.mode()).isPositive();
            assertThat(p.poolSize()).isEqualTo(4);
        });
    }

    /** With a warm-up asked for, each mode first runs once unmeasured, so no mode's result pays for the JIT's warm-up. */
    @Test
    void everyModeRunsOnceUnmeasuredBeforeAnyRunIsMeasured() {
        Settings settings = SettingsResolver.resolve(temp, Map.of(), Map.of(), Map.of());
        BenchOptions o = new BenchOptions(List.of(BenchMode.SYNC, BenchMode.ASYNC, BenchMode.RAW), List.of(2, 3), List.of(4),
                Duration.ofMillis(200), Duration.ofMillis(100), BenchWorkload.INTERVIEW, 1);
        assertThat(o.warmingRuns()).as("raw is skipped by the interview workload, so not warmed either").isEqualTo(2);
        List<String> events = new CopyOnWriteArrayList<>();
        BenchReport report = new BenchmarkRunner(settings).run(o, new BenchListener() {
            @Override
            public void warming(BenchMode mode, int nth, int of) {
                events.add("warm " + mode.label() + " " + nth + "/" + of);
            }

            @Override
            public void measuring(BenchMode mode, int concurrency, int poolSize, int round, int done, int total) {
                events.add("measure " + mode.label() + "@" + concurrency);
            }
        }, () -> false);

        assertThat(events).containsExactly("warm sync 1/2", "warm async 2/2",
                "measure sync@2", "measure async@2", "measure sync@3", "measure async@3");
        assertThat(report.results()).hasSize(4);
        assertThat(report.machine()).containsEntry("runs", "4 of 4");
    }

    @Test
    void pointsArriveAsEachModeFinishesItsRounds() {
        Settings settings = SettingsResolver.resolve(temp, Map.of(), Map.of(), Map.of());
        BenchOptions o = new BenchOptions(List.of(BenchMode.SYNC, BenchMode.ASYNC), List.of(2), List.of(4),
                Duration.ofMillis(300), Duration.ZERO, BenchWorkload.READ, 1);
        List<String> events = new ArrayList<>();
        BenchReport report = new BenchmarkRunner(settings).run(o, new BenchListener() {
            @Override
            public void progress(int done, int total) {
                events.add("run " + done + "/" + total);
            }

            @Override
            public void measured(BenchPoint point) {
                events.add("point " + point.mode());
            }
        }, () -> false);

        // with one round a mode's point is complete as soon as its run is: it does not wait for the others
        assertThat(events).containsExactly("run 1/2", "point sync", "run 2/2", "point async");
        assertThat(report.results()).extracting(BenchPoint::mode).containsExactly("sync", "async");
        // the read workload is one statement a step, whichever mode counts it
        assertThat(report.results()).extracting(BenchPoint::statementsPerStep).containsOnly(1.0);
        assertThat(report.machine()).containsEntry("runs", "2 of 2").containsKeys("database", "cores", "java");
    }

    @Test
    void theInterviewWorkloadAnswersThroughTheServicesAndLeavesNoSessionsBehind() throws Exception {
        Settings settings = SettingsResolver.resolve(temp, Map.of(), Map.of(), Map.of());
        BenchOptions o = new BenchOptions(List.of(BenchMode.SYNC, BenchMode.ASYNC, BenchMode.RAW), List.of(4), List.of(4),
                Duration.ofSeconds(1), Duration.ofMillis(200), BenchWorkload.INTERVIEW, 1);
        assertThat(o.points()).as("raw is skipped").isEqualTo(2);

        BenchReport report = new BenchmarkRunner(settings).run(o, (done, total) -> { }, p -> { });

        assertThat(report.results()).extracting(BenchPoint::mode).containsExactly("sync", "async");
        for (BenchPoint p : report.results()) {
            assertThat(p.stepsPerSecond()).as(p.mode()).isPositive();
            assertThat(p.errors()).as(p.mode()).isZero();
            assertThat(p.latencyMs().p99()).as(p.mode()).isPositive();
        }
        assertThat(report.machine()).containsEntry("workload", "interview")
                .containsEntry("skipped", "raw (no service layer to run the interview workload through)");
        assertThat(report.verdict()).contains("At concurrency 4 (pool 4)")
                .endsWith("raw was not run: the interview workload goes through the engine's services, and the raw"
                        + " baselines have none.");
        try (Connection c = DriverManager.getConnection(settings.database().jdbcUrl(), "sa", "")) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM interview_sessions")) {
                rs.next();
                assertThat(rs.getLong(1)).as("the benchmark's sessions are removed").isZero();
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM answers")) {
                rs.next();
                assertThat(rs.getLong(1)).as("and their answers with them").isZero();
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM questions WHERE status = 'ready'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("the sample bank it asked from").isPositive();
            }
        }
    }

    @Test
    void theInterviewWorkloadNeedsAnEngineMode() {
        assertThatThrownBy(() -> new BenchOptions(List.of(BenchMode.RAW), List.of(1), List.of(4), Duration.ofSeconds(1),
                Duration.ZERO, BenchWorkload.INTERVIEW, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the interview workload needs an engine mode (sync, sync-virtual or async): raw and raw-async"
                        + " have no service layer to run it through");
        assertThat(BenchWorkload.parse("Interview")).isEqualTo(BenchWorkload.INTERVIEW);
    }
}
