package com.interviewiq.engine.monitor;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.Vendor;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Failures;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.health.CheckResult;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Checks the engine's transaction count against PostgreSQL's own. Every read interval (10 s at the
 * default 1 s sample) it reads {@code xact_commit + xact_rollback} of the current database from
 * pg_stat_database together with the engine's tally, and compares the deltas over the last
 * {@link #WINDOW_READS} intervals, growing to {@link #MAX_WINDOW_READS}.
 *
 * <p>The engine's tally is everything this process makes the server count: the services'
 * transactions (minus those that failed before reaching the server), health's own pings, schema
 * checks and connection-budget reads, and these reads themselves. Each of those is one transaction
 * on the server and is counted here by the code that runs it, rather than estimated.
 *
 * <p>The server's count is late, and by how much: a PostgreSQL backend publishes its counts at the
 * end of a transaction only when its previous flush is at least 1 s old (500 ms before PostgreSQL
 * 15), so at any instant each busy connection holds the transactions of the last 0 to 1 s
 * unpublished: on average, the server's count at an instant is the engine's tally of half a second
 * before ({@link #publishLag}). So each reading pairs the server's count with the engine's tally at
 * that earlier moment ({@link TallyTrail}): the same transactions on both sides, also while a load
 * starts, stops or a cold JVM speeds up, when an unaligned comparison is off by the rate's change
 * times the lag (a load starting at the first reading read 97.5% after 40 s). What is left is how
 * far each end's unpublished count strays from that average: with eight busy connections about
 * 1.5% (one standard deviation) of a 10 s window, 0.5% of a 30 s one, hence the window.
 * pg_stat_force_next_flush() only flushes the calling backend, so it cannot settle the pool's others.
 * A connection that goes idle holds its counts up to 10 s (PG 15's idle flush), which is why
 * windows in which the load stops may part, and why a difference is reported only when two windows
 * in a row show it ({@link #confirmed}). Each read is a transaction of its own, so the reader's
 * statistics snapshot (stats_fetch_consistency = cache) is fresh without pg_stat_clear_snapshot().
 *
 * <p>Also not counted, and why small: HikariCP validates a connection idle for more than 0.5 s as
 * it lends it (pgjdbc's isValid is a transaction on the server). Under load connections do not sit
 * idle; on an idle console that adds about one transaction per ping, which is why a window with
 * fewer than {@link #MIN_TRANSACTIONS} on both sides is {@code quiet}, not judged.
 */
public final class ServerCrossCheck {
    /** The first comparison spans this many read intervals (see above for why)... */
    public static final int WINDOW_READS = 3;
    /** ...and the window grows to this many as readings come in, halving the lag's noise again. */
    public static final int MAX_WINDOW_READS = 6;
    /** Below this on both sides a window is too small for a percentage to mean anything. */
    public static final long MIN_TRANSACTIONS = 300;
    public static final String CHECK_NAME = "server agreement";
    private static final Sql QUERY = Sql.of("SELECT xact_commit + xact_rollback AS transactions,"
            + " current_setting('server_version_num')::int AS version FROM pg_stat_database WHERE datname = current_database()");

    /** One reading: the server's count, and the engine's tally at the moment the server's count describes. */
    record Reading(long nanos, long server, long engine) {
    }

    private record ServerCount(long transactions, int version) {
    }

    private final Supplier<Database> backend;
    private final Supplier<DatabaseTarget> target;
    private final DatabaseMetrics metrics;
    private final LongSupplier healthTransactions;
    private final Duration every;
    private final Duration timeout;
    private final ArrayDeque<Reading> readings = new ArrayDeque<>();
    private final TallyTrail trail = new TallyTrail();
    private final java.util.List<Consumer<ServerCheck>> listeners = new CopyOnWriteArrayList<>();
    private long ownReads;
    private long lastReadNanos;
    private String readingsOf;
    private volatile ServerCheck latest;
    private ServerCheck lastJudged; // the previous window's own judgement, before confirmation

    /**
     * @param backend            the backend beneath the timing decorator (the reads are not application work)
     * @param target             the database served now (a live switch may change it)
     * @param healthTransactions how many transactions health has run itself
     * @param every              how often to read (the connection budget's interval)
     */
    public ServerCrossCheck(Supplier<Database> backend, Supplier<DatabaseTarget> target, DatabaseMetrics metrics,
                            LongSupplier healthTransactions, Duration every, Duration timeout, Instant now) {
        this.backend = backend;
        this.target = target;
        this.metrics = metrics;
        this.healthTransactions = healthTransactions;
        this.every = every;
        this.timeout = timeout;
        this.latest = target.get().vendor() == Vendor.POSTGRESQL
                ? ServerCheck.waiting(firstComparisonIn(), now)
                : ServerCheck.notAvailable(notOnPostgres(target.get()), now);
    }

    /** With monitoring off nothing samples, so nothing is ever compared. */
    public static ServerCrossCheck off(Supplier<DatabaseTarget> target, Instant now) {
        ServerCrossCheck c = new ServerCrossCheck(() -> null, target, null, () -> 0, Duration.ofDays(1), Duration.ZERO, now);
        c.latest = ServerCheck.notAvailable("monitoring is off", now);
        return c;
    }

    /** The agreement as a gauge ({@code interviewiq_server_agreement_percent}, NaN while not compared). */
    public void bind(MeterRegistry registry) {
        Gauge.builder("interviewiq.server.agreement", this, c -> {
                    Double p = c.latest.agreementPercent();
                    return p == null ? Double.NaN : p;
                }).baseUnit("percent")
                .description("100 x the server's transaction count (pg_stat_database) / the engine's, over the last window")
                .register(registry);
    }

    public ServerCheck latest() {
        return latest;
    }

    /** Called with each new result (on the sampler's thread; must not block). */
    public Runnable onChange(Consumer<ServerCheck> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The check as health shows it: a warning while server and engine part. */
    public CheckResult checkResult() {
        ServerCheck c = latest;
        // no one-sided warn/critical pair: the check warns on either side of 100%, which the detail says
        return new CheckResult(CHECK_NAME, c.warns() ? "warn" : "ok", c.agreementPercent(), "%", null, null, c.at(),
                c.summary() + " (warns beyond 100 ± " + (int) ServerCheck.TOLERANCE_PERCENT + "%) · " + c.why());
    }

    /**
     * How late, on average, PostgreSQL publishes a busy connection's counts: half its flush interval
     * (1 s from 15 on, 0.5 s before), as a connection's unpublished transactions are up to one interval old.
     */
    static Duration publishLag(int serverVersionNum) {
        return Duration.ofMillis(serverVersionNum >= 150000 ? 500 : 250);
    }

    /** How many reads of pg_stat_database this check has made: each is a transaction the server counts. */
    public synchronized long ownReads() {
        return ownReads;
    }

    /** Called by the sampler after each sample; reads when due. */
    public synchronized void onSample(MetricsSample sample) {
        Instant now = sample.time();
        long nanos = System.nanoTime();
        if (metrics != null) {
            trail.record(nanos, engineTally());
        }
        // a tick may come a little early: a read due within half a tick is read now, not a whole tick late
        if (lastReadNanos != 0 && nanos - lastReadNanos < every.toNanos() - every.toNanos() / 20) {
            return;
        }
        lastReadNanos = nanos;
        DatabaseTarget t = target.get();
        if (t.vendor() != Vendor.POSTGRESQL) {
            readings.clear();
            publish(ServerCheck.notAvailable(notOnPostgres(t), now));
            return;
        }
        if (!t.location().equals(readingsOf)) { // another database after a live switch: its counts are another story
            readings.clear();
            readingsOf = t.location();
        }
        // The engine's tally was recorded above, then this read is counted: the read's own transaction
        // ends after the server's count is taken, so it belongs to the next window on both sides.
        ownReads++;
        ServerCount server;
        try {
            server = backend.get().inTransaction(tx -> tx.queryOne(QUERY,
                            r -> new ServerCount(r.getLong("transactions"), r.getInt("version"))))
                    .toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            readings.clear(); // a read that timed out may still count on the server: start over
            Throwable cause = Failures.unwrap(e);
            publish(ServerCheck.unknown("cannot read pg_stat_database: " + (cause instanceof java.util.concurrent.TimeoutException
                    ? "no answer in time" : t.password().redact(String.valueOf(cause.getMessage()))), now));
            return;
        }
        long engine = trail.at(nanos - publishLag(server.version()).toNanos());
        readings.addLast(new Reading(nanos, server.transactions(), engine));
        if (readings.size() > MAX_WINDOW_READS + 1) {
            readings.removeFirst();
        }
        if (readings.size() <= WINDOW_READS) {
            publish(ServerCheck.waiting(firstComparisonIn(), now));
            return;
        }
        ServerCheck judged = compare(java.util.List.copyOf(readings), now);
        publish(confirmed(lastJudged, judged));
        lastJudged = judged;
    }

    /**
     * What this process has made the server count since it started. Transactions that timed out
     * waiting for a connection, met a closed backend or could not connect never reached the server.
     * A transaction still in flight at this instant may already be counted by the server and not yet
     * here: at most the pool's size, against the hundreds a judged window holds.
     */
    private long engineTally() {
        DatabaseMetrics.Counts c = metrics.counts();
        Map<ErrorKind, Long> errors = c.errorsByKind();
        long neverReached = errors.get(ErrorKind.POOL_TIMEOUT) + errors.get(ErrorKind.CLOSED)
                + errors.get(ErrorKind.UNAVAILABLE);
        return c.transactions() - neverReached + healthTransactions.getAsLong() + ownReads;
    }

    /**
     * The server's and the engine's deltas over a window of readings (oldest first), judged. The
     * engine's side is its tally at the moments the server's counts describe (see the class
     * comment); nothing is subtracted or scaled.
     */
    static ServerCheck compare(java.util.List<Reading> window, Instant at) {
        Reading from = window.getFirst();
        Reading to = window.getLast();
        long server = to.server() - from.server();
        long engine = to.engine() - from.engine();
        double seconds = Math.round((to.nanos() - from.nanos()) / 1e8) / 10.0;
        double percent = engine == 0 ? (server == 0 ? 100 : Double.POSITIVE_INFINITY) : 100.0 * server / engine;
        double rounded = Double.isInfinite(percent) ? percent : Math.round(percent * 100) / 100.0;
        String span = fmt("%.0f s", seconds);
        if (Math.max(server, engine) < MIN_TRANSACTIONS) {
            return new ServerCheck(server, engine, rounded, seconds, ServerCheck.State.QUIET,
                    "only " + server + " transactions on the server and " + engine + " here in the last " + span
                            + ": too few to compare (" + MIN_TRANSACTIONS + " needed)", at);
        }
        double tolerance = engine * ServerCheck.TOLERANCE_PERCENT / 100;
        long apart = Math.abs(server - engine);
        if (apart <= tolerance) {
            return new ServerCheck(server, engine, rounded, seconds, ServerCheck.State.AGREES,
                    "the server counted " + server + " transactions in the last " + span + ", this engine " + engine, at);
        }
        String why = server > engine
                ? "the server counted " + (server - engine) + " more transactions than this engine in the last " + span
                  + " (" + server + " against " + engine + "): another client is working on this database"
                : "the server counted " + (engine - server) + " fewer transactions than this engine in the last " + span
                  + " (" + server + " against " + engine + "): its statistics lag or are off (track_counts)";
        return new ServerCheck(server, engine, rounded, seconds, ServerCheck.State.DIFFERS, why, at);
    }

    /**
     * A difference is reported when two windows in a row show it the same way: consecutive windows
     * share no end, so the publishing lag that can move one (see {@link #compare}) does not move both,
     * while another client's work does. The first such window is shown as settling, with its numbers.
     */
    static ServerCheck confirmed(ServerCheck previous, ServerCheck current) {
        if (current.state() != ServerCheck.State.DIFFERS || previous != null
                && previous.state() == ServerCheck.State.DIFFERS
                && Math.signum(previous.agreementPercent() - 100) == Math.signum(current.agreementPercent() - 100)) {
            return current;
        }
        return new ServerCheck(current.serverTransactions(), current.engineTransactions(), current.agreementPercent(),
                current.windowSeconds(), ServerCheck.State.SETTLING, current.why()
                + "; reported as a difference if the next window shows it too", current.at());
    }

    private void publish(ServerCheck check) {
        latest = check;
        listeners.forEach(l -> l.accept(check));
    }

    private String firstComparisonIn() {
        return "the first comparison comes " + every.multipliedBy(WINDOW_READS).toSeconds() + " s after the first reading";
    }

    private static String notOnPostgres(DatabaseTarget t) {
        return "not available on " + t.vendor().name().charAt(0) + t.vendor().name().substring(1).toLowerCase(Locale.ROOT)
                + ": only PostgreSQL counts transactions per database";
    }

    private static String fmt(String pattern, Object... v) {
        return String.format(Locale.ROOT, pattern, v);
    }
}
