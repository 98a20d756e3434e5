package com.interviewiq.engine.data;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.DataSettings;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.engine.sessions.SessionStatus;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.Simulator;
import com.interviewiq.engine.testing.TestClock;
import com.interviewiq.engine.testing.TestDatabases;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Online backups of the laptop database while interviews run, restore, and the daily job. */
class BackupRestoreTest {
    @TempDir
    Path temp;

    private static Engine engine(Path dataDir, Mode mode) {
        return Engine.start(TestEngines.settings(dataDir, null, mode, Map.of()));
    }

    /** Every stored answer: "session/seq" -> its text and score, as acknowledged. */
    private static Map<String, String> answers(Engine engine, Set<Long> sessions) {
        Map<String, String> out = new HashMap<>();
        join(engine.sessions().list(new SessionFilter(null, null, null, null, null, 0, 100_000))).stream()
                .filter(s -> sessions == null || sessions.contains(s.id()))
                .forEach(s -> join(engine.sessions().answers(s.id()))
                        .forEach(a -> out.put(s.id() + "/" + a.seq(), a.text() + " = " + a.score())));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aBackupTakenDuringA16WaySimulateRestoresEveryAcknowledgedAnswer(Mode mode) throws Exception {
        Path home = temp.resolve("home");
        Path zip;
        Map<String, String> acknowledged;
        Map<Long, SessionReport> finished = new HashMap<>();
        try (Engine engine = engine(home, mode)) {
            join(engine.transfer().importSampleBank());
            Simulator.Run run = engine.simulator().prepare(new SimulationOptions(64, 16, 5, List.of(), null, 7), (d, t) -> { });
            var done = engine.simulator().start(run);
            await().atMost(Duration.ofSeconds(60)).until(() -> run.answersAcknowledged() >= 40);
            acknowledged = answers(engine, null); // committed before the backup starts
            for (SessionSummary s : join(engine.sessions().list(new SessionFilter(null, SessionStatus.COMPLETED, null, null,
                    null, 0, 1000)))) {
                finished.put(s.id(), join(engine.sessions().report(s.id())));
            }
            BackupFile backup = join(engine.backups().backupNow(null));
            zip = backup.path();
            join(done);
            assertThat(backup.automatic()).isFalse();
            assertThat(zip.getParent()).isEqualTo(home.resolve("backups"));
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip.getParent()))).isEqualTo("rwx------");

