package com.interviewiq.engine.testing;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.config.Vendor;
import com.interviewiq.engine.Backends;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Migrations;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.SyncExecutor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** One cell of the test matrix: a database vendor and a way to reach it (PostgreSQL directly or through PgBouncer). */
public record Backend(Vendor vendor, Mode mode, SyncExecutor executor, boolean pgbouncer) {

    public Backend(Vendor vendor, Mode mode, SyncExecutor executor) {
        this(vendor, mode, executor, false);
    }

    public static final PoolSettings SMALL_POOL =
            new PoolSettings(4, 0, Duration.ofSeconds(5), Duration.ofMinutes(30), Duration.ZERO);

    /** {H2 file, PostgreSQL} x {sync platform, sync virtual, async}. */
    public static Stream<Backend> all() {
        return Stream.of(Vendor.H2, Vendor.POSTGRESQL).flatMap(v -> List.of(
                new Backend(v, Mode.SYNC, SyncExecutor.PLATFORM),
                new Backend(v, Mode.SYNC, SyncExecutor.VIRTUAL),
                new Backend(v, Mode.ASYNC, SyncExecutor.PLATFORM)).stream());
    }

    /** {H2 file, PostgreSQL} x {sync, async}: the parity matrix. */
    public static Stream<Backend> parity() {
        return Stream.of(Vendor.H2, Vendor.POSTGRESQL).flatMap(v -> List.of(
                new Backend(v, Mode.SYNC, SyncExecutor.PLATFORM),
                new Backend(v, Mode.ASYNC, SyncExecutor.PLATFORM)).stream());
    }

    /** PostgreSQL through a real PgBouncer in transaction pooling mode, sync and async. */
    public static Stream<Backend> throughPgBouncer() {
        return Stream.of(new Backend(Vendor.POSTGRESQL, Mode.SYNC, SyncExecutor.PLATFORM, true),
                new Backend(Vendor.POSTGRESQL, Mode.ASYNC, SyncExecutor.PLATFORM, true));
    }

    public DatabaseTarget freshTarget(Path tempDir) {
        if (pgbouncer) {
            return TestDatabases.freshPostgresThroughPgBouncer();
        }
        return vendor == Vendor.H2 ? TestDatabases.freshH2(tempDir) : TestDatabases.freshPostgres();
    }

    public Database open(DatabaseTarget target, PoolSettings pool) {
        return Backends.open(target, mode, executor, pool);
    }

    /** A fresh, migrated database opened in this backend's mode. */
    public Database openFresh(Path tempDir, PoolSettings pool) {
        DatabaseTarget target = freshTarget(tempDir);
        Migrations.migrate(target);
        return open(target, pool);
    }

    @Override
    public String toString() {
        return vendor.displayName() + (pgbouncer ? " via PgBouncer" : "") + "/"
                + (mode == Mode.ASYNC ? "async" : "sync-" + executor.label());
    }
}
