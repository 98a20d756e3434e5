package com.interviewiq.ui.shell;

import com.interviewiq.engine.health.HealthReport;
import com.interviewiq.engine.health.HealthStatus;
import com.interviewiq.engine.db.PoolStats;
import com.interviewiq.engine.monitor.MetricsSample;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatusViewModelTest {
    @Test
    void summarisesTheLatestSample() {
        StatusViewModel m = new StatusViewModel();
        Instant t = Instant.parse("2026-11-27T10:00:00Z");
        m.update(new MetricsSample(t, "async", new PoolStats(12, 8, 3, 20, 50),
                        new MetricsSample.Rates(100, 40, 0), new MetricsSample.Latency(1, 2, 3, 4, 5, 0.5),
                        new MetricsSample.Totals(10, 0, 0), 1, false),
                new HealthReport(HealthStatus.UP, "async", "PostgreSQL h:5432/db", t, List.of()), "PostgreSQL h:5432/db");
        assertThat(m.mode().get()).isEqualTo("async");
        assertThat(m.health().get()).isEqualTo("UP");
        assertThat(m.database().get()).isEqualTo("PostgreSQL h:5432/db");
        assertThat(m.pool().get()).isEqualTo("12/50 active, 3 waiting");
        assertThat(m.utilisation().get()).isCloseTo(0.24, within(1e-9));
    }

    @Test
    void saysWhenTheDatabaseHasGoneAwayAndSinceWhen() {
        StatusViewModel m = new StatusViewModel();
        Instant down = Instant.parse("2026-11-27T10:00:00Z");
        Instant t = down.plusSeconds(30);
        var ping = new com.interviewiq.engine.health.CheckResult("ping", "down", null, "ms", 250.0, 1000.0, down,
                "Connection refused");
        m.update(idle(t, new PoolStats(0, 0, 0, 20, 50), new MetricsSample.Totals(0, 3, 0)),
                new HealthReport(HealthStatus.DOWN, "sync", "PostgreSQL h:5432/db", t, List.of(ping)), "PostgreSQL h:5432/db");
        String since = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneId.systemDefault()).format(down);
        assertThat(m.health().get()).isEqualTo("DOWN");
        assertThat(m.database().get()).isEqualTo("PostgreSQL h:5432/db · unreachable since " + since
                + ": work fails at once and resumes when it answers");

        m.update(idle(t.plusSeconds(1), new PoolStats(1, 1, 0, 20, 50), MetricsSample.Totals.NONE),
                new HealthReport(HealthStatus.UP, "sync", "PostgreSQL h:5432/db", t, List.of()), "PostgreSQL h:5432/db");
        assertThat(m.database().get()).as("back").isEqualTo("PostgreSQL h:5432/db");
    }

    @Test
    void withoutAnEngineSaysWhatIsBeingOpened() {
        StatusViewModel m = new StatusViewModel();
        m.offline("PostgreSQL 127.0.0.1:1/gone", "could not be opened");
        assertThat(m.database().get()).isEqualTo("PostgreSQL 127.0.0.1:1/gone · could not be opened");
        assertThat(m.health().get()).isEqualTo("DOWN");
        assertThat(m.pool().get()).isEqualTo("no connections");
    }

    /** A sample of an idle pool: nothing measured over the interval. */
    private static MetricsSample idle(Instant t, PoolStats pool, MetricsSample.Totals totals) {
        return new MetricsSample(t, "sync", pool, MetricsSample.Rates.NONE, MetricsSample.Latency.NONE, totals, 1, false);
    }

    @Test
    void saysWhileTheEvaluatorBreakerKeepsAnswersFromTheRemote() {
        StatusViewModel m = new StatusViewModel();
        java.time.Instant since = java.time.Instant.parse("2026-12-02T14:02:00Z");

        m.evaluator(new com.interviewiq.engine.evaluation.EvaluatorStatus("open", "127.0.0.1:11434", "llama3", 10_000, 3,
                since, since.plusSeconds(60), "remote evaluator timed out after 10000 ms", "why", null, false, "rubric"));

        assertThat(m.evaluator().get()).isEqualTo("evaluator: rubric since "
                + java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneId.systemDefault()).format(since)
                + " (remote failing)");
        assertThat(m.evaluatorWhy().get()).isEqualTo("why");

        m.evaluator(new com.interviewiq.engine.evaluation.EvaluatorStatus("open", "127.0.0.1:11434", "llama3", 10_000, 3,
                since, since.plusSeconds(60), "remote evaluator timed out after 10000 ms", "why", null, false,
                "semantic, ready (loaded in 700 ms)"));
        assertThat(m.evaluator().get()).startsWith("evaluator: semantic since ");

        m.evaluator(com.interviewiq.engine.evaluation.EvaluatorStatus.OFF);
        assertThat(m.evaluator().get()).isEmpty();
    }
}
