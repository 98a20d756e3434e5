package com.interviewiq.engine.monitor;

import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.PoolStats;
import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** Rates divide by the real elapsed time; a late tick is a gap, not a dip. */
class PoolSamplerTest {
    @TempDir
    Path temp;

    @Test
    void ratesUseTheRealTickLengthAndLateTicksAreGaps() {
        try (Database db = Backend.all().findFirst().orElseThrow().openFresh(temp, Backend.SMALL_POOL)) {
            DatabaseMetrics metrics = new DatabaseMetrics();
            MetricsHistory history = new MetricsHistory(Duration.ofMinutes(1), Duration.ofSeconds(1));
            List<MetricsSample> seen = new ArrayList<>();
            history.onSample(seen::add);
            PoolSampler sampler = new PoolSampler(() -> db, metrics, history, Duration.ofSeconds(1),
                    new TestClock(Instant.parse("2026-11-27T10:00:00Z")), s -> { });
            long t0 = 1_000_000_000_000L;
            sampler.reset(t0);
            for (int i = 0; i < 25; i++) {
                metrics.committed(2_000_000);
                metrics.statement(1_000_000);
                metrics.statement(1_000_000);
            }
            metrics.rolledBack(3_000_000, ErrorKind.UNAVAILABLE);
            metrics.rolledBack(3_000_000, ErrorKind.BUSINESS); // a conflict is not a database error
            metrics.acquired(500_000);
            metrics.acquired(1_500_000);
            // the tick came 2.5 s after the previous one, not the configured 1 s
            MetricsSample s = sampler.tick(t0 + 2_500_000_000L);
            assertThat(s.intervalSeconds()).isEqualTo(2.5, within(1e-9));
            assertThat(s.transactionsPerSecond()).isEqualTo(27 / 2.5, within(1e-9));
            assertThat(s.statementsPerSecond()).isEqualTo(50 / 2.5, within(1e-9));
            assertThat(s.errorsPerSecond()).isEqualTo(1 / 2.5, within(1e-9));
            assertThat(s.p50Ms()).isEqualTo(1.0, within(0.01));
            assertThat(s.gapBefore()).as("2.5 s > 2 x 1 s interval").isTrue();
            // the means Little's law needs: whole transactions (25 x 2 ms + 2 x 3 ms) and connection waits
            assertThat(s.transactionMeanMs()).isEqualTo(56.0 / 27, within(0.02));
            assertThat(s.acquireMeanMs()).isEqualTo(1.0, within(0.01));
            assertThat(s.processCpuCores()).as("Linux tells the process CPU time").isNotNaN().isNotNegative();

            MetricsSample next = sampler.tick(t0 + 3_500_000_000L);
            assertThat(next.gapBefore()).isFalse();
            assertThat(next.transactionsPerSecond()).isZero();
            assertThat(next.p99Ms()).as("an idle tick has no latency, not the old one").isZero();
            assertThat(seen).containsExactly(s, next);
            assertThat(history.latest()).isEqualTo(next);
            assertThat(MetricsHistory.toCsv(history.samples()).lines()).hasSize(3)
                    .first().asString().startsWith("time,mode,active");
        }
    }

    /** A tick pings the database; closing the engine must not pull the database from under it. */
    @Test
    void closeWaitsForTheTickInProgressWithoutInterruptingIt() throws Exception {
        try (Database db = Backend.all().findFirst().orElseThrow().openFresh(temp, Backend.SMALL_POOL)) {
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean interrupted = new AtomicBoolean();
            AtomicBoolean finished = new AtomicBoolean();
            PoolSampler sampler = new PoolSampler(() -> db, new DatabaseMetrics(),
                    new MetricsHistory(Duration.ofMinutes(1), Duration.ofMillis(20)), Duration.ofMillis(20),
                    new TestClock(Instant.parse("2026-11-27T10:00:00Z")), s -> {
                        if (entered.getCount() == 0) {
                            return;
                        }
                        entered.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            interrupted.set(true);
                        }
                        finished.set(true);
                    });
            sampler.start();
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicBoolean finishedWhenClosed = new AtomicBoolean();
            Thread closer = Thread.ofPlatform().start(() -> {
                sampler.close();
                finishedWhenClosed.set(finished.get());
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> closer.getState() == Thread.State.TIMED_WAITING);
            release.countDown();
            closer.join(Duration.ofSeconds(10));
            assertThat(closer.isAlive()).isFalse();
            assertThat(finishedWhenClosed).as("close returned only after the tick ended").isTrue();
            assertThat(interrupted).as("the tick was not interrupted").isFalse();
        }
    }

    @Test
    void theRingKeepsOnlyItsSpan() {
        MetricsHistory h = new MetricsHistory(Duration.ofSeconds(10), Duration.ofSeconds(1));
        for (int i = 0; i < 25; i++) {
            h.add(new MetricsSample(Instant.ofEpochSecond(i), "sync", new PoolStats(0, 0, 0, 0, 1),
                    new MetricsSample.Rates(i, 0, 0), MetricsSample.Latency.NONE, MetricsSample.Totals.NONE, 1, false));
        }
        assertThat(h.capacity()).isEqualTo(10);
        assertThat(h.samples()).hasSize(10).first().extracting(MetricsSample::statementsPerSecond).isEqualTo(15.0);
        assertThat(h.last(3)).extracting(MetricsSample::statementsPerSecond).containsExactly(22.0, 23.0, 24.0);
    }
}
