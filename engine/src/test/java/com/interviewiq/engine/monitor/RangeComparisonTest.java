package com.interviewiq.engine.monitor;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.interviewiq.engine.monitor.SyntheticSamples.T0;
import static com.interviewiq.engine.monitor.SyntheticSamples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The A/B view's figures on synthetic histories whose answers are known. */
class RangeComparisonTest {
    private static MetricsRange range(double fromSecond, double toSecond) {
        return new MetricsRange(T0.plusMillis(Math.round(fromSecond * 1000)), T0.plusMillis(Math.round(toSecond * 1000)));
    }

    @Test
    void throughputIsWeightedByRealElapsedTimeAndGapsStayGaps() {
        List<MetricsSample> samples = List.of(
                at(1).tps(100).sps(300).build(),
                at(4).interval(3).tps(200).sps(600).build(), // a 3 s interval counts three times as long
                at(40).interval(36).gap().tps(10).sps(10).build()); // after a stall: neither busy nor idle time

        RangeFigures f = RangeFigures.of(samples, range(0, 60));

        assertThat(f.samples()).isEqualTo(2);
        assertThat(f.gapsSkipped()).isEqualTo(1);
        assertThat(f.coveredSeconds()).isEqualTo(4.0, within(1e-9));
        assertThat(f.transactions()).isEqualTo(700);
        assertThat(f.transactionsPerSecond()).as("(100 + 3 x 200) / 4 s, not the mean of the rates").isEqualTo(175, within(1e-9));
        assertThat(f.statementsPerSecond()).isEqualTo((300 + 1800) / 4.0, within(1e-9));
    }

    @Test
    void percentilesAreTheStatementWeightedMeanOfTheIntervalsPercentiles() {
        List<MetricsSample> samples = List.of(
                at(1).sps(300).tps(100).percentiles(2, 10, 20).acquireP99(1).build(),
                at(2).sps(100).tps(300).percentiles(6, 30, 60).acquireP99(5).build(),
                at(3).sps(0).tps(0).percentiles(0, 0, 0).build()); // an idle second has no latency and no weight

        RangeFigures f = RangeFigures.of(samples, range(0, 3));

        assertThat(f.p50Ms()).isEqualTo((300 * 2 + 100 * 6) / 400.0, within(1e-9));
        assertThat(f.p95Ms()).isEqualTo(15, within(1e-9));
        assertThat(f.p99Ms()).isEqualTo(30, within(1e-9));
        assertThat(f.acquireP99Ms()).as("weighted by transactions").isEqualTo((100 * 1 + 300 * 5) / 400.0, within(1e-9));
        assertThat(f.cpuCores()).as("no sample carries the CPU").isNaN();
    }

    @Test
    void aSampleBelongsToTheRangeItsIntervalEndsIn() {
        List<MetricsSample> samples = List.of(at(10).tps(1).build(), at(11).tps(2).build(), at(12).tps(3).build());

        assertThat(range(10, 11).of(samples)).extracting(MetricsSample::transactionsPerSecond).containsExactly(2.0);
        assertThat(range(9, 12).of(samples)).hasSize(3);
    }

    @Test
    void theTableGivesBOverAAndTheVerdictNamesTheModes() {
        List<MetricsSample> samples = new ArrayList<>();
        for (int s = 1; s <= 10; s++) {
            samples.add(at(s).tps(100).sps(400).percentiles(1, 10, 20).acquireP99(4).cpu(0.5).build());
        }
        for (int s = 11; s <= 20; s++) {
            samples.add(at(s).mode("async").tps(118).sps(472).percentiles(1, 8.8, 30).acquireP99(2).cpu(0.75).build());
        }

        RangeComparison c = RangeComparison.of(samples, range(0, 10), range(10, 20));

        assertThat(c.rows()).extracting(RangeComparison.Row::metric).containsExactly("transactions/s", "statements/s",
                "p50 ms", "p95 ms", "p99 ms", "acquire wait p99 ms", "CPU (cores busy)");
        assertThat(c.rows().getFirst().ratio()).isEqualTo(1.18, within(1e-9));
        assertThat(c.rows().get(3).ratio()).isEqualTo(0.88, within(1e-9));
        assertThat(c.rows().get(5).ratio()).isEqualTo(0.5, within(1e-9));
        assertThat(c.rows().get(6).ratio()).isEqualTo(1.5, within(1e-9));
        assertThat(c.verdict()).isEqualTo("async against sync: throughput +18%, p95 -12%, p99 +50% (10 s and 10 s sampled)");
    }

