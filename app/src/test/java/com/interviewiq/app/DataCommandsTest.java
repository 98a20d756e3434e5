package com.interviewiq.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The data commands as a user runs them on a laptop data dir: backup, restore, delete, erase, purge. */
class DataCommandsTest {
    @TempDir
    Path temp;

    private Cli cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = temp.resolve("home").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    private Cli ok(String... args) {
        Cli r = cli(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.out() + r.err()).isZero();
        return r;
    }

    @Test
    void backupDeleteTheDatabaseRestoreGivesTheSameSessionsThenEraseOneCandidate() throws Exception {
        ok("questions", "import", Path.of("..", "resources", "samples", "sample-questions.json").toString());
        ok("simulate", "--sessions", "20", "--concurrency", "4");
        String before = ok("sessions", "list", "--json").out();

        Cli backup = ok("data", "backup");
        Matcher m = Pattern.compile("Backed up to (\\S+\\.zip) \\(").matcher(backup.out());
        assertThat(m.find()).as(backup.out()).isTrue();
        Path zip = Path.of(m.group(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip))).isEqualTo("rw-------");
        assertThat(ok("data", "backups").out()).contains(zip.toString()).contains("1 backup(s).");

        Path db = temp.resolve("home").resolve("db");
        try (var files = Files.list(db)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
        Cli unconfirmed = cli("data", "restore", zip.toString());
        assertThat(unconfirmed.exitCode()).isEqualTo(1);
        assertThat(unconfirmed.out()).contains("add --yes to confirm");
        assertThat(ok("data", "restore", zip.toString(), "--yes").out()).startsWith("Restored " + zip + ": 20 session(s), 162 question(s).");
        assertThat(ok("sessions", "list", "--json").out()).isEqualTo(before);

        assertThat(ok("candidates", "erase", "Candidate 1", "--dry-run").out()).startsWith("Would erase 1 session(s), 5 answer(s)");
        assertThat(ok("candidates", "erase", "Candidate 1", "--yes").out()).startsWith("Erased 1 session(s), 5 answer(s)");
        String after = ok("sessions", "list", "--json", "--limit", "1000").out();
        assertThat(after).doesNotContain("\"Candidate 1\"").contains("\"Candidate 10\"");
        assertThat(ok("sessions", "list").out()).contains("19 session(s).");
        Cli nobody = cli("candidates", "erase", "Candidate 1", "--yes");
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.out()).contains("No sessions of a candidate named exactly 'Candidate 1'");
    }

    @Test
    void deleteAndPurgeSayWhatTheyRemove() {
        ok("questions", "import", Path.of("..", "resources", "samples", "sample-questions.json").toString());
        ok("simulate", "--sessions", "3", "--concurrency", "1");
        Cli missing = cli("sessions", "delete", "1", "99999", "--yes");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no session 99999; nothing was deleted");
        assertThat(ok("sessions", "delete", "1", "--yes").out()).startsWith("Deleted 1 session(s), 5 answer(s)");
        assertThat(ok("sessions", "purge", "--older-than", "1d", "--dry-run").out()).startsWith("Would delete 0 session(s)");
        Cli badAge = cli("sessions", "purge", "--older-than", "soon");
        assertThat(badAge.exitCode()).isEqualTo(2);
        assertThat(badAge.err()).contains("--older-than must be an age such as 12h, 90d or 8w, got 'soon'");
        assertThat(ok("sessions", "list").out()).contains("2 session(s).");
    }

    @Test
    void theLogFileIsTheUsersOnly() throws Exception {
        Path logs = temp.resolve("home").resolve("logs");
        Main.privateLog(logs);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.resolve("interviewiq.log"))))
                .isEqualTo("rw-------");
    }

    @Test
    void onPostgreSqlBackupSaysToUsePgDump() {
        Cli r = cli("--database-url", "postgresql://u:p@127.0.0.1:1/iq", "data", "backup");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("pg_dump").contains("data export").doesNotContain(":p@");
    }
}
