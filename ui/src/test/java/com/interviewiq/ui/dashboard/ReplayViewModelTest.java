package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.health.AlertLog;
import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.monitor.MetricsHistory;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.engine.monitor.recording.MetricsRecorder;
import com.interviewiq.engine.monitor.recording.RecordingHeader;
import com.interviewiq.engine.monitor.recording.Recordings;
import com.interviewiq.ui.common.QueuedFxThread;
import org.jfree.data.time.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay without a screen: a recording written by the real recorder opens into the dashboard's
 * datasets, markers and tiles, scrolls, and gives way to the live data again, which kept arriving.
 */
class ReplayViewModelTest {
    private static final Instant RECORDED = Instant.parse("2026-12-01T22:00:00Z");
    private static final Instant LIVE = Instant.parse("2026-12-02T09:00:00Z");

    @TempDir
    Path home;

    private final QueuedFxThread fx = new QueuedFxThread();
    private final DashboardViewModel dashboard = new DashboardViewModel(Clock.fixed(LIVE, ZoneOffset.UTC));

    /** Twenty minutes at 1 s with a mode switch in the middle, through the real recorder; returns what it was fed. */
    private List<MetricsSample> recordTwentyMinutes(MetricsEvent event) {
        MetricsHistory history = new MetricsHistory(Duration.ofHours(1), Duration.ofSeconds(1));
        MetricsRecorder recorder = MetricsRecorder.start(Recordings.in(home), history, new AlertLog(),
                new RecordingHeader(RecordingHeader.FORMAT, "run-1", 1, RECORDED, "serve", 4242, "jdbc:h2:file:/x/db", "sync",
                        1000), Duration.ofDays(7), Clock.fixed(RECORDED, ZoneOffset.UTC));
        List<MetricsSample> fed = Samples.run(RECORDED, 1200);
        fed.forEach(history::add);
        history.addEvent(event);
        recorder.close();
        return fed;
    }

    private ReplayViewModel replay() {
        return new ReplayViewModel(dashboard, Recordings.in(home), null, fx, ForkJoinPool.commonPool());
    }

    private static TimeSeries transactions(DashboardViewModel d) {
        return d.rateDataset().getSeries(1);
    }

