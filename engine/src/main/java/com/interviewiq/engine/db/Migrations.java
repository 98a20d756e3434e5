package com.interviewiq.engine.db;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.LocalH2;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Schema migrations. Flyway always runs over JDBC, also in async mode: one set of scripts for
 * H2 and PostgreSQL in db/migration.
 */
public final class Migrations {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Migrations.class);
    private Migrations() {
    }

    private static Flyway flyway(DatabaseTarget target) {
        return Flyway.configure()
                .dataSource(target.jdbcUrl(), target.user(), target.password().reveal())
                .locations("classpath:db/migration")
                .connectRetries(0)
                .load();
    }

    /**
     * Every migration version this build ships, as in db/migration (MigrationsTest fails when the two part):
     * known without Flyway, which needs a connection and a scan of the class path to list them.
     */
    static final List<String> SHIPPED = List.of("1", "2", "3", "5");
    private static final List<MigrationVersion> KNOWN = SHIPPED.stream().map(MigrationVersion::fromVersion).toList();

    /** Applies pending migrations; returns how many were applied. */
    public static int migrate(DatabaseTarget target) {
        if (target.h2File() != null) {
            LocalH2.privateFolder(target.h2File());
            if (!LocalH2.bindsToLoopback()) { // H2 was loaded before the engine could say so, or told otherwise
                LOG.warn("H2 serves other processes on {} rather than {} only; start with -Dh2.bindAddress={}",
                        org.h2.engine.SysProperties.BIND_ADDRESS, LocalH2.LOOPBACK, LocalH2.LOOPBACK);
            }
        }
        try {
            // every start but the first after an upgrade finds the schema current: one query instead of Flyway
            // (its scan of the class path and its checks were 0.1 s of each command's start)
            int applied = isCurrent(target) ? 0 : flyway(target).migrate().migrationsExecuted;
            if (target.h2File() != null) {
                LocalH2.privateFiles(target.h2File());
            }
            return applied;
        } catch (RuntimeException | java.sql.SQLException e) {
            String why = StartupProblems.explain(target, e);
            if (why != null) {
                throw new DatabaseUnavailableException(why, null);
            }
            // the first thing every start does: an unreachable server or a refused login is said as such
            String what = StartupProblems.isConnectionProblem(e) ? "cannot connect to " : "cannot migrate the schema of ";
            throw new DatabaseUnavailableException(what + target.location() + ": "
                    + target.password().redact(rootMessage(e)), null);
        }
    }

    /** The state of the schema without changing it. */
    public static Status status(DatabaseTarget target) {
        try {
            return statusOf(history(target).applied());
        } catch (java.sql.SQLException | RuntimeException e) {
            throw new DatabaseUnavailableException("cannot read the schema version of " + target.location() + ": "
                    + target.password().redact(rootMessage(e)), null);
        }
    }

    /** What the schema history records: the versions applied, and whether a migration failed. */
    private record History(List<String> applied, boolean failed) {
    }

    /** The schema history, read on a connection of its own; none yet reads as nothing applied. */
    private static History history(DatabaseTarget target) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password().reveal())) {
            if (!historyExists(c)) {
                return new History(List.of(), false);
            }
            List<String> applied = new java.util.ArrayList<>();
            boolean failed = false;
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        failed = true;
                    } else if (rs.getString(1) != null) {
                        applied.add(rs.getString(1));
                    }
                }
            }
            return new History(applied, failed);
        }
    }

    private static boolean historyExists(java.sql.Connection c) throws java.sql.SQLException {
        // lower case as Flyway creates it on both databases; any table type (H2 says BASE TABLE)
        try (var rs = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            return rs.next();
        }
    }

    /**
     * Whether Flyway can be skipped: no failed migration, and this build's newest migration is the newest
     * applied (not behind, and not ahead either: then Flyway decides). A database that cannot be reached or
     * opened fails here, as it would in Flyway; any other doubt is left to Flyway, whose errors say what is wrong.
     */
    private static boolean isCurrent(DatabaseTarget target) throws java.sql.SQLException {
        try {
            History h = history(target);
            return !h.failed() && current(h.applied());
        } catch (java.sql.SQLException e) {
            if (StartupProblems.isConnectionProblem(e) || StartupProblems.explain(target, e) != null) {
                throw e;
            }
            return false;
        }
    }

    /** Current means this build's newest migration is the newest applied: not behind, and not ahead either. */
    private static boolean current(List<String> applied) {
        return applied.stream().map(MigrationVersion::fromVersion).max(Comparator.naturalOrder())
                .map(KNOWN.getLast()::equals).orElse(false);
    }

    /**
     * The state of the schema read through the data port, on a connection the backend already has
     * (a Flyway check opens one of its own each time, which an idle console on a shared server
     * should not).
     */
    public static Status status(DatabaseTarget target, Database db, Duration timeout) {
        List<String> applied;
        try {
            applied = db.inTransaction(tx -> tx.query(Sql.of(
                            "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"),
                            r -> r.getString("version"))).toCompletableFuture()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("cannot read the schema version of " + target.location()
                    + ": interrupted", null);
        } catch (Exception e) {
            Throwable c = Failures.unwrap(e);
            String why = c instanceof java.util.concurrent.TimeoutException ? "no answer within " + timeout.toMillis() + " ms"
                    : target.password().redact(rootMessage(c));
            throw new DatabaseUnavailableException("cannot read the schema version of " + target.location() + ": " + why, null);
        }
        return statusOf(applied);
    }

    private static Status statusOf(List<String> applied) {
        MigrationVersion current = applied.stream().map(MigrationVersion::fromVersion).max(Comparator.naturalOrder())
                .orElse(null);
        int pending = (int) KNOWN.stream().filter(v -> current == null || v.compareTo(current) > 0).count();
        return new Status(current == null ? "none" : current.getVersion(), pending);
    }

    public record Status(String currentVersion, int pending) {
        public boolean current() {
            return pending == 0 && !"none".equals(currentVersion);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
