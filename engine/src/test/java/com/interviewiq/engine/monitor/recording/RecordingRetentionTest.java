package com.interviewiq.engine.monitor.recording;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsException;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Recordings past the kept days are deleted when recording starts; newer ones, other files and the current one stay. */
class RecordingRetentionTest {
    @TempDir
    Path home;

    @Test
    void recordingDeletesFilesPastTheKeptDaysAtStart() throws Exception {
        Path dir = Files.createDirectories(home.resolve("metrics"));
        Path old = aged(dir.resolve("2026-11-01T10-00-00Z-serve-1.jsonl.gz"), Duration.ofDays(4));
        Path recent = aged(dir.resolve("2026-11-04T10-00-00Z-serve-2.jsonl.gz"), Duration.ofDays(2));
        Path notOurs = aged(dir.resolve("notes.txt"), Duration.ofDays(30));
        try (Engine engine = Engine.start(TestEngines.settings(home, null, Mode.SYNC,
                Map.of(SettingKey.METRICS_KEEP_DAYS, "3")))) {
            Path current = engine.startRecording("serve").orElseThrow().file();
            await().atMost(Duration.ofSeconds(20)).until(() -> !Files.exists(old));
            assertThat(recent).exists();
            assertThat(notOurs).exists();
            assertThat(current).exists();
            assertThat(Recordings.in(home).files()).containsExactly(recent, current);
        }
    }

    @Test
    void theCurrentFileIsNeverDeletedEvenWhenOld() throws Exception {
        Path dir = Files.createDirectories(home.resolve("metrics"));
        Path current = aged(dir.resolve("a" + Recordings.SUFFIX), Duration.ofDays(10));
        Path other = aged(dir.resolve("b" + Recordings.SUFFIX), Duration.ofDays(10));
        assertThat(new Recordings(dir).deleteOlderThan(Instant.now().minus(Duration.ofDays(7)), current))
                .containsExactly(other);
        assertThat(current).exists();
    }

    @Test
    void theKeptDaysAreASettingWithADefaultAndBounds() {
        assertThat(TestEngines.settings(home, null, Mode.SYNC, Map.of()).data().metricsKeepDays()).isEqualTo(7);
        assertThat(TestEngines.settings(home, null, Mode.SYNC, Map.of(SettingKey.METRICS_KEEP_DAYS, "30"))
                .data().metricsKeepDays()).isEqualTo(30);
        assertThatThrownBy(() -> TestEngines.settings(home, null, Mode.SYNC, Map.of(SettingKey.METRICS_KEEP_DAYS, "0")))
                .isInstanceOf(SettingsException.class).hasMessageContaining("metricsKeepDays").hasMessageContaining("1..3650");
        assertThat(SettingKey.METRICS_KEEP_DAYS.envVar()).isEqualTo("INTERVIEWIQ_METRICS_KEEP_DAYS");
    }

    private static Path aged(Path file, Duration age) throws Exception {
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }
}
