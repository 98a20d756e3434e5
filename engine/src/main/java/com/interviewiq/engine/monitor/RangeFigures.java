package com.interviewiq.engine.monitor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * One time range's figures, from the per-interval samples that fall in it.
 * <ul>
 * <li>Rates are weighted by real elapsed time: the operations counted (rate x interval) over the
 *     seconds the counted samples cover. A sample that follows a gap (the sampler stalled) is left
 *     out, and time no sample covers counts as neither busy nor idle: gaps stay gaps.</li>
 * <li>The samples keep per-interval percentiles, not histograms, and percentiles of different
 *     intervals cannot be merged exactly. The range's p50/p95/p99 are the mean of the intervals'
 *     percentiles weighted by how many statements each interval ran (the acquire-wait p99 by its
 *     transactions): an approximation that is exact when the intervals are alike and lets busy
 *     seconds count for more than quiet ones; a single slow second moves it less than a true
 *     percentile of all statements would.</li>
 * <li>CPU is the engine process's cores busy, time-weighted; NaN ("not recorded") when no sample
 *     in the range carries it.</li>
 * </ul>
 */
public record RangeFigures(MetricsRange range, int samples, int gapsSkipped, double coveredSeconds, long transactions,
                           double transactionsPerSecond, double statementsPerSecond, double p50Ms, double p95Ms,
                           double p99Ms, double acquireP99Ms, double cpuCores, Set<String> modes) {

    public static RangeFigures of(List<MetricsSample> all, MetricsRange range) {
        List<MetricsSample> in = range.of(all);
        List<MetricsSample> counted = in.stream().filter(s -> !s.gapBefore() && s.intervalSeconds() > 0).toList();
        double seconds = counted.stream().mapToDouble(MetricsSample::intervalSeconds).sum();
        double transactions = sum(counted, s -> s.transactionsPerSecond() * s.intervalSeconds());
        double statements = sum(counted, s -> s.statementsPerSecond() * s.intervalSeconds());
        ToDoubleFunction<MetricsSample> byStatements = s -> s.statementsPerSecond() * s.intervalSeconds();
        ToDoubleFunction<MetricsSample> byTransactions = s -> s.transactionsPerSecond() * s.intervalSeconds();
        List<MetricsSample> withCpu = counted.stream().filter(s -> !Double.isNaN(s.processCpuCores())).toList();
        Set<String> modes = new LinkedHashSet<>();
        counted.forEach(s -> modes.add(s.mode()));
        return new RangeFigures(range, counted.size(), in.size() - counted.size(), seconds, Math.round(transactions),
                seconds == 0 ? Double.NaN : transactions / seconds, seconds == 0 ? Double.NaN : statements / seconds,
                weighted(counted, MetricsSample::p50Ms, byStatements), weighted(counted, MetricsSample::p95Ms, byStatements),
                weighted(counted, MetricsSample::p99Ms, byStatements),
                weighted(counted, MetricsSample::acquireP99Ms, byTransactions),
                weighted(withCpu, MetricsSample::processCpuCores, MetricsSample::intervalSeconds), Set.copyOf(modes));
    }

    /** The one mode the range ran in, or "mixed" (or "–" when it holds no samples). */
    public String mode() {
        return modes.isEmpty() ? "–" : modes.size() == 1 ? modes.iterator().next() : "mixed";
    }

    private static double sum(List<MetricsSample> samples, ToDoubleFunction<MetricsSample> f) {
        return samples.stream().mapToDouble(f).sum();
    }

    /** The weighted mean of {@code value}; NaN when nothing carries weight. */
    static double weighted(List<MetricsSample> samples, ToDoubleFunction<MetricsSample> value,
                           ToDoubleFunction<MetricsSample> weight) {
        double w = 0;
        double total = 0;
        for (MetricsSample s : samples) {
            double wi = weight.applyAsDouble(s);
            if (wi > 0) {
                w += wi;
                total += wi * value.applyAsDouble(s);
            }
        }
        return w == 0 ? Double.NaN : total / w;
    }
}
