package com.interviewiq.engine.db;

import com.interviewiq.engine.config.DatabaseTarget;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Schema migrations. Flyway always runs over JDBC, also in async mode: one set of scripts for
 * H2 and PostgreSQL in db/migration.
 */
public final class Migrations {
    private Migrations() {
    }

    private static Flyway flyway(DatabaseTarget target) {
        return Flyway.configure()
                .dataSource(target.jdbcUrl(), target.user(), target.password().reveal())
                .locations("classpath:db/migration")
                .connectRetries(0)
                .load();
    }

    /** Applies pending migrations; returns how many were applied. */
    public static int migrate(DatabaseTarget target) {
        try {
            MigrateResult result = flyway(target).migrate();
            return result.migrationsExecuted;
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException("cannot migrate the schema of " + target.location() + ": "
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
