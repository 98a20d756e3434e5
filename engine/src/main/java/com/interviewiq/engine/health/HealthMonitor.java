package com.interviewiq.engine.health;

import com.interviewiq.engine.config.HealthThresholds;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.Vendor;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Failures;
import com.interviewiq.engine.db.Migrations;
import com.interviewiq.engine.db.ServerConnections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Judges the engine's health every sampler tick: ping round trip, pool saturation, pending
 * acquires, p99 latency, error rate and (PostgreSQL) the server's connection budget against
 * warn/critical thresholds with sustain and quiet times, plus whether the schema is current. A failed ping or an outdated schema is DOWN at
 * once; a check holding a warn or critical level makes the engine DEGRADED.
 */
public final class HealthMonitor {
    private final Supplier<Settings> current;
    private final Settings settings;
    private final Supplier<Database> db;
    private final Clock clock;
    private final HealthThresholds t;
    private final AlertLog alerts = new AlertLog();
    private final CheckState ping;
    private final CheckState saturation;
    private final CheckState pending;
    private final CheckState p99;
    private final CheckState errors;
    private final CheckState server;
    private final AtomicLong ownTransactions = new AtomicLong();
    private volatile String pingFailure;
    private volatile Instant downSince;
    private volatile Migrations.Status schema;
    private volatile String schemaFailure;
    private volatile Instant schemaCheckedAt = Instant.EPOCH;
    private volatile ServerConnections serverConnections;
    private volatile String serverFailure;
    private volatile Instant serverReadAt = Instant.EPOCH;
    private boolean closed; // guarded by this
    private volatile boolean fed;
    private final Supplier<Load> gauges;
    private final List<Supplier<CheckResult>> extraChecks = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** {@code db} supplies the backend to ping (pings are not counted as application work). */
    public HealthMonitor(Settings settings, Supplier<Database> db, Clock clock) {
        this(settings, () -> settings, db, clock);
    }

    /** {@code current} gives the settings as they are now (the database may have been switched live). */
    public HealthMonitor(Settings settings, Supplier<Settings> current, Supplier<Database> db, Clock clock) {
        this(settings, current, db, () -> Load.IDLE, clock);
    }

    /**
     * As the engine builds it: {@code gauges} reads the pool's gauges now, for a verdict before the
     * first sample arrives or with monitoring off (see {@link #now()}).
     */
    public HealthMonitor(Settings settings, Supplier<Settings> current, Supplier<Database> db, Supplier<Load> gauges,
                         Clock clock) {
        this.gauges = gauges;
        this.current = current;
        this.settings = settings;
        this.db = db;
        this.clock = clock;
        this.t = settings.health();
        Instant now = clock.instant();
        this.ping = new CheckState("ping", " ms", t.pingMs().warn(), t.pingMs().critical(), now);
        this.saturation = new CheckState("pool saturation", "", t.poolSaturation().warn(), t.poolSaturation().critical(), now);
        this.pending = new CheckState("pending acquires", "", t.pendingAcquires().warn(), t.pendingAcquires().critical(), now);
        this.p99 = new CheckState("p99 latency", " ms", t.p99Ms().warn(), t.p99Ms().critical(), now);
        this.errors = new CheckState("error rate", "/s", t.errorsPerSecond().warn(), t.errorsPerSecond().critical(), now);
        this.server = new CheckState("server connections", "", t.serverConnections().warn(),
                t.serverConnections().critical(), now);
    }

    public AlertLog alerts() {
        return alerts;
    }

    /**
     * A check judged outside the database thresholds (the remote evaluator's breaker): shown with the
     * others; a warn or critical level from it makes the engine DEGRADED.
     */
    public void addCheck(Supplier<CheckResult> check) {
        extraChecks.add(check);
    }

    /** Records that a condition raised with {@link #raise} is over. */
    public void clear(String check, String message) {
        alerts.add(new Alert(clock.instant(), check, Alert.CLEARED, "ok", null, null, message));
    }

    /** Records an alert raised outside the threshold checks (e.g. the engine fell back to sync at start). */
    public void raise(String check, String level, String message) {
        alerts.add(new Alert(clock.instant(), check, Alert.RAISED, level, null, null, message));
    }

