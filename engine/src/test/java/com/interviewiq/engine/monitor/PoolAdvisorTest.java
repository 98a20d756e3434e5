package com.interviewiq.engine.monitor;

import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.db.ServerConnections;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.interviewiq.engine.monitor.SyntheticSamples.T0;
import static com.interviewiq.engine.monitor.SyntheticSamples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The pool advisor on synthetic traffic whose answers follow from Little's law by hand. */
class PoolAdvisorTest {
    private static final PoolSettings NOW = new PoolSettings(20, 30, Duration.ofSeconds(30), Duration.ofHours(1),
            Duration.ZERO);

    private static List<MetricsSample> steady(int seconds, double tps, double txMeanMs, double acquireMeanMs, int active) {
        List<MetricsSample> samples = new ArrayList<>();
        for (int s = 1; s <= seconds; s++) {
            samples.add(at(s).tps(tps).sps(3 * tps).means(txMeanMs, acquireMeanMs).pool(active, 0).build());
        }
        return samples;
    }

    @Test
    void steadyTrafficNeedsRateTimesHoldingTimePlusHeadroom() {
        // 200 tx/s, each 12 ms of which 2 ms waiting for a connection: 200 x 0.010 s = 2 connections busy
        PoolAdvice advice = PoolAdvisor.advise(steady(60, 200, 12, 2, 2), NOW, null);

        assertThat(advice.enough()).isTrue();
        assertThat(advice.transactionsPerSecond()).isEqualTo(200, within(1e-9));
        assertThat(advice.holdMs()).isEqualTo(10, within(1e-9));
        assertThat(advice.meanBusy()).isEqualTo(2, within(1e-9));
        assertThat(advice.peakBusy()).isEqualTo(2, within(1e-9));
        assertThat(advice.size()).as("ceil(2 x 1.25)").isEqualTo(3);
        assertThat(advice.overflow()).as("at least half the size: the burst (2) is already covered").isEqualTo(2);
        assertThat(advice.budget()).isEqualTo(-1);
        assertThat(advice.reasoning()).contains("200.0 transactions/s", "10.00 ms", "12.00 ms per transaction less 2.00 ms",
                "2.00 connections were busy on average and 2.00 in the busiest 5% of 5-second stretches", "Size 3", "overflow 2", "Now: size 20 + overflow 30");
    }

    @Test
    void theSizeCoversTheBusiestIntervalsAndTheOverflowTheBiggestBurstWithItsWaiters() {
        List<MetricsSample> samples = new ArrayList<>();
        for (int s = 1; s <= 100; s++) {
            // 90 quiet seconds (1 busy), then 10 busy ones (8 busy); in one, 10 held and 6 callers waited
            boolean busy = s > 90;
            samples.add(at(s).tps(busy ? 800 : 100).sps(100).means(10, 0).acquireP99(busy ? 40 : 0)
                    .pool(s == 95 ? 10 : busy ? 8 : 1, s == 95 ? 6 : 0).build());
        }

        PoolAdvice advice = PoolAdvisor.advise(samples, NOW, null);

        assertThat(advice.meanBusy()).isEqualTo((90 * 100 + 10 * 800) / 100.0 * 0.010, within(1e-9));
        assertThat(advice.peakBusy()).as("the 19th of 20 sorted 5 s stretches is a busy one").isEqualTo(8, within(1e-9));
        assertThat(advice.burst()).as("10 held + 6 waiting").isEqualTo(16, within(1e-9));
        assertThat(advice.size()).isEqualTo(10);
        assertThat(advice.overflow()).as("ceil(16 x 1.25) - 10").isEqualTo(10);
        assertThat(advice.reasoning()).contains("up to 6 callers waited");
    }

    @Test
    void aTickJustAfterALateOneDoesNotReadAsHundredsOfConnections() {
        List<MetricsSample> samples = new ArrayList<>(steady(60, 200, 12, 2, 2));
        // 10 ms after the previous tick, 10 transactions of 200 ms ended: 1,000 tx/s x 0.2 s = 200 "busy" alone
        samples.add(30, at(30.01).interval(0.01).tps(1000).means(200, 0).pool(2, 0).build());

        PoolAdvice advice = PoolAdvisor.advise(samples, NOW, null);

        // in its 5.01 s stretch it adds 10 x 0.2 connection-seconds: (5 x 2 + 2) / 5.01
        assertThat(advice.burst()).isEqualTo(12 / 5.01, within(1e-9));
        assertThat(advice.size()).isEqualTo(3);
        assertThat(advice.overflow()).isEqualTo(2);
    }

    @Test
    void theServersBudgetBoundsTheAdvice() {
        // 100 max_connections, 90 in use of which this console holds 4: 100 - 3 reserved - 86 = 11 left
        ServerConnections server = new ServerConnections(100, 90, 12, 4, T0);

        PoolAdvice advice = PoolAdvisor.advise(steady(60, 800, 10, 0, 8), NOW, server);

        assertThat(advice.budget()).isEqualTo(11);
        assertThat(advice.size()).isEqualTo(10);
        assertThat(advice.overflow()).as("would be 5; the server leaves room for 1").isEqualTo(1);
        assertThat(advice.reasoning()).contains("at most 11", "it would have asked for 15");
    }

    @Test
    void aServerWithRoomIsNamedButDoesNotBound() {
        ServerConnections server = new ServerConnections(100, 10, 3, 2, T0);

        PoolAdvice advice = PoolAdvisor.advise(steady(60, 200, 12, 2, 2), NOW, server);

        assertThat(advice.size()).isEqualTo(3);
        assertThat(advice.budget()).isEqualTo(89);
        assertThat(advice.reasoning()).contains("up to 89 for this console");
    }

    @Test
    void tooLittleTrafficGivesNoAdvice() {
        PoolAdvice shortRun = PoolAdvisor.advise(steady(20, 200, 12, 2, 2), NOW, null);
        PoolAdvice quiet = PoolAdvisor.advise(steady(60, 1, 5, 0, 0), NOW, null);

        assertThat(shortRun.enough()).isFalse();
        assertThat(shortRun.reasoning()).startsWith("Not enough traffic to advise: 20 s sampled with 4,000 transactions");
        assertThat(quiet.enough()).isFalse();
        assertThat(quiet.size()).isEqualTo(20);
        assertThat(quiet.overflow()).isEqualTo(30);
    }

    @Test
    void gapsAndSamplesWithoutTheMeansAreLeftOut() {
        List<MetricsSample> samples = new ArrayList<>(steady(60, 200, 12, 2, 2));
        samples.add(at(100).interval(39).gap().tps(5000).means(50, 0).build());
        for (int s = 101; s <= 200; s++) {
            samples.add(at(s).tps(5000).build()); // recorded before the means were: NaN
        }

        PoolAdvice advice = PoolAdvisor.advise(samples, NOW, null);

        assertThat(advice.transactionsPerSecond()).isEqualTo(200, within(1e-9));
        assertThat(advice.size()).isEqualTo(3);
    }
}
