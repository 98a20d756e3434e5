package com.interviewiq.app;

import com.interviewiq.engine.config.DatabaseHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The laptop's one H2 database while a {@code serve} process (the console's stand-in) holds it:
 * the CLI imports, lists, validates and simulates on the same data dir, the holder listens on
 * loopback only, the database folder is the user's only, and after a kill -9 of the holder the
 * CLI takes the database over.
 */
class SharedLaptopDatabaseTest {
    @TempDir
    Path temp;

    @Test
    void theCliWorksBesideAHolderAndAfterItIsKilled() throws Exception {
        Path dataDir = temp.resolve("home");
        Path log = temp.resolve("serve.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", dataDir.toString(), "serve", "--port", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // a test JVM stopped by a timeout must not leave serve running
        Thread reaper = new Thread(holder::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !holder.isAlive() || Files.readString(log).contains("Serving http://127.0.0.1:"));
            assertThat(holder.isAlive()).as("serve is running; its log: %s", Files.readString(log)).isTrue();

            Path bank = temp.resolve("bank.json");
            Files.writeString(bank, """
                    {"format": "interviewiq-questions/1", "questions": [
                      {"key": "laptop-shared-001", "category": "Java", "difficulty": 2, "title": "Shared database",
                       "prompt": "Why can two processes share one H2 file here?", "timeLimitSeconds": 120,
                       "status": "ready", "tags": ["h2"],
                       "rubric": [{"criterion": "a server process", "weight": 1, "keywords": ["server", "loopback"]}]}]}
                    """);
            Cli imported = Cli.run("--data-dir", dataDir.toString(), "questions", "import", bank.toString());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            Cli listed = Cli.run("--data-dir", dataDir.toString(), "questions", "list", "--json");
            assertThat(listed.exitCode()).as(listed.err()).isZero();
            assertThat(listed.out()).contains("laptop-shared-001");
            Cli sample = Cli.run("--data-dir", dataDir.toString(), "questions", "import",
                    Path.of("..", "resources", "samples", "sample-questions.json").toString());
            assertThat(sample.exitCode()).as(sample.err()).isZero();
            Cli validated = Cli.run("--data-dir", dataDir.toString(), "validate");
            assertThat(validated.exitCode()).as(validated.out() + validated.err()).isZero();
            assertThat(validated.out()).as("validate says through whom it reached the database")
                    .contains("shared with interviewiq serve --port 0 (process " + holder.pid() + ") over 127.0.0.1:");
            Cli simulated = Cli.run("--data-dir", dataDir.toString(), "simulate", "--sessions", "5", "--concurrency", "2");
            assertThat(simulated.exitCode()).as(simulated.out() + simulated.err()).isZero();
            assertThat(simulated.out()).contains("(all stored)");

            assertThat(listeningAddresses(holder.pid())).as("the holder's listening sockets").isNotEmpty()
                    .allSatisfy(a -> assertThat(a).matches("(127\\.0\\.0\\.1|\\[::1\\]|\\[::ffff:127\\.0\\.0\\.1\\]):\\d+"));
            Path dbFolder = dataDir.resolve("db");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dbFolder))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dbFolder.resolve("interviewiq.mv.db"))))
                    .as("candidate data").isEqualTo("rw-------");

            // a command that must own the database (restore) can say who holds it
            DatabaseHolder held = DatabaseHolder.of(dbFolder.resolve("interviewiq")).orElseThrow();
            assertThat(held.pid()).isEqualTo(holder.pid());
            assertThat(held.sentence(dbFolder.resolve("interviewiq"))).isEqualTo("the database "
                    + dbFolder.resolve("interviewiq") + " is held by interviewiq serve --port 0 (process " + holder.pid()
                    + "); close it and try again");
        } finally {
            holder.destroyForcibly(); // SIGKILL: the lock file and the server entry in it stay behind
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.exists(dataDir.resolve("db").resolve("interviewiq.lock.db"))).as("left by the killed holder").isTrue();
        assertThat(DatabaseHolder.of(dataDir.resolve("db").resolve("interviewiq"))).as("a stale lock holds nothing").isEmpty();
        Cli after = Cli.run("--data-dir", dataDir.toString(), "questions", "list", "--json");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).contains("laptop-shared-001");
    }

    /** Local addresses of the process's listening TCP sockets, as {@code ss -ltnp} shows them. */
    private static List<String> listeningAddresses(long pid) throws IOException, InterruptedException {
        Process ss = new ProcessBuilder("ss", "-ltnpH").redirectErrorStream(true).start();
        String out = new String(ss.getInputStream().readAllBytes());
        assertThat(ss.waitFor(10, TimeUnit.SECONDS)).isTrue();
        List<String> addresses = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.contains("pid=" + pid + ",")) {
                String[] f = line.trim().split("\\s+");
                addresses.add(f[3]); // State Recv-Q Send-Q Local:Port Peer:Port Process
            }
        }
        return addresses;
    }
}
