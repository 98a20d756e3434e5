package com.interviewiq.engine.laptop;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.LocalH2;
import com.interviewiq.engine.db.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** The local database is shared with the same user's processes only, never with the network. */
class LocalH2Test {
    @TempDir
    Path dataDir;

    @Test
    void theDefaultDatabaseServesLoopbackOnlyFromAPrivateFolder() throws Exception {
        DatabaseTarget target = DatabaseTarget.defaultH2(dataDir);
        assertThat(target.jdbcUrl()).contains(";AUTO_SERVER=TRUE");
        Migrations.migrate(target);
        assertThat(LocalH2.bindsToLoopback()).as("H2 binds its servers to 127.0.0.1").isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.h2File().getParent())))
                .isEqualTo("rwx------");
    }
}
