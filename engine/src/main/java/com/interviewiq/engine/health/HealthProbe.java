package com.interviewiq.engine.health;

import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Failures;
import com.interviewiq.engine.db.Migrations;
import com.interviewiq.engine.db.PoolStats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** A point-in-time health check of a running engine's database: ping, pool and schema. */
public final class HealthProbe {
    private HealthProbe() {
    }

    public static HealthReport check(Settings settings, Database db) {
        List<CheckResult> checks = new ArrayList<>();
        try {
            Duration rtt = db.ping().toCompletableFuture()
                    .get(settings.pool().timeout().toMillis() + 5000, TimeUnit.MILLISECONDS);
            checks.add(new CheckResult("ping", HealthStatus.UP,
                    String.format(Locale.ROOT, "%.1f ms", rtt.toNanos() / 1e6), "round trip of SELECT 1"));
        } catch (Exception e) {
            Throwable cause = Failures.unwrap(e);
            checks.add(new CheckResult("ping", HealthStatus.DOWN, "failed",
                    settings.database().password().redact(String.valueOf(cause.getMessage()))));
        }
        PoolStats pool = db.poolStats();
        checks.add(new CheckResult("pool saturation", HealthStatus.UP,
                pool.active() + "/" + pool.max(), pool.pending() + " waiting, " + pool.idle() + " idle"));
        try {
            Migrations.Status status = Migrations.status(settings.database());
            checks.add(new CheckResult("migrations", status.current() ? HealthStatus.UP : HealthStatus.DOWN,
                    status.currentVersion(), status.pending() + " pending"));
        } catch (RuntimeException e) {
            checks.add(new CheckResult("migrations", HealthStatus.DOWN, "unknown", e.getMessage()));
        }
        HealthStatus overall = checks.stream().map(CheckResult::status).reduce(HealthStatus.UP, HealthStatus::worst);
        return new HealthReport(overall, db.mode().label(), settings.database().location(), Instant.now(), checks);
    }
}
