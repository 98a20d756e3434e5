package com.interviewiq.engine.db;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * A PostgreSQL server's connection budget as the server itself reports it: its
 * {@code max_connections}, the client connections open now (every application), those that
 * InterviewIQ consoles and servers hold (by their application_name), and this engine's own pool.
 * Many consoles share one server; this is what tells an admin how close it is to refusing the next.
 */
public record ServerConnections(int maxConnections, int inUse, int interviewiq, int thisEngine, Instant readAt) {

    /** Client backends only: PostgreSQL's own workers (autovacuum, WAL writer...) do not take these slots. */
    private static final Sql QUERY = Sql.of("""
            SELECT CAST(current_setting('max_connections') AS INTEGER) AS max_connections,
                   (SELECT COUNT(*) FROM pg_stat_activity WHERE backend_type = 'client backend') AS in_use,
                   (SELECT COUNT(*) FROM pg_stat_activity WHERE backend_type = 'client backend'
                        AND application_name LIKE 'interviewiq %') AS interviewiq""");

    /** Share of max_connections in use, 0..1 (may pass 1 by the superuser-reserved slots). */
    public double utilisation() {
        return maxConnections == 0 ? 0 : (double) inUse / maxConnections;
    }

    /** "server connections 37/100, this console 2". */
    public String summary() {
        return "server connections " + inUse + "/" + maxConnections + ", InterviewIQ " + interviewiq
                + ", this console " + thisEngine;
    }

    /**
     * Reads the budget over one of the backend's own pooled connections (no extra connection on a
     * server that may be full). PostgreSQL only.
     */
    public static CompletionStage<ServerConnections> read(Database db, Instant now) {
        return db.inTransaction(tx -> tx.query(QUERY, r -> new ServerConnections(r.getInt("max_connections"),
                        r.getLong("in_use").intValue(), r.getLong("interviewiq").intValue(), 0, now)))
                .thenApply(rows -> {
                    ServerConnections s = rows.getFirst();
                    return new ServerConnections(s.maxConnections, s.inUse, s.interviewiq, db.poolStats().total(), now);
                });
    }

    /**
     * How often the monitor reads it: every tenth sample, i.e. every 10 s at the default 1 s
     * interval (pg_stat_activity is cheap but not free on a busy server).
     */
    public static Duration readEvery(Duration sampleInterval) {
        return sampleInterval.multipliedBy(10);
    }
}
