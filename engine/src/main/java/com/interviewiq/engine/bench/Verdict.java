package com.interviewiq.engine.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns measurements into plain language: which mode wins where and by how much, or that there
 * is no measurable difference (within the noise this machine showed between rounds), and what
 * pool size the measurements suggest (Little's law) next to HikariCP's cores-based rule of thumb.
 */
public final class Verdict {
    /** Differences below this are reported as no measurable difference (rounds varied by up to ~20%). */
    public static final double NOISE = 0.20;

    private Verdict() {
    }

    public static String of(List<BenchPoint> points, int cores) {
        List<BenchPoint> engineModes = points.stream().filter(p -> !p.mode().startsWith("raw")).toList();
        if (engineModes.isEmpty()) {
            return "No results.";
        }
        Map<String, List<BenchPoint>> byPoint = new LinkedHashMap<>();
        for (BenchPoint p : engineModes) {
            byPoint.computeIfAbsent(p.concurrency() + "/" + p.poolSize(), k -> new ArrayList<>()).add(p);
        }
        List<String> lines = new ArrayList<>();
        for (List<BenchPoint> same : byPoint.values()) {
            lines.add(point(same));
            String baselines = againstBaselines(same, points);
            if (!baselines.isEmpty()) {
                lines.add(baselines);
            }
        }
        lines.add(poolAdvice(engineModes, cores));
        return String.join(" ", lines);
    }

    static String point(List<BenchPoint> same) {
        List<BenchPoint> ranked = new ArrayList<>(same);
        ranked.sort(Comparator.comparingDouble(BenchPoint::stepsPerSecond).reversed());
        BenchPoint best = ranked.getFirst();
        String where = "At concurrency " + best.concurrency() + " (pool " + best.poolSize() + ")";
        if (ranked.size() == 1) {
            return where + " only " + best.mode() + " was measured: " + fmt(best.stepsPerSecond()) + " steps/s.";
        }
        BenchPoint second = ranked.get(1);
        double ratio = second.stepsPerSecond() == 0 ? Double.POSITIVE_INFINITY : best.stepsPerSecond() / second.stepsPerSecond();
        String errors = same.stream().anyMatch(p -> p.errors() > 0)
                ? " Errors: " + String.join(", ", same.stream().filter(p -> p.errors() > 0)
                .map(p -> p.mode() + " " + p.errors()).toList()) + "."
                : "";
        // the modes within the noise of the best share the lead; the rest are named with their ratio
        List<BenchPoint> leaders = ranked.stream().filter(p -> best.stepsPerSecond() <= p.stepsPerSecond() * (1 + NOISE)).toList();
        List<BenchPoint> behind = ranked.subList(leaders.size(), ranked.size());
        String trailing = others(behind, best);
        if (leaders.size() > 1) {
            return where + " no measurable difference between " + String.join(", ", leaders.stream()
                    .map(p -> p.mode() + " " + fmt(p.stepsPerSecond())).toList()) + " steps/s (within "
                    + Math.round(NOISE * 100) + "%)." + trailing + errors;
        }
        return where + " " + best.mode() + " wins: " + fmt(best.stepsPerSecond()) + " steps/s, "
                + String.format(Locale.ROOT, "%.2fx", ratio) + " the next best (" + second.mode() + " "
                + fmt(second.stepsPerSecond()) + "); p99 " + fmt(best.latencyMs().p99()) + " ms vs "
                + fmt(second.latencyMs().p99()) + " ms." + others(ranked.subList(2, ranked.size()), best) + errors;
    }

    /**
     * The engine's own cost at one point: each engine mode against the bare pool of its driver (sync modes
     * against raw, async against raw-async), in throughput and client CPU per step; "" without a baseline.
     */
    static String againstBaselines(List<BenchPoint> same, List<BenchPoint> all) {
        List<String> parts = new ArrayList<>();
        for (BenchPoint p : same) {
            String baseline = p.mode().equals("async") ? "raw-async" : "raw";
            all.stream().filter(b -> b.mode().equals(baseline) && b.concurrency() == p.concurrency()
                            && b.poolSize() == p.poolSize() && b.stepsPerSecond() > 0).findFirst()
                    .ifPresent(b -> parts.add(p.mode() + " " + String.format(Locale.ROOT, "%.2fx", p.stepsPerSecond()
                            / b.stepsPerSecond()) + " " + baseline + (b.clientCpuMsPerStep() > 0 ? String.format(Locale.ROOT,
                            " (CPU per step %.2fx)", p.clientCpuMsPerStep() / b.clientCpuMsPerStep()) : "")));
        }
        return parts.isEmpty() ? "" : "Against the bare pools: " + String.join(", ", parts) + ".";
    }

    /** " Others: async 423 steps/s (0.30x)." for the modes behind the lead, or "". */
    private static String others(List<BenchPoint> behind, BenchPoint best) {
        if (behind.isEmpty()) {
            return "";
        }
        return " Behind: " + String.join("; ", behind.stream().map(p -> p.mode() + " " + fmt(p.stepsPerSecond())
                + " steps/s (" + String.format(Locale.ROOT, "%.2fx", p.stepsPerSecond() / best.stepsPerSecond()) + ")")
                .toList()) + ".";
    }

    /**
     * Little's law: connections busy = throughput x time each transaction holds one. With the step's
     * latency at the lowest measured concurrency as that time (no queueing yet), the best measured
     * throughput needs about {@code ceil(throughput x latency)} connections.
     */
    static String poolAdvice(List<BenchPoint> points, int cores) {
        BenchPoint fastest = points.stream().max(Comparator.comparingDouble(BenchPoint::stepsPerSecond)).orElseThrow();
        BenchPoint quietest = points.stream().filter(p -> p.mode().equals(fastest.mode()))
                .min(Comparator.comparingInt(BenchPoint::concurrency)).orElse(fastest);
        double serviceSeconds = quietest.latencyMs().p50() / 1000.0;
        long littles = Math.max(1, (long) Math.ceil(fastest.stepsPerSecond() * serviceSeconds));
        int hikari = cores * 2 + 1;
        return "Pool size: the best throughput (" + fastest.mode() + ", " + fmt(fastest.stepsPerSecond())
                + " steps/s) at a step time of " + fmt(quietest.latencyMs().p50()) + " ms needs about " + littles
                + " connection(s) busy (Little's law); HikariCP's rule of thumb for " + cores + " cores gives " + hikari
                + ". A pool much larger than both only adds waiting inside the database.";
    }

    private static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