        Path fresh = temp.resolve("fresh");
        var target = TestEngines.settings(fresh, null, mode, Map.of()).database();
        Restore.Result restored = Restore.restore(target, zip, fresh.resolve("backups"), Clock.systemUTC());
        assertThat(restored.keptAs()).as("nothing to keep in a fresh dir").isNull();
        try (Engine engine = engine(fresh, mode)) {
            Map<String, String> after = answers(engine, null);
            assertThat(after).as("every answer acknowledged before the backup").containsAllEntriesOf(acknowledged);
            assertThat(restored.sessions()).isEqualTo(join(engine.sessions().list(new SessionFilter(null, null, null, null,
                    null, 0, 100_000))).size());
            for (var e : finished.entrySet()) {
                assertThat(join(engine.sessions().report(e.getKey()))).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void restoreKeepsTheReplacedDatabaseAndRefusesWhileTheDatabaseIsHeld() throws Exception {
        Path home = temp.resolve("home");
        BackupFile empty;
        try (Engine engine = engine(home, Mode.SYNC)) {
            empty = join(engine.backups().backupNow(temp.resolve("elsewhere").resolve("empty.zip")));
            join(engine.transfer().importSampleBank());
            var target = engine.settings().database();
            assertThatThrownBy(() -> Restore.restore(target, empty.path(), home.resolve("backups"), Clock.systemUTC()))
                    .isInstanceOf(DataException.class)
                    .hasMessageStartingWith("the database " + target.h2File() + " is held by ")
                    .hasMessageContaining("(process " + ProcessHandle.current().pid() + ")");
            assertThat(join(engine.questions().count())).as("refused: nothing changed").isEqualTo(162);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(empty.path()))).isEqualTo("rw-------");
        var target = TestEngines.settings(home, null, Mode.SYNC, Map.of()).database();
        Restore.Result r = Restore.restore(target, empty.path(), home.resolve("backups"), Clock.systemUTC());
        assertThat(r.questions()).isZero();
        assertThat(r.keptAs()).isNotNull().exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(r.keptAs()))).isEqualTo("rw-------");
        try (Engine engine = engine(home, Mode.SYNC)) {
            assertThat(join(engine.questions().count())).isZero();
        }
        // and back: the kept database is a backup like any other
        Restore.restore(target, r.keptAs(), home.resolve("backups"), Clock.systemUTC());
        try (Engine engine = engine(home, Mode.ASYNC)) {
            assertThat(join(engine.questions().count())).isEqualTo(162);
        }
    }

    @Test
    void aDamagedOrForeignFileRestoresNothing() throws Exception {
        Path home = temp.resolve("home");
        try (Engine engine = engine(home, Mode.SYNC)) {
            join(engine.transfer().importSampleBank());
        }
        var target = TestEngines.settings(home, null, Mode.SYNC, Map.of()).database();
        Path notZip = Files.writeString(temp.resolve("notes.zip"), "not a zip at all");
        Path foreign = temp.resolve("foreign.zip");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(foreign))) {
            z.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            z.write("hello".getBytes());
        }
        Path truncated = temp.resolve("truncated.zip");
        try (Engine engine = engine(home, Mode.SYNC)) {
            Path good = join(engine.backups().backupNow(null)).path();
            byte[] bytes = Files.readAllBytes(good);
            Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }
        assertThatThrownBy(() -> Restore.restore(target, notZip, home.resolve("backups"), Clock.systemUTC()))
                .isInstanceOf(DataException.class).hasMessageStartingWith(notZip + " is not a backup (not a readable ZIP file");
        assertThatThrownBy(() -> Restore.restore(target, foreign, home.resolve("backups"), Clock.systemUTC()))
                .isInstanceOf(DataException.class).hasMessage(foreign + " is not a backup of an InterviewIQ database (no H2 database file inside)");
        assertThatThrownBy(() -> Restore.restore(target, truncated, home.resolve("backups"), Clock.systemUTC()))
                .isInstanceOf(DataException.class).hasMessageStartingWith(truncated.toString());
        try (Engine engine = engine(home, Mode.SYNC)) {
            assertThat(join(engine.questions().count())).as("unchanged").isEqualTo(162);
        }
        assertThat(Files.list(home.resolve("db")).map(p -> p.getFileName().toString()))
                .as("no leftovers beside the database").allMatch(n -> n.startsWith("interviewiq."));
    }

    @Test
    void onPostgreSqlABackupSaysWhatToUseInstead() {
        String url = TestDatabases.postgresUrl(TestDatabases.createPostgresDatabase());
        try (Engine engine = Engine.start(TestEngines.settings(temp, url, Mode.SYNC, Map.of()))) {
            assertThatThrownBy(() -> join(engine.backups().backupNow(null))).rootCause()
                    .isInstanceOf(DataException.class).hasMessageContaining("pg_dump").hasMessageContaining("data export");
        }
    }

    @Test
    void theDailyJobBacksUpOnceADayKeepsTheNewestAndPurgesByRetention() {
        Path home = temp.resolve("home");
        try (Engine engine = engine(home, Mode.SYNC)) {
            join(engine.transfer().importSampleBank());
            join(engine.simulator().run(new SimulationOptions(3, 1, 2, List.of(), null, 1), (d, t) -> { }));
            TestClock clock = new TestClock(Instant.now().plus(Duration.ofDays(10)));
            Housekeeping job = new Housekeeping(() -> new Backups(engine.database(), engine.settings().database(),
                    home.resolve("backups"), clock), engine.eraser(), new DataSettings(2, 30), clock);

            assertThat(job.runDue()).hasSize(2).first().asString().startsWith("backup auto-");
            assertThat(job.runDue()).as("nothing due an hour later").isEmpty();
            clock.advance(Duration.ofHours(23));
            assertThat(job.runDue()).isEmpty();
            clock.advance(Duration.ofHours(1));
            assertThat(job.runDue()).containsExactly("backup auto-" + stamp(clock.instant()) + ".zip", "purge 0");
            clock.advance(Duration.ofDays(21)); // the sessions are now 31 days old
            assertThat(job.runDue()).containsExactly("backup auto-" + stamp(clock.instant()) + ".zip", "purge 3");

            List<BackupFile> kept = new Backups(engine.database(), engine.settings().database(), home.resolve("backups"), clock).list();
            assertThat(kept).as("the newest 2 daily backups").hasSize(2).allMatch(BackupFile::automatic);
            assertThat(kept.getFirst().created()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            long left = join(engine.database().inTransaction(tx -> tx.queryOne(Sql.of("SELECT COUNT(*) AS c FROM interview_sessions"),
                    r -> r.getLong("c"))));
            assertThat(left).isZero();
        }
    }

    private static String stamp(Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC).format(t);
    }
}