    /**
     * How many transactions health has run itself: pings, schema checks and server-connection reads.
     * Each commits on the server and bypasses the statement timing, so a count of the engine's
     * work against the server's own adds them back.
     */
    public long ownTransactions() {
        return ownTransactions.get();
    }

    /** Called by the sampler with each new sample; never blocks for long (bounded ping). */
    public synchronized void onSample(Load s) {
        if (closed) {
            return;
        }
        Instant now = clock.instant();
        double pingMs = pingNow();
        observe(ping, Double.isNaN(pingMs) ? t.pingMs().critical() : pingMs, now);
        observe(saturation, s.utilisation(), now);
        observe(pending, s.pending(), now);
        observe(p99, s.p99Ms(), now);
        observe(errors, s.errorsPerSecond(), now);
        refreshSchema(now, false);
        if (refreshServer(now, false)) {
            observe(server, serverConnections.utilisation(), now);
        }
        fed = true;
    }

    /** The server's connection budget as last read (PostgreSQL only; null on H2 or before the first read). */
    public ServerConnections serverConnections() {
        return serverConnections;
    }

    /** Reads the server's connection budget when due; true when a new reading came in. */
    private boolean refreshServer(Instant now, boolean force) {
        if (closed) {
            return false;
        }
        if (current.get().database().vendor() != Vendor.POSTGRESQL) {
            serverConnections = null; // switched live to H2: no server to read, and no stale numbers
            return false;
        }
        if (!force && Duration.between(serverReadAt, now).compareTo(ServerConnections.readEvery(settings.sampleInterval())) < 0) {
            return false;
        }
        serverReadAt = now;
        ownTransactions.incrementAndGet();
        try {
            serverConnections = ServerConnections.read(db.get(), now).toCompletableFuture()
                    .get(checkTimeoutMillis(), TimeUnit.MILLISECONDS);
            serverFailure = null;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            Throwable cause = Failures.unwrap(e);
            serverFailure = cause instanceof java.util.concurrent.TimeoutException ? "no answer in time"
                    : current.get().database().password().redact(String.valueOf(cause.getMessage()));
        }
        return false;
    }

    private long checkTimeoutMillis() {
        return Math.min(5000, settings.pool().timeout().toMillis() + 1000);
    }

    private void observe(CheckState check, double value, Instant now) {
        Alert a = check.observe(value, now, t.sustain(), t.quiet());
        if (a != null) {
            alerts.add(a);
        }
    }