    @Test
    void aRecordingReplaysItsSamplesMarkersAndTilesWhileLiveDataWaits() {
        MetricsEvent switched = new MetricsEvent(RECORDED.plusSeconds(600), MetricsEvent.MODE_SWITCH, "sync → async", "ok");
        List<MetricsSample> recorded = recordTwentyMinutes(switched);
        List<MetricsSample> live = Samples.run(LIVE.minusSeconds(30), 30);
        dashboard.append(live);
        Alert liveAlert = new Alert(LIVE.minusSeconds(5), "p99 latency", Alert.RAISED, "warn", 300.0, 250.0, "p99 high");
        dashboard.addAlerts(List.of(liveAlert));
        ReplayViewModel replay = replay();

        replay.refresh();
        fx.settle(() -> !replay.recordings().isEmpty());
        assertThat(replay.recordings()).hasSize(1);
        assertThat(replay.label(replay.recordings().getFirst())).contains("serve", "1,200 samples", "1 switch(es)");

        int redraws = dashboard.redraws().get();
        replay.open(replay.recordings().getFirst());
        fx.settle(() -> replay.replaying().get());
        assertThat(dashboard.redraws().get()).as("the charts' signal to refit, even if the range came out equal")
                .isEqualTo(redraws + 1);
        TimeSeries tps = transactions(dashboard);
        assertThat(tps.getItemCount()).as("the whole recording is in the charts").isEqualTo(recorded.size());
        for (int i = 0; i < recorded.size(); i++) {
            assertThat(tps.getValue(i).doubleValue()).isEqualTo(recorded.get(i).transactionsPerSecond());
            assertThat(tps.getTimePeriod(i).getFirstMillisecond()).isEqualTo(recorded.get(i).time().toEpochMilli());
        }
        assertThat(dashboard.markers()).containsExactly(switched);
        assertThat(dashboard.alerts()).as("the recording's alerts (none), not the live ones").isEmpty();
        assertThat(dashboard.range().get().to()).isEqualTo(recorded.getLast().time());
        assertThat(dashboard.tiles().transactionsRate().get())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", recorded.getLast().transactionsPerSecond()));
        assertThat(dashboard.tiles().database().get()).isEqualTo("jdbc:h2:file:/x/db");
        assertThat(replay.banner().get()).startsWith("Replay (read-only) of serve pid 4242").contains("1,200 samples");

        // live samples keep arriving and wait
        dashboard.append(Samples.at(LIVE.plusSeconds(1), 99, false));
        assertThat(tps.getItemCount()).isEqualTo(recorded.size());
        assertThat(dashboard.waiting().get()).isPositive();
        assertThat(dashboard.tiles().transactionsRate().get()).as("tiles stay on the recording")
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", recorded.getLast().transactionsPerSecond()));

        // scroll to the start: a full window from the first sample
        replay.position().set(0);
        assertThat(dashboard.range().get().to()).isEqualTo(RECORDED.plus(Duration.ofMinutes(5)));
        assertThat(dashboard.visibleSamples()).containsExactlyElementsOf(recorded.subList(0, 301));
        replay.position().set(0.5);
        assertThat(dashboard.range().get().to()).isEqualTo(RECORDED.plus(Duration.ofMillis(300_000 + (1199_000 - 300_000) / 2)));

        replay.backToLive();
        assertThat(replay.replaying().get()).isFalse();
        assertThat(dashboard.redraws().get()).isEqualTo(redraws + 2);
        assertThat(tps.getItemCount()).as("every live sample, including the one that waited").isEqualTo(live.size() + 1);
        assertThat(dashboard.markers()).isEmpty();
        assertThat(dashboard.alerts()).containsExactly(liveAlert);
        assertThat(dashboard.range().get().to()).isEqualTo(LIVE.plusSeconds(1));
        assertThat(dashboard.waiting().get()).isZero();
    }

    @Test
    void alertsRaisedDuringAReplayAreThereBackLive() {
        recordTwentyMinutes(new MetricsEvent(RECORDED.plusSeconds(60), MetricsEvent.MODE_SWITCH, "sync → async", "ok"));
        dashboard.append(Samples.run(LIVE.minusSeconds(10), 10));
        ReplayViewModel replay = replay();
        replay.refresh();
        fx.settle(() -> !replay.recordings().isEmpty());
        replay.open(replay.recordings().getFirst());
        fx.settle(() -> replay.replaying().get());

        Alert during = new Alert(LIVE.plusSeconds(2), "errors", Alert.RAISED, "critical", 12.0, 10.0, "errors high");
        dashboard.addAlerts(List.of(during));
        assertThat(dashboard.alerts()).doesNotContain(during);
        replay.backToLive();
        assertThat(dashboard.alerts()).containsExactly(during);
    }

    @Test
    void anEmptyFolderSaysSoAndAnUnreadableFileIsListedWithItsProblem() throws Exception {
        ReplayViewModel replay = replay();
        replay.refresh();
        fx.settle(() -> !replay.message().get().isEmpty());
        assertThat(replay.message().get()).startsWith("No recordings yet in");

        Path bad = java.nio.file.Files.createDirectories(home.resolve("metrics")).resolve("broken" + Recordings.SUFFIX);
        java.nio.file.Files.writeString(bad, "not gzip");
        replay.refresh();
        fx.settle(() -> !replay.recordings().isEmpty());
        assertThat(replay.label(replay.recordings().getFirst())).contains("broken" + Recordings.SUFFIX, "not a recording");
        replay.open(replay.recordings().getFirst());
        fx.settle(() -> replay.message().get().startsWith("Cannot open the recording"));
        assertThat(replay.message().get()).contains("broken" + Recordings.SUFFIX, "not a recording");
        assertThat(replay.replaying().get()).isFalse();
    }
}
