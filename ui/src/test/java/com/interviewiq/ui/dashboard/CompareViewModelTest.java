package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.ui.common.TrafficSamples;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Compare view's state on a synthetic history: sync for two minutes, a switch, async for two. */
class CompareViewModelTest {
    private static final Instant T0 = Instant.parse("2026-12-02T14:00:00Z");
    private static final List<MetricsEvent> SWITCH = List.of(
            new MetricsEvent(T0.plusMillis(120_500), MetricsEvent.MODE_SWITCH, "sync → async", "switched"));

    private static List<MetricsSample> history() {
        List<MetricsSample> samples = new ArrayList<>(TrafficSamples.steady(T0, 120, "sync", 100, 10, 5, 1));
        samples.addAll(TrafficSamples.steady(T0.plusSeconds(120), 120, "async", 125, 8, 4, 0));
        return samples;
    }

    @Test
    void opensOnBeforeAndAfterTheLastSwitchWithTheTableAndVerdict() {
        CompareViewModel model = new CompareViewModel(history(), SWITCH, ZoneOffset.UTC);

        // 5 s kept clear of the switch at 14:02:00.5; 114.5 s fit on each side
        assertThat(model.aFrom().get()).isEqualTo("14:00:01");
        assertThat(model.aTo().get()).isEqualTo("14:01:55");
        assertThat(model.bFrom().get()).isEqualTo("14:02:05");
        assertThat(model.bTo().get()).isEqualTo("14:04:00");
        assertThat(model.why().get()).startsWith("Default: before and after the switch sync → async, 114 s each");
        assertThat(model.lines()).hasSize(7);
        assertThat(model.lines().getFirst()).isEqualTo(new CompareViewModel.Line("transactions/s", "100", "125", "1.25×"));
        assertThat(model.lines().get(3)).isEqualTo(new CompareViewModel.Line("p95 ms", "10.00", "8.00", "0.80×"));
        assertThat(model.verdict().get()).startsWith("async against sync: throughput +25%, p95 -20%, p99 -20%");
    }

    @Test
    void typedRangesAreComparedAndABadTimeNamesItsField() {
        CompareViewModel model = new CompareViewModel(history(), SWITCH, ZoneOffset.UTC);

        model.aFrom().set("14:00:30");
        model.aTo().set("14:01:00");
        model.bFrom().set("14:01:00");
        model.bTo().set("14:01:30");
        model.compare();
        assertThat(model.verdict().get()).isEqualTo("B against A (sync): throughput +0%, p95 +0%, p99 +0% (30 s and 30 s sampled)");

        model.bTo().set("half past two");
        model.compare();
        assertThat(model.error().get()).isEqualTo("B to: 'half past two' is not a time like 14:05:30");
        assertThat(model.verdict().get()).as("the last comparison stays").startsWith("B against A (sync)");

        model.useDefaults();
        assertThat(model.error().get()).isEmpty();
        assertThat(model.bTo().get()).isEqualTo("14:04:00");
    }

    @Test
    void aShortHistorySaysSoInsteadOfComparing() {
        CompareViewModel model = new CompareViewModel(TrafficSamples.steady(T0, 12, "sync", 10, 1, 1, 0), List.of(),
                ZoneOffset.UTC);

        assertThat(model.lines()).isEmpty();
        assertThat(model.verdict().get()).startsWith("Not enough history to compare yet");
    }
}
