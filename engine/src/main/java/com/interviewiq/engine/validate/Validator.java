package com.interviewiq.engine.validate;

import com.interviewiq.engine.config.LocalH2;
import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.config.Pooler;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.Vendor;
import com.interviewiq.engine.BackendStack;
import com.interviewiq.engine.db.BackendSpec;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Failures;
import com.interviewiq.engine.db.Migrations;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.Sql;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The checks behind {@code interviewiq validate}: the database is reachable in each mode, the
 * schema is current, the pool settings are sane, a write is readable and rolls back, and both
 * modes see the same data. Nothing is left behind in the database.
 */
public final class Validator {
    private static final String PROBE_CATEGORY = "__validate";

    private final Settings settings;
    private final List<Check> checks = new ArrayList<>();

    private Validator(Settings settings) {
        this.settings = settings;
    }

    public static ValidationReport run(Settings settings, List<Mode> modes) {
        return new Validator(settings).runAll(modes);
    }

    /** For settings that could not even be loaded: the report holds that one failure. */
    public static ValidationReport settingsFailed(String reason) {
        return new ValidationReport(List.of(new Check("settings", null, false, reason, 0)));
    }

    private ValidationReport runAll(List<Mode> modes) {
        PoolSettings pool = settings.pool();
        checks.add(new Check("settings", null, true, settings.database().location()
                + (settings.database().pooler() == Pooler.NONE ? "" : " through " + settings.database().pooler().label())
                + ", pool " + pool.size() + "+" + pool.maxOverflow() + " on demand (min idle " + pool.minIdle() + ", idle "
                + seconds(pool.idle()) + "), timeout " + seconds(pool.timeout()) + ", recycle "
                + seconds(pool.recycle()), 0));
        try (LocalH2.Hold open = LocalH2.holdOpen(settings.database())) {
            // one login first: a wrong address or password is one clear failure, not one per check
            if (!check("database reachable", null, this::login)) {
                return new ValidationReport(checks);
            }
            return checkSchemaAndPools(modes, pool);
        }
    }

    private ValidationReport checkSchemaAndPools(List<Mode> modes, PoolSettings pool) {
        boolean migrated = check("schema migrations", null, () -> {
            int applied = Migrations.migrate(settings.database());
            Migrations.Status status = Migrations.status(settings.database());
            if (!status.current()) {
                throw new IllegalStateException(status.pending() + " migration(s) pending at version "
                        + status.currentVersion());
            }
            return "current at version " + status.currentVersion()
                    + (applied > 0 ? " (applied " + applied + " now)" : "");
        });
        Map<Mode, Database> open = new EnumMap<>(Mode.class);
        try {
            for (Mode mode : modes) {
                boolean reachable = check("pool opens", mode, () -> {
                    // bare: validation probes the backend itself, nothing measures it
                    Database db = BackendStack.bare().open(new BackendSpec(settings.database(), mode,
                            settings.syncExecutor(), pool));
                    open.put(mode, db);
                    Duration rtt = await(db.ping());
                    return db.describe() + ", ping " + millis(rtt);
                });
                if (reachable) {
                    check("pool configuration", mode, () -> poolSanity(open.get(mode)));
                    if (migrated) {
                        check("write and read, rolled back", mode, () -> rolledBackWrite(open.get(mode)));
                    }
                }
            }
            if (migrated && open.containsKey(Mode.SYNC) && open.containsKey(Mode.ASYNC)) {
                check("both modes see the same data", null,
                        () -> crossModeRead(open.get(Mode.SYNC), open.get(Mode.ASYNC)));
            }
        } finally {
            open.values().forEach(Database::close);
        }
        return new ValidationReport(checks);
    }

    private boolean check(String name, Mode mode, Supplier<String> body) {
        long start = System.nanoTime();
        String label = mode == null ? null : mode.label();
        try {
            String detail = body.get();
            checks.add(new Check(name, label, true, detail, elapsedMs(start)));
            return true;
        } catch (RuntimeException e) {
            Throwable cause = Failures.unwrap(e);
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            checks.add(new Check(name, label, false, settings.database().password().redact(message), elapsedMs(start)));
            return false;
        }
    }

    private String login() {
        String detail = login(settings.database());
        java.nio.file.Path file = settings.database().h2File();
        if (file == null) {
            return detail;
        }
        // a laptop database held by the console or serve is reached through it, over loopback
        return com.interviewiq.engine.config.DatabaseHolder.of(file)
                .filter(h -> h.pid() != ProcessHandle.current().pid())
                .map(h -> detail + "; shared with " + h.who() + " over 127.0.0.1:" + h.port())
                .orElse(detail);
    }

