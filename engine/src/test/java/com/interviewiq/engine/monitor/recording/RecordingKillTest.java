package com.interviewiq.engine.monitor.recording;

import com.interviewiq.engine.monitor.MetricsSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A recording process killed with SIGKILL leaves a gzip stream without its trailer, maybe cut in
 * a line: what had been flushed before the kill reads back, sample for sample as it was live.
 */
class RecordingKillTest {
    @TempDir
    Path temp;

    @Test
    void aKilledRecorderLeavesEverythingItHadFlushed() throws Exception {
        Path home = temp.resolve("home");
        Path seen = temp.resolve("seen.csv");
        Files.createFile(seen);
        Process child = start(home, seen);
        int flushedBeforeKill;
        try {
            // read the file while the child writes it: what a flush made readable, and only that
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !child.isAlive() || flushedSamples(home) >= 30);
            assertThat(child.isAlive()).as("child still running; its log: " + Files.readString(temp.resolve("child.log")))
                    .isTrue();
            flushedBeforeKill = flushedSamples(home);
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no gzip trailer
            child.waitFor(30, TimeUnit.SECONDS);
        }
        List<Path> files = Recordings.in(home).files();
        assertThat(files).hasSize(1);
        Recording recording = Recording.read(files.getFirst());
        assertThat(recording.complete()).as("killed: no trailer").isFalse();
        assertThat(recording.header().process()).isEqualTo("serve");
        assertThat(recording.samples()).as("what was readable before the kill is still there")
                .hasSizeGreaterThanOrEqualTo(flushedBeforeKill);
        List<String> live = Files.readAllLines(seen);
        // the child starts listening a moment after its sampler starts: compare from its first seen sample on
        Instant firstSeen = Instant.parse(live.getFirst().substring(0, live.getFirst().indexOf(',')));
        List<String> recorded = recording.samples().stream().filter(s -> !s.time().isBefore(firstSeen))
                .map(MetricsSample::csvLine).toList();
        assertThat(recorded).hasSizeGreaterThanOrEqualTo(flushedBeforeKill - 5);
        assertThat(live).as("the live samples begin with the recorded ones, value for value")
                .startsWith(recorded.toArray(String[]::new));
        assertThat(recording.samples()).anyMatch(s -> s.transactionsPerSecond() > 0);
    }

    @Test
    void aTerminatedRecorderClosesItsFile() throws Exception {
        Path home = temp.resolve("home");
        Path seen = temp.resolve("seen.csv");
        Files.createFile(seen);
        Process child = start(home, seen);
        int flushedBefore;
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !child.isAlive() || flushedSamples(home) >= 5);
            assertThat(child.isAlive()).as("child still running; its log: " + Files.readString(temp.resolve("child.log")))
                    .isTrue();
            flushedBefore = flushedSamples(home);
        } finally {
            child.destroy(); // SIGTERM: shutdown hooks run, nobody closes the engine
            child.waitFor(30, TimeUnit.SECONDS);
        }
        Recording recording = Recording.read(Recordings.in(home).files().getFirst());
        assertThat(recording.complete()).as("the gzip trailer was written").isTrue();
        assertThat(recording.samples()).hasSizeGreaterThanOrEqualTo(flushedBefore);
        // the sampler may tick once more after the hook closed the file: the recording is a prefix of what was live
        List<String> live = Files.readAllLines(seen);
        Instant firstSeen = Instant.parse(live.getFirst().substring(0, live.getFirst().indexOf(',')));
        List<String> recorded = recording.samples().stream().filter(s -> !s.time().isBefore(firstSeen))
                .map(MetricsSample::csvLine).toList();
        assertThat(live).startsWith(recorded.toArray(String[]::new));
    }

    private Process start(Path home, Path seen) throws java.io.IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RecordingWorkload.class.getName(), home.toString(), seen.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("child.log").toFile()).start();
    }

    private static int flushedSamples(Path home) {
        List<Path> files = Recordings.in(home).files();
        return files.isEmpty() ? 0 : Recording.read(files.getFirst()).samples().size();
    }
}
