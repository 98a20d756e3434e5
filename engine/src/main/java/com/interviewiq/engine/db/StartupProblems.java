package com.interviewiq.engine.db;

import com.interviewiq.engine.config.DatabaseTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the usual reasons an H2 file cannot be opened at start (a damaged file, a folder the user
 * may not write, a full disk) into one sentence that says what happened and what to do, instead
 * of a driver's stack of causes.
 */
final class StartupProblems {
    private StartupProblems() {
    }

    /** The sentence for a known problem with an H2 file, or null when this is not one. */
    static String explain(DatabaseTarget target, Throwable error) {
        Path file = target.h2File();
        if (file == null) {
            return null;
        }
        String all = messages(error).toLowerCase(Locale.ROOT);
        Path dir = file.getParent();
        if (all.contains("no space left") || all.contains("disk full") || all.contains("not enough space")) {
            return "the disk holding " + dir + " is full; free some space and start again";
        }
        if (all.contains("corrupt") || all.contains("90030") || all.contains("file header")
                || all.contains("90048") || all.contains("unsupported database file version")) {
            return "the database file " + file + ".mv.db is damaged or not an H2 database; restore it from a backup,"
                    + " or move it away to start with an empty database";
        }
        if (dir != null && (!Files.isWritable(dir) || (Files.exists(Path.of(file + ".mv.db"))
                && !Files.isWritable(Path.of(file + ".mv.db"))))
                || all.contains("read only") || all.contains("permission denied") || all.contains("accessdenied")) {
            return "cannot write to " + dir + " (permission denied); make the data directory writable for this user"
                    + " or choose another with --data-dir or INTERVIEWIQ_HOME";
        }
        return null;
    }

    /** A server that does not answer, or refuses the login (SQLSTATE 08xxx, 28xxx). */
    static boolean isConnectionProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"))) {
                return true;
            }
        }
        return false;
    }

    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            b.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return b.toString();
    }
}
