package com.interviewiq.engine.laptop;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.db.DatabaseUnavailableException;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database that cannot be opened at start is one sentence saying what and what to do, not a stack trace. */
class StartupProblemsTest {
    @TempDir
    Path dataDir;

    @Test
    void aDamagedDatabaseFileIsNamedWithWhatToDo() throws Exception {
        Files.createDirectories(dataDir.resolve("db"));
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(dataDir.resolve("db").resolve("interviewiq.mv.db"), garbage);
        assertThatThrownBy(() -> Engine.start(TestEngines.settings(dataDir, null, Mode.SYNC, Map.of())))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessage("the database file " + dataDir.resolve("db").resolve("interviewiq") + ".mv.db is damaged or not"
                        + " an H2 database; restore it from a backup, or move it away to start with an empty database");
    }

    @Test
    void aDataDirectoryThatCannotHoldTheDatabaseIsNamed() throws Exception {
        // a file where the database folder should be: the folder cannot be made, as in a read-only data dir
        Files.writeString(dataDir.resolve("db"), "not a folder");
        assertThatThrownBy(() -> Engine.start(TestEngines.settings(dataDir, null, Mode.SYNC, Map.of())))
                .hasMessageStartingWith("cannot prepare the database folder " + dataDir.resolve("db"))
                .hasMessageEndingWith("; check that the data directory is writable");
    }
}
