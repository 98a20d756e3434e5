package com.interviewiq.engine.resilience;

import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.Backends;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An engine on an H2 file killed with SIGKILL mid-run loses no acknowledged answer. */
class CrashTest {
    @TempDir
    Path temp;

    @Test
    void sigkillLosesNoAcknowledgedAnswer() throws Exception {
        Path dataDir = temp.resolve("home");
        Path acks = temp.resolve("acks.csv");
        Files.createFile(acks);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWorkload.class.getName(), dataDir.toString(), acks.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("child.log").toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !child.isAlive() || Files.readAllLines(acks).size() >= 400);
            assertThat(child.isAlive()).as("child still running; its log: " + Files.readString(temp.resolve("child.log"))).isTrue();
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
            child.waitFor(30, TimeUnit.SECONDS);
        }
        Set<String> acknowledged = new HashSet<>();
        for (String line : Files.readAllLines(acks)) {
            if (line.endsWith("\n") || line.contains(",")) {
                acknowledged.add(line.strip());
            }
        }
        Settings settings = SettingsResolver.load(dataDir, Map.of(), Map.of());
        try (Database db = Backends.open(settings.database(), settings.mode(), settings.syncExecutor(), settings.pool())) {
            List<String> stored = join(db.inTransaction(tx -> tx.query(Sql.of(
                    "SELECT session_id, question_id FROM answers"), r -> r.getLong("session_id") + "," + r.getLong("question_id"))));
            Set<String> missing = new HashSet<>(acknowledged);
            stored.forEach(missing::remove);
            System.out.printf("crash: %d answers acknowledged before SIGKILL, %d stored, %d acknowledged but missing%n",
                    acknowledged.size(), stored.size(), missing.size());
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(400);
            assertThat(missing).as("acknowledged answers lost by the crash").isEmpty();
        }
    }
}
