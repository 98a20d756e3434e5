package com.interviewiq.engine.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Two time ranges side by side (A before, B after): throughput, latency percentiles, acquire
 * wait and CPU with the ratio B/A: "did async help here?". Pure: it takes any list of samples
 * (the live history or a replayed recording). How each figure is made: {@link RangeFigures}.
 */
public record RangeComparison(RangeFigures a, RangeFigures b, List<Row> rows) {
    /** How far the default ranges keep from a switch: the switch's own drain and warm-up are neither mode. */
    public static final Duration SWITCH_GUARD = Duration.ofSeconds(5);
    public static final Duration DEFAULT_EACH = Duration.ofMinutes(5);
    /** Shorter default ranges than this say little; there is then no default. */
    public static final Duration MIN_EACH = Duration.ofSeconds(10);

    /** One line of the table; {@code higherIsBetter} says which way the ratio is good. */
    public record Row(String metric, double a, double b, boolean higherIsBetter) {
        /** B/A; NaN when either side was not measured or A is zero. */
        public double ratio() {
            return Double.isNaN(a) || Double.isNaN(b) || a == 0 ? Double.NaN : b / a;
        }
    }

    /** The default ranges and why they were chosen ("before and after the switch at ..."). */
    public record Ranges(MetricsRange a, MetricsRange b, String why) {
    }

    public static RangeComparison of(List<MetricsSample> samples, MetricsRange a, MetricsRange b) {
        RangeFigures fa = RangeFigures.of(samples, a);
        RangeFigures fb = RangeFigures.of(samples, b);
        return new RangeComparison(fa, fb, List.of(
                new Row("transactions/s", fa.transactionsPerSecond(), fb.transactionsPerSecond(), true),
                new Row("statements/s", fa.statementsPerSecond(), fb.statementsPerSecond(), true),
                new Row("p50 ms", fa.p50Ms(), fb.p50Ms(), false),
                new Row("p95 ms", fa.p95Ms(), fb.p95Ms(), false),
                new Row("p99 ms", fa.p99Ms(), fb.p99Ms(), false),
                new Row("acquire wait p99 ms", fa.acquireP99Ms(), fb.acquireP99Ms(), false),
                new Row("CPU (cores busy)", fa.cpuCores(), fb.cpuCores(), false)));
    }

    /**
     * Before and after the last mode switch: equal ranges of up to {@code each}, {@link #SWITCH_GUARD}
     * away from it on both sides. With no switch in the samples: the newest {@code each} against the
     * one before it. Empty when the samples do not span two ranges of at least {@link #MIN_EACH}.
     */
    public static Optional<Ranges> defaults(List<MetricsSample> samples, List<MetricsEvent> events, Duration each) {
        if (samples.isEmpty()) {
            return Optional.empty();
        }
        Instant oldest = samples.getFirst().time();
        Instant newest = samples.getLast().time();
        Optional<MetricsEvent> lastSwitch = events.stream()
                .filter(e -> MetricsEvent.MODE_SWITCH.equals(e.kind()))
                .filter(e -> e.time().isAfter(oldest) && e.time().isBefore(newest))
                .reduce((x, y) -> y.time().isAfter(x.time()) ? y : x);
        if (lastSwitch.isPresent()) {
            Instant at = lastSwitch.get().time();
            Instant endA = at.minus(SWITCH_GUARD);
            Instant startB = at.plus(SWITCH_GUARD);
            Duration len = min(each, Duration.between(oldest, endA), Duration.between(startB, newest));
            if (len.compareTo(MIN_EACH) < 0) {
                return Optional.empty();
            }
            return Optional.of(new Ranges(new MetricsRange(endA.minus(len), endA), new MetricsRange(startB, startB.plus(len)),
                    "before and after the switch " + lastSwitch.get().label()));
        }
        Duration len = min(each, Duration.between(oldest, newest).dividedBy(2));
        if (len.compareTo(MIN_EACH) < 0) {
            return Optional.empty();
        }
        Instant split = newest.minus(len);
        return Optional.of(new Ranges(new MetricsRange(split.minus(len), split), new MetricsRange(split, newest),
                "no mode switch in the history: the newest " + seconds(len) + " against the one before"));
    }

    private static Duration min(Duration... ds) {
        Duration m = ds[0];
        for (Duration d : ds) {
            m = d.compareTo(m) < 0 ? d : m;
        }
        return m;
    }

    /** One line: "async vs sync: throughput +18%, p95 -12% (B against A, 120 s each)". */
    public String verdict() {
        if (a.samples() == 0 || b.samples() == 0) {
            return "Nothing to compare: range " + (a.samples() == 0 ? "A" : "B") + " holds no samples.";
        }
        String who = a.mode().equals(b.mode()) ? "B against A (" + b.mode() + ")" : b.mode() + " against " + a.mode();
        return who + ": throughput " + change(rows.getFirst()) + ", p95 " + change(rows.get(3)) + ", p99 "
                + change(rows.get(4)) + " (" + seconds(a.coveredSeconds()) + " and " + seconds(b.coveredSeconds())
                + " sampled)";
    }

    /** "+18%", "-12%", or "not measured". */
    public static String change(Row r) {
        double ratio = r.ratio();
        if (Double.isNaN(ratio)) {
            return "not measured";
        }
        return String.format(Locale.ROOT, "%+.0f%%", (ratio - 1) * 100);
    }

    private static String seconds(Duration d) {
        return seconds(d.toMillis() / 1000.0);
    }

    private static String seconds(double s) {
        return s >= 120 ? String.format(Locale.ROOT, "%.1f min", s / 60) : String.format(Locale.ROOT, "%.0f s", s);
    }
}
