package com.interviewiq.engine.monitor.recording;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.db.SwitchResult;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A whole engine records as it runs; the file read back holds exactly what the live history and alert log held. */
class RecordingReplayTest {
    @TempDir
    Path home;

    @Test
    void theRecordingReadsBackAsTheLiveHistoryEventsAndAlerts() throws Exception {
        List<MetricsSample> live;
        List<MetricsEvent> liveEvents;
        List<Alert> liveAlerts;
        Path file;
        try (Engine engine = Engine.start(TestEngines.settings(home, null, Mode.SYNC,
                Map.of(SettingKey.SAMPLE_INTERVAL_MILLIS, "100")))) {
            MetricsRecorder recorder = engine.startRecording("console").orElseThrow();
            file = recorder.file();
            join(engine.transfer().importSampleBank()); // some work for the samples to show
            SwitchResult switched = join(engine.switchMode(Mode.ASYNC, p -> { }));
            assertThat(switched.switched()).as(switched.summary()).isTrue();
            engine.health().raise("test check", "warn", "raised by the test");
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.monitor().history().samples().stream()
                    .anyMatch(s -> s.mode().equals(Mode.ASYNC.label())) && engine.monitor().history().samples().size() >= 10);
            engine.close(); // stops the sampler first: nothing is added to the history after this
            live = engine.monitor().history().samples();
            liveEvents = engine.monitor().history().events();
            liveAlerts = engine.health().alerts().all();
        }
        Recording recording = Recording.read(file);
        assertThat(recording.complete()).as("closed cleanly: the gzip trailer is there").isTrue();
        assertThat(recording.samples()).as("every live sample, value for value").containsExactlyElementsOf(live);
        assertThat(recording.events()).containsExactlyElementsOf(liveEvents);
        assertThat(recording.modeSwitches()).hasSize(1);
        assertThat(recording.alerts()).containsExactlyElementsOf(liveAlerts)
                .anyMatch(a -> a.message().equals("raised by the test"));
        assertThat(recording.header().process()).isEqualTo("console");
        assertThat(recording.header().pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(recording.start()).isBeforeOrEqualTo(live.getFirst().time());
        assertThat(recording.end()).isAfterOrEqualTo(live.getLast().time());
        assertThat(recording.samplesBetween(live.get(2).time(), live.get(4).time())).containsExactlyElementsOf(live.subList(2, 5));
        assertThat(file.getParent()).isEqualTo(home.resolve("metrics"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");

        RecordingSummary summary = Recordings.in(home).list().getFirst();
        assertThat(summary.file()).isEqualTo(file.getFileName().toString());
        assertThat(summary.samples()).isEqualTo(live.size());
        assertThat(summary.modeSwitches()).isEqualTo(1);
        assertThat(summary.alerts()).isEqualTo(liveAlerts.size());
        assertThat(summary.complete()).isTrue();
    }

    @Test
    void aOneShotEngineRecordsNothingUnlessAsked() {
        try (Engine engine = Engine.start(TestEngines.settings(home, null, Mode.SYNC, Map.of()))) {
            engine.monitor().sampleNow();
            assertThat(engine.recorder()).isEmpty();
        }
        assertThat(Recordings.in(home).files()).isEmpty();
    }

    @Test
    void withMonitoringOffNothingIsRecorded() {
        try (Engine engine = Engine.start(TestEngines.settings(home, null, Mode.SYNC,
                Map.of(SettingKey.MONITORING_ENABLED, "false")))) {
            assertThat(engine.startRecording("serve")).isEmpty();
        }
        assertThat(Recordings.in(home).files()).isEmpty();
    }
}
