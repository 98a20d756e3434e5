package com.interviewiq.engine.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hold keeps the laptop's H2 file open between steps that each open and close a connection.
 * Seen through a global temporary table: it and its rows live only while the database stays open.
 */
class LocalH2HoldTest {
    @TempDir
    Path dataDir;

    @Test
    void whileHeldTheDatabaseStaysOpenBetweenConnections() throws SQLException {
        DatabaseTarget target = DatabaseTarget.defaultH2(dataDir);
        try (LocalH2.Hold hold = LocalH2.holdOpen(target)) {
            writeRowThenClose(target);
            assertThat(rowsSeen(target)).isEqualTo(1);
        }
        assertThat(rowsSeen(target)).as("closed with the hold's last connection, reopened empty").isZero();
    }

    @Test
    void withoutAHoldEachConnectionOpensTheDatabaseAfresh() throws SQLException {
        DatabaseTarget target = DatabaseTarget.defaultH2(dataDir);
        writeRowThenClose(target);
        assertThat(rowsSeen(target)).isZero();
    }

    @Test
    void theFolderIsPrivateBeforeH2WritesItsLockFileThere() throws Exception {
        DatabaseTarget target = DatabaseTarget.defaultH2(dataDir);
        try (LocalH2.Hold hold = LocalH2.holdOpen(target)) {
            Path folder = target.h2File().toAbsolutePath().getParent();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
    }

    @Test
    void holdsNothingForOtherDatabasesOrWhenTheFileCannotBeOpened() throws Exception {
        assertThat(LocalH2.holdOpen(DatabaseTarget.parse("postgresql://u:p@127.0.0.1:1/iq", dataDir)))
                .isSameAs(LocalH2.Hold.NOTHING);
        Path notADirectory = Files.writeString(dataDir.resolve("plain-file"), "x");
        DatabaseTarget unopenable = DatabaseTarget.defaultH2(notADirectory);
        assertThat(LocalH2.holdOpen(unopenable)).isSameAs(LocalH2.Hold.NOTHING);
    }

    private static void writeRowThenClose(DatabaseTarget target) throws SQLException {
        try (Connection c = connect(target)) {
            createProbe(c);
            c.createStatement().execute("INSERT INTO probe VALUES 1");
        }
    }

    private static int rowsSeen(DatabaseTarget target) throws SQLException {
        try (Connection c = connect(target)) {
            createProbe(c);
            try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM probe")) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static void createProbe(Connection c) throws SQLException {
        c.createStatement().execute("CREATE GLOBAL TEMPORARY TABLE IF NOT EXISTS probe(id INT)");
    }

    private static Connection connect(DatabaseTarget target) throws SQLException {
        return DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password().reveal());
    }
}