    private double pingNow() {
        long limit = checkTimeoutMillis();
        ownTransactions.incrementAndGet();
        try {
            Duration rtt = db.get().ping().toCompletableFuture().get(limit, TimeUnit.MILLISECONDS);
            if (pingFailure != null) {
                alerts.add(new Alert(clock.instant(), "database", Alert.CLEARED, "ok", null, null, "database reachable again"));
            }
            pingFailure = null;
            downSince = null;
            return rtt.toNanos() / 1e6;
        } catch (java.util.concurrent.TimeoutException e) {
            markDown("no answer to ping within " + limit + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            markDown("interrupted");
        } catch (Exception e) {
            Throwable cause = Failures.unwrap(e);
            markDown(current.get().database().password().redact(String.valueOf(cause.getMessage())));
        }
        return Double.NaN;
    }

    private void markDown(String reason) {
        if (pingFailure == null) {
            downSince = clock.instant();
            alerts.add(new Alert(downSince, "database", Alert.RAISED, "down", null, null, "database unavailable: " + reason));
        }
        pingFailure = reason;
    }

    /** From now on nothing pings or opens a connection; waits for a check in progress. */
    public synchronized void close() {
        closed = true;
    }

    private void refreshSchema(Instant now, boolean force) {
        if (closed) {
            if (schema == null && schemaFailure == null) {
                schemaFailure = "not checked: the engine is closed";
            }
            return;
        }
        if (!force && Duration.between(schemaCheckedAt, now).toSeconds() < 60 && schema != null) {
            return;
        }
        schemaCheckedAt = now;
        ownTransactions.incrementAndGet();
        try {
            schema = Migrations.status(current.get().database(), db.get(), Duration.ofMillis(checkTimeoutMillis()));
            schemaFailure = null;
        } catch (RuntimeException e) {
            schemaFailure = e.getMessage();
        }
    }

    /** The current verdict. */
    public synchronized HealthReport report() {
        Instant now = clock.instant();
        if (schema == null && schemaFailure == null) {
            refreshSchema(now, true);
        }
        List<CheckResult> checks = new ArrayList<>();
        checks.add(pingFailure != null
                ? new CheckResult("ping", "down", null, "ms", t.pingMs().warn(), t.pingMs().critical(), downSince, pingFailure)
                : ping.result("round trip of SELECT 1"));
        checks.add(saturation.result("active connections / max"));
        checks.add(pending.result("callers waiting for a connection"));
        checks.add(p99.result("statement latency, 99th percentile"));
        checks.add(errors.result("database errors per second"));
        if (current.get().database().vendor() == Vendor.POSTGRESQL) {
            ServerConnections sc = serverConnections;
            checks.add(serverFailure != null && sc == null
                    ? new CheckResult("server connections", "unknown", null, "", t.serverConnections().warn(),
                    t.serverConnections().critical(), null, "cannot read pg_stat_activity: " + serverFailure)
                    : server.result(sc == null ? "not read yet" : sc.summary() + " (share of max_connections in use)"));
        }
        boolean schemaOk = schema != null && schema.current();
        checks.add(new CheckResult("migrations", schemaOk ? "ok" : "down", null, "", null, null, null,
                schemaFailure != null ? schemaFailure
                        : schema.current() ? "at version " + schema.currentVersion()
                        : schema.pending() + " migration(s) pending at version " + schema.currentVersion()));
        List<CheckResult> extra = extraChecks.stream().map(Supplier::get).toList();
        checks.addAll(extra);
        HealthStatus status = pingFailure != null || !schemaOk ? HealthStatus.DOWN
                : List.of(ping, saturation, pending, p99, errors, server).stream().anyMatch(CheckState::alerting)
                || extra.stream().anyMatch(c -> !"ok".equals(c.level()))
                ? HealthStatus.DEGRADED : HealthStatus.UP;
        Database d = db.get();
        return new HealthReport(status, d.mode().label(), current.get().database().location(), now, checks);
    }

    /**
     * The verdict to show now: the last judged state once samples arrive (and after close, when
     * nothing is pinged any more); before the first sample, and with monitoring off, judged at once
     * from a ping and the pool's gauges. Close waits for such a check in progress.
     */
    public synchronized HealthReport now() {
        if (closed || fed) {
            return report();
        }
        HealthMonitor m = new HealthMonitor(settings, current, db, clock);
        extraChecks.forEach(m::addCheck);
        m.onSampleNoSustain(gauges.get());
        return m.report();
    }

    /** One-shot health for the CLI: pings now and judges the instant values without sustain. */
    public static HealthReport once(Settings settings, Database db, Load sample, Clock clock) {
        HealthMonitor m = new HealthMonitor(settings, () -> db, clock);
        m.onSampleNoSustain(sample);
        return m.report();
    }

    private synchronized void onSampleNoSustain(Load s) {
        Instant now = clock.instant();
        double pingMs = pingNow();
        Duration zero = Duration.ZERO;
        feed(ping, Double.isNaN(pingMs) ? t.pingMs().critical() : pingMs, now, zero);
        feed(saturation, s.utilisation(), now, zero);
        feed(pending, s.pending(), now, zero);
        feed(p99, s.p99Ms(), now, zero);
        feed(errors, s.errorsPerSecond(), now, zero);
        refreshSchema(now, true);
        if (refreshServer(now, true)) {
            feed(server, serverConnections.utilisation(), now, zero);
        }
    }

    private void feed(CheckState check, double value, Instant now, Duration sustain) {
        Alert a = check.observe(value, now, sustain, Duration.ZERO);
        if (a != null) {
            alerts.add(a);
        }
    }
}