    @Test
    void whatWasNotMeasuredIsSaidSo() {
        List<MetricsSample> samples = List.of(at(1).tps(10).sps(10).build(), at(2).tps(10).sps(10).build());

        RangeComparison c = RangeComparison.of(samples, range(0, 2), range(5, 9));

        assertThat(RangeComparison.change(c.rows().get(6))).isEqualTo("not measured");
        assertThat(c.verdict()).isEqualTo("Nothing to compare: range B holds no samples.");
    }

    @Test
    void defaultRangesAreEqualAndKeepClearOfTheLastSwitch() {
        List<MetricsSample> samples = new ArrayList<>();
        for (int s = 1; s <= 200; s++) {
            samples.add(at(s).mode(s <= 100 ? "sync" : "async").tps(50).build());
        }
        List<MetricsEvent> events = List.of(
                new MetricsEvent(T0.plusSeconds(30), MetricsEvent.MODE_SWITCH, "async → sync", ""),
                new MetricsEvent(T0.plusMillis(100_500), MetricsEvent.MODE_SWITCH, "sync → async", ""),
                new MetricsEvent(T0.plusSeconds(150), MetricsEvent.SWITCH_REFUSED, "stayed async", ""));

        RangeComparison.Ranges wide = RangeComparison.defaults(samples, events, Duration.ofMinutes(5)).orElseThrow();
        // the oldest sample is at 1 s, A ends 5 s before the switch: 94.5 s fit before it (and 94.5 s after)
        assertThat(wide.a()).isEqualTo(new MetricsRange(T0.plusSeconds(1), T0.plusMillis(95_500)));
        assertThat(wide.b()).isEqualTo(new MetricsRange(T0.plusMillis(105_500), T0.plusSeconds(200)));
        assertThat(wide.why()).isEqualTo("before and after the switch sync → async");

        RangeComparison.Ranges narrow = RangeComparison.defaults(samples, events, Duration.ofMinutes(1)).orElseThrow();
        assertThat(narrow.a().length()).isEqualTo(Duration.ofMinutes(1)).isEqualTo(narrow.b().length());
        assertThat(RangeFigures.of(samples, narrow.a()).modes()).containsExactly("sync");
        assertThat(RangeFigures.of(samples, narrow.b()).modes()).containsExactly("async");
    }

    @Test
    void withoutASwitchTheNewestRangeIsComparedWithTheOneBefore() {
        List<MetricsSample> samples = new ArrayList<>();
        for (int s = 1; s <= 200; s++) {
            samples.add(at(s).tps(50).build());
        }

        RangeComparison.Ranges r = RangeComparison.defaults(samples, List.of(), Duration.ofMinutes(1)).orElseThrow();

        assertThat(r.b()).isEqualTo(range(140, 200));
        assertThat(r.a()).isEqualTo(range(80, 140));
        assertThat(r.why()).startsWith("no mode switch");
    }

    @Test
    void tooShortAHistoryHasNoDefault() {
        List<MetricsSample> samples = List.of(at(1).build(), at(2).build(), at(18).build());
        List<MetricsEvent> switchAt10 = List.of(new MetricsEvent(T0.plusSeconds(10), MetricsEvent.MODE_SWITCH, "x", ""));

        assertThat(RangeComparison.defaults(samples, switchAt10, Duration.ofMinutes(5))).isEmpty();
        assertThat(RangeComparison.defaults(List.of(), List.of(), Duration.ofMinutes(5))).isEmpty();
    }
}
