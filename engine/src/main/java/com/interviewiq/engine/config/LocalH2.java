package com.interviewiq.engine.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * One laptop database shared by the console, {@code serve} and the CLI. The first process opens
 * the H2 file in-process (no cost to its own speed) and, through H2's AUTO_SERVER, serves the
 * others over TCP; when it exits or is killed, the next process takes over. AUTO_SERVER as H2
 * ships it listens on the machine's network address with -tcpAllowOthers, guarded only by a key
 * in the lock file, so here:
 * <ul>
 *   <li>every H2 server socket binds to the loopback address ({@code h2.bindAddress}, read once
 *       when H2 loads: set before any H2 class is touched);</li>
 *   <li>the database folder is 0700, so only the same OS user can read the lock file that holds
 *       the server's random key (a new one each time a process takes the database over).</li>
 * </ul>
 */
public final class LocalH2 {
    public static final String LOOPBACK = "127.0.0.1";
    private static final String BIND_ADDRESS = "h2.bindAddress";

    private LocalH2() {
    }

    /** Makes H2 bind its servers to loopback; called before H2 is first used. */
    static void loopbackOnly() {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, LOOPBACK);
        }
    }

    /** Whether H2, as loaded, binds its servers to loopback (false if it was loaded before {@link #loopbackOnly()}). */
    public static boolean bindsToLoopback() {
        return LOOPBACK.equals(org.h2.engine.SysProperties.BIND_ADDRESS);
    }

    /**
     * Creates the folder of an H2 file database as 0700 (POSIX file systems), so that the lock
     * file with the server key is the same user's only.
     */
    public static void privateFolder(Path databaseFile) {
        Path dir = databaseFile.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new SettingsException("cannot prepare the database folder " + dir + ": " + e.getMessage()
                    + "; check that the data directory is writable");
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the user's profile folder is private already
        }
    }

    /**
     * Makes the database's files (candidate data, and the lock file with the server key) 0600 as
     * well, in case the folder is ever opened up; best effort, the 0700 folder already guards them.
     */
    public static void privateFiles(Path databaseFile) {
        Path dir = databaseFile.toAbsolutePath().getParent();
        String name = databaseFile.getFileName().toString() + ".";
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().startsWith(name))::iterator) {
                try {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
                } catch (IOException e) {
                    // gone meanwhile (a lock file), or not ours: the folder guards it
                }
            }
        } catch (IOException e) {
            // the folder is the guard; nothing to add here
        }
    }

    /**
     * Keeps an H2 file database open across a sequence of steps that each open and close their own
     * connections (a login, the schema check and migrations, then the pools). H2 opens the file when
     * its first connection arrives and closes it with the last: each close compacts the store (up to
     * 200 ms) and each open takes the file lock (a 25 ms wait with AUTO_SERVER's lock method), which
     * cost a fresh {@code validate} 0.2 s. For any other target, and when the connection cannot be had
     * (the step that follows reports why), the hold holds nothing.
     */
    public static Hold holdOpen(DatabaseTarget target) {
        if (target.h2File() == null) {
            return Hold.NOTHING;
        }
        try {
            privateFolder(target.h2File()); // before H2 writes the lock file with its server key there
            java.sql.Connection c = java.sql.DriverManager.getConnection(target.jdbcUrl(), target.user(),
                    target.password().reveal());
            return () -> {
                try {
                    c.close();
                } catch (java.sql.SQLException e) {
                    // closing a connection the steps no longer need: the database stays consistent either way
                }
            };
        } catch (java.sql.SQLException | SettingsException e) {
            return Hold.NOTHING;
        }
    }

    /** An open database kept open until closed; closing twice is harmless. */
    @FunctionalInterface
    public interface Hold extends AutoCloseable {
        Hold NOTHING = () -> { };

        @Override
        void close();
    }
}
