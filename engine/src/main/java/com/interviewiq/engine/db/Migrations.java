package com.interviewiq.engine.db;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.LocalH2;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

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

    /** Every migration version this build ships, learnt at the first migrate (Flyway needs a connection to list them). */
    private static volatile List<MigrationVersion> known = List.of();

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
            Flyway flyway = flyway(target);
            MigrateResult result = flyway.migrate();
            if (target.h2File() != null) {
                LocalH2.privateFiles(target.h2File());
            }
            if (known.isEmpty()) {
                known = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion).filter(Objects::nonNull)
                        .sorted().toList();
            }
            return result.migrationsExecuted;
        } catch (RuntimeException e) {
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
            var info = flyway(target).info();
            MigrationInfo current = info.current();
            return new Status(current == null ? "none" : current.getVersion().getVersion(), info.pending().length);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException("cannot read the schema version of " + target.location() + ": "
                    + target.password().redact(rootMessage(e)), null);
        }
    }

    /**
     * The state of the schema read through the data port, on a connection the backend already has
     * (a Flyway check opens one of its own each time, which an idle console on a shared server
     * should not). Falls back to Flyway when this process has not migrated yet.
     */
    public static Status status(DatabaseTarget target, Database db, Duration timeout) {
        List<MigrationVersion> versions = known;
        if (versions.isEmpty()) {
            return status(target);
        }
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
        MigrationVersion current = applied.stream().map(MigrationVersion::fromVersion).max(Comparator.naturalOrder())
                .orElse(null);
        int pending = (int) versions.stream().filter(v -> current == null || v.compareTo(current) > 0).count();
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
