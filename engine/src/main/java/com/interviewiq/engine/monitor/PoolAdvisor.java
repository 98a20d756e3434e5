package com.interviewiq.engine.monitor;

import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.db.ServerConnections;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Suggests a pool size and overflow from real traffic by Little's law: the connections busy on
 * average are the transaction rate times the mean time a transaction holds its connection (its
 * whole time minus its wait for one). The size covers the busiest 5% of 5-second stretches with
 * {@link #HEADROOM}; the overflow covers the largest burst seen (callers that waited count: they
 * wanted a connection too) with the same headroom, and at least half the size for bursts the
 * window did not see. On PostgreSQL both are bounded by what the server has left: its
 * max_connections less its reserved slots and the connections other clients hold now.
 * Pure: it takes any list of samples.
 */
public final class PoolAdvisor {
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);
    public static final double HEADROOM = 1.25;
    /** Below this much sampled time or this many transactions the averages say too little. */
    public static final double MIN_SECONDS = 30;
    public static final long MIN_TRANSACTIONS = 100;
    /** PostgreSQL's default superuser_reserved_connections: slots an ordinary login cannot take. */
    public static final int SERVER_RESERVED = 3;
    /** A pool below this would queue one slow transaction behind another (and min idle plus the monitor's need). */
    public static final int MIN_SIZE = 2;
    /** Busy connections are judged per stretch of this many seconds (see {@link #busyPerStretch}). */
    public static final double STRETCH_SECONDS = 5;

    private PoolAdvisor() {
    }

    /**
     * @param window  the samples to judge (e.g. the last five minutes); gap samples and samples
     *                without the transaction means are left out
     * @param current the pool as configured now
     * @param server  the server's connection budget as last read, or null (H2, not read yet)
     */
    public static PoolAdvice advise(List<MetricsSample> window, PoolSettings current, ServerConnections server) {
        List<MetricsSample> used = window.stream()
                .filter(s -> !s.gapBefore() && s.intervalSeconds() > 0 && !Double.isNaN(s.transactionMeanMs()))
                .toList();
        double seconds = used.stream().mapToDouble(MetricsSample::intervalSeconds).sum();
        double transactions = used.stream().mapToDouble(s -> s.transactionsPerSecond() * s.intervalSeconds()).sum();
        int budget = server == null ? -1
                : Math.max(1, server.maxConnections() - SERVER_RESERVED - (server.inUse() - server.thisEngine()));
        if (seconds < MIN_SECONDS || transactions < MIN_TRANSACTIONS) {
            return new PoolAdvice(false, current.size(), current.maxOverflow(), String.format(Locale.ROOT,
                    "Not enough traffic to advise: %.0f s sampled with %,.0f transactions; at least %.0f s and %,d"
                            + " transactions are needed. Run the usual load (or Generate load on the Dashboard) for a"
                            + " few minutes and ask again. The pool stays at size %d + overflow %d.",
                    seconds, transactions, MIN_SECONDS, MIN_TRANSACTIONS, current.size(), current.maxOverflow()),
                    seconds == 0 ? 0 : transactions / seconds, Double.NaN, Double.NaN, Double.NaN, Double.NaN, budget);
        }
        double lambda = transactions / seconds;
        double holdMs = RangeFigures.weighted(used, PoolAdvisor::holdMs, s -> s.transactionsPerSecond() * s.intervalSeconds());
        double txMs = RangeFigures.weighted(used, MetricsSample::transactionMeanMs, s -> s.transactionsPerSecond() * s.intervalSeconds());
        double meanBusy = lambda * holdMs / 1000;
        double[] busy = busyPerStretch(used);
        double peakBusy = busy[(int) Math.ceil(0.95 * busy.length) - 1];
        // the gauges are instants, the stretches averages: the burst is the larger of what either saw
        double burst = Math.max(busy[busy.length - 1],
                used.stream().mapToInt(s -> s.active() + s.pending()).max().orElse(0));
        int maxWaiting = used.stream().mapToInt(MetricsSample::pending).max().orElse(0);
        double acquireP99 = RangeFigures.weighted(used, MetricsSample::acquireP99Ms, s -> s.transactionsPerSecond() * s.intervalSeconds());

        int size = Math.max(MIN_SIZE, (int) Math.ceil(peakBusy * HEADROOM));
        int overflow = Math.max((int) Math.ceil(size / 2.0), (int) Math.ceil(burst * HEADROOM) - size);
        String bound = "";
        if (budget > 0 && size + overflow > budget) {
            int wantedMax = size + overflow;
            size = Math.min(size, budget);
            overflow = Math.max(0, budget - size);
            bound = String.format(Locale.ROOT, " The server bounds it: %d max_connections, %d reserved, %d held by other"
                            + " clients, so this console can have at most %d (it would have asked for %d).",
                    server.maxConnections(), SERVER_RESERVED, server.inUse() - server.thisEngine(), budget, wantedMax);
        } else if (budget > 0) {
            bound = String.format(Locale.ROOT, " The server has room: %d max_connections, %d held by other clients,"
                            + " up to %d for this console.", server.maxConnections(), server.inUse() - server.thisEngine(),
                    budget);
        }
        String reasoning = String.format(Locale.ROOT,
                "Over %s (%,.0f transactions) the engine ran %.1f transactions/s, each holding a connection %.2f ms on"
                        + " average (%.2f ms per transaction less %.2f ms waiting for one), so by Little's law %.2f"
                        + " connections were busy on average and %.2f in the busiest 5%% of 5-second stretches. Size %d covers"
                        + " that with %.0f%% headroom; overflow %d covers the largest burst, %.1f connections wanted at"
                        + " once (up to %d callers waited; acquire wait p99 %.1f ms), with the same headroom and at least"
                        + " half the size.%s Now: size %d + overflow %d.",
                span(seconds), transactions, lambda, holdMs, txMs, txMs - holdMs, meanBusy, peakBusy, size,
                (HEADROOM - 1) * 100, overflow, burst, maxWaiting, acquireP99, bound, current.size(), current.maxOverflow());
        return new PoolAdvice(true, size, overflow, reasoning, lambda, holdMs, meanBusy, peakBusy, burst, budget);
    }

    /**
     * Connections busy (lambda x W) per stretch of at least {@link #STRETCH_SECONDS}, sorted. One
     * interval alone says too little: a tick that follows a late one may cover a few milliseconds,
     * and the transactions that end in it (each counted with its whole time, begun before) would read
     * as hundreds of connections. A final stretch shorter than half is left out unless it is the only one.
     */
    private static double[] busyPerStretch(List<MetricsSample> used) {
        List<Double> out = new java.util.ArrayList<>();
        double connectionSeconds = 0;
        double seconds = 0;
        for (MetricsSample s : used) {
            connectionSeconds += s.transactionsPerSecond() * s.intervalSeconds() * holdMs(s) / 1000;
            seconds += s.intervalSeconds();
            if (seconds >= STRETCH_SECONDS) {
                out.add(connectionSeconds / seconds);
                connectionSeconds = 0;
                seconds = 0;
            }
        }
        if (seconds > 0 && (seconds >= STRETCH_SECONDS / 2 || out.isEmpty())) {
            out.add(connectionSeconds / seconds);
        }
        return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** A transaction's time with its connection: its whole time less its wait for one (0 when the wait was not measured). */
    private static double holdMs(MetricsSample s) {
        double wait = Double.isNaN(s.acquireMeanMs()) ? 0 : s.acquireMeanMs();
        return Math.max(0, s.transactionMeanMs() - wait);
    }

    private static String span(double seconds) {
        return seconds >= 120 ? String.format(Locale.ROOT, "%.1f min", seconds / 60) : String.format(Locale.ROOT, "%.0f s", seconds);
    }
}