    /**
     * Logs in once with a plain JDBC connection: the quickest clear answer to "are the address and
     * credentials right?" (used by validate and by the console's Test connection).
     */
    public static String login(com.interviewiq.engine.config.DatabaseTarget target) {
        long start = System.nanoTime();
        try (var c = java.sql.DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password().reveal())) {
            var meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + target.location()
                    + ", login " + millis(Duration.ofNanos(System.nanoTime() - start));
        } catch (java.sql.SQLException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalStateException("cannot connect to " + target.location() + ": " + reason);
        }
    }

    private String poolSanity(Database db) {
        PoolSettings pool = settings.pool();
        List<String> problems = new ArrayList<>();
        if (pool.timeout().compareTo(pool.recycle()) >= 0) {
            problems.add("the pool timeout should be far shorter than the recycle time");
        }
        if (db.poolStats().max() != pool.max()) {
            problems.add("the pool reports max " + db.poolStats().max() + " but the settings ask for " + pool.max());
        }
        String serverLimit = "";
        if (settings.database().vendor() == Vendor.POSTGRESQL) {
            int serverMax = await(db.inTransaction(tx -> tx.queryOne(
                    Sql.of("SELECT CAST(setting AS INTEGER) AS m FROM pg_settings WHERE name = 'max_connections'"),
                    r -> r.getInt("m"))));
            serverLimit = ", server allows " + serverMax;
            // pools are elastic (a live switch warms only min idle), but one pool's ceiling above the
            // server's limit can never be reached and hides the real limit from the pool's own gauges
            if (pool.max() > serverMax) {
                problems.add("the pool's ceiling " + pool.max() + " (size + overflow) is above the server's"
                        + " max_connections " + serverMax + "; lower the pool size or max overflow");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
        return "size " + pool.size() + ", max " + pool.max() + serverLimit;
    }

    private String rolledBackWrite(Database db) {
        String key = "validate-" + UUID.randomUUID();
        CompletionStage<Long> attempt = db.inTransaction(tx -> insertProbe(tx, key)
                .thenCompose(id -> tx.queryOne(Sql.of("SELECT id FROM questions WHERE question_key = ?", key),
                        r -> r.getLong("id")))
                .thenApply(readBack -> {
                    throw new RollbackProbe(readBack);
                }));
        long readBack;
        try {
            await(attempt);
            throw new IllegalStateException("the probe transaction did not roll back");
        } catch (RuntimeException e) {
            if (!(Failures.unwrap(e) instanceof RollbackProbe probe)) {
                throw e;
            }
            readBack = probe.id;
        }
        Optional<Long> after = await(db.inTransaction(tx -> tx.queryOptional(
                Sql.of("SELECT id FROM questions WHERE question_key = ?", key), r -> r.getLong("id"))));
        if (after.isPresent()) {
            throw new IllegalStateException("a rolled-back row is still visible (id " + after.get() + ")");
        }
        return "wrote and read row " + readBack + ", rolled back, gone afterwards";
    }

    private String crossModeRead(Database sync, Database async) {
        String key = "validate-" + UUID.randomUUID();
        long id = await(sync.inTransaction(tx -> insertProbe(tx, key)));
        try {
            Optional<Long> seen = await(async.inTransaction(tx -> tx.queryOptional(
                    Sql.of("SELECT id FROM questions WHERE question_key = ?", key), r -> r.getLong("id"))));
            if (seen.isEmpty() || seen.get() != id) {
                throw new IllegalStateException("a row committed in sync mode is not visible in async mode");
            }
            long deleted = await(async.inTransaction(tx -> tx.update(
                    Sql.of("DELETE FROM questions WHERE id = ?", id))));
            Optional<Long> gone = await(sync.inTransaction(tx -> tx.queryOptional(
                    Sql.of("SELECT id FROM questions WHERE id = ?", id), r -> r.getLong("id"))));
            if (deleted != 1 || gone.isPresent()) {
                throw new IllegalStateException("a delete in async mode is not visible in sync mode");
            }
            return "sync wrote row " + id + ", async read and deleted it, sync saw it gone";
        } finally {
            await(sync.inTransaction(tx -> tx.update(Sql.of("DELETE FROM questions WHERE id = ?", id))));
        }
    }

    private static CompletionStage<Long> insertProbe(com.interviewiq.engine.db.Tx tx, String key) {
        Instant now = Instant.now();
        return tx.insert(Sql.of("""
                INSERT INTO questions (question_key, category, difficulty, title, prompt, tags, rubric,
                                       time_limit_seconds, status, version, created_at, updated_at)
                VALUES (?, ?, 1, 'validation probe', 'validation probe', '[]', '[]', 60, 'draft', 1, ?, ?)""",
                key, PROBE_CATEGORY, now, now));
    }

    private <T> T await(CompletionStage<T> stage) {
        long limitMs = settings.pool().timeout().toMillis() * 2 + 10_000;
        try {
            return stage.toCompletableFuture().get(limitMs, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no answer within " + limitMs + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw Failures.propagate(e);
        }
    }

    private static long elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String millis(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", d.toNanos() / 1e6);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    /** Thrown inside the probe transaction to force a rollback after the read-back. */
    private static final class RollbackProbe extends RuntimeException {
        private final long id;

        RollbackProbe(long id) {
            super("rollback probe", null, false, false);
            this.id = id;
        }
    }
}
