package com.interviewiq.engine.bench;

import com.interviewiq.engine.simulate.LatencyMs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The verdict on synthetic results, including a tie. */
class VerdictTest {
    private static BenchPoint p(String mode, int c, double sps, double p50, double p99, long errors) {
        return new BenchPoint(mode, c, 20, sps, new LatencyMs(p50, p50 * 2, p99, p99 * 1.5), 0.1, errors, 90, 300, 3, 0.2, 3);
    }

    @Test
    void aClearWinnerIsNamedWithItsRatio() {
        // 7,700 vs 7,100 is 8%: inside the noise, so not a win
        assertThat(Verdict.point(List.of(p("sync", 8, 7700, 1.0, 3, 0), p("async", 8, 6200, 1.3, 4, 0),
                p("sync-virtual", 8, 7100, 1.1, 3.5, 0)))).contains("no measurable difference");
        assertThat(Verdict.point(List.of(p("sync", 8, 7700, 1.0, 3, 0), p("async", 8, 5000, 1.3, 4, 0))))
                .startsWith("At concurrency 8 (pool 20) sync wins: 7,700 steps/s, 1.54x the next best (async 5,000)");
    }

    @Test
    void differencesWithinTheNoiseAreATie() {
        String v = Verdict.point(List.of(p("sync", 64, 6256, 8, 89, 0), p("async", 64, 6353, 9, 19, 0),
                p("sync-virtual", 64, 7049, 7, 50, 0)));
        assertThat(v).startsWith("At concurrency 64 (pool 20) no measurable difference between")
                .contains("sync-virtual 7,049", "async 6,353", "sync 6,256", "within 20%");
        // a mode far behind a tied lead is named with its ratio, not folded into the tie
        assertThat(Verdict.point(List.of(p("sync", 8, 1245, 5, 22, 0), p("sync-virtual", 8, 1401, 5, 21, 0),
                p("async", 8, 423, 17, 59, 0)))).contains("between sync-virtual 1,401, sync 1,245 steps/s")
                .contains("async 423 steps/s (0.30x)");
    }

    /** Each engine mode is held against its own driver's bare pool: sync against raw, async against raw-async. */
    @Test
    void engineModesAreComparedWithTheirOwnBaseline() {
        List<BenchPoint> points = List.of(p("sync", 8, 4500, 1, 9, 0), p("async", 8, 3600, 1, 12, 0),
                new BenchPoint("raw", 8, 20, 5000, new LatencyMs(1, 2, 8, 9), 0, 0, 45, 300, 3, 0.1, 3),
                new BenchPoint("raw-async", 8, 20, 4000, new LatencyMs(1, 2, 10, 12), 0, 0, 55, 300, 3, 0.25, 3));
        assertThat(Verdict.of(points, 2)).contains("Against the bare pools: sync 0.90x raw (CPU per step 2.00x),"
                + " async 0.90x raw-async (CPU per step 0.80x).");
        assertThat(Verdict.of(List.of(p("sync", 8, 4500, 1, 9, 0)), 2)).doesNotContain("Against the bare pools");
    }

    @Test
    void errorsAreAlwaysMentioned() {
        assertThat(Verdict.point(List.of(p("sync", 1024, 6800, 100, 2900, 3), p("async", 1024, 6000, 120, 210, 0))))
                .endsWith("Errors: sync 3.");
    }

    @Test
    void poolAdviceUsesLittlesLawAndTheRuleOfThumb() {
        String v = Verdict.poolAdvice(List.of(p("sync", 1, 2000, 0.5, 1, 0), p("sync", 64, 7000, 9, 20, 0),
                p("async", 64, 6000, 10, 20, 0)), 2);
        // 7,000 steps/s x 0.5 ms = 3.5 -> 4 connections busy; 2 cores x 2 + 1 = 5
        assertThat(v).contains("needs about 4 connection(s)").contains("gives 5");
    }

    @Test
    void theWholeVerdictCoversEveryPointAndIgnoresRawBaselines() {
        String v = Verdict.of(List.of(p("raw-jdbc", 8, 9000, 1, 2, 0), p("sync", 8, 7700, 1.0, 3, 0),
                p("async", 8, 7600, 1.3, 4, 0), p("sync", 64, 7000, 9, 20, 0), p("async", 64, 4000, 15, 40, 0)), 2);
        assertThat(v).contains("At concurrency 8 (pool 20) no measurable difference")
                .contains("At concurrency 64 (pool 20) sync wins").doesNotContain("raw-jdbc");
        assertThat(Verdict.of(List.of(), 2)).isEqualTo("No results.");
    }
}
