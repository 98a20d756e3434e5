package com.interviewiq.ui.health;

import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.health.CheckResult;
import com.interviewiq.engine.health.HealthReport;
import com.interviewiq.engine.health.HealthStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HealthViewModelTest {
    @Test
    void showsTheReportAndTheNewestAlertsFirst() {
        HealthViewModel m = new HealthViewModel();
        Instant t = Instant.parse("2026-11-27T10:00:00Z");
        CheckResult p99 = new CheckResult("p99 latency", "warn", 512.5, "ms", 250.0, 1000.0, t, "statement latency");
        CheckResult schema = new CheckResult("migrations", "ok", null, "", null, null, null, "at version 1");
        m.show(new HealthReport(HealthStatus.DEGRADED, "async", "H2 file /x", t, List.of(p99, schema)), List.of(
                new Alert(t, "p99 latency", Alert.RAISED, "warn", 512.5, 250.0, "raised"),
                new Alert(t.plusSeconds(5), "ping", Alert.RAISED, "warn", 300.0, 250.0, "later")));
        assertThat(m.status().get()).isEqualTo("DEGRADED");
        assertThat(m.summary().get()).startsWith("async · H2 file /x · checked ");
        assertThat(m.checks()).containsExactly(p99, schema);
        assertThat(m.alerts()).extracting(Alert::check).containsExactly("ping", "p99 latency");
        assertThat(HealthViewModel.value(p99)).isEqualTo("512.50 ms");
        assertThat(HealthViewModel.thresholds(p99)).isEqualTo("250 / 1000 ms");
        assertThat(HealthViewModel.value(schema)).isEqualTo("–");
        assertThat(HealthViewModel.thresholds(schema)).isEmpty();
    }
}
