package com.interviewiq.ui.shell;

import com.interviewiq.engine.health.HealthReport;
import com.interviewiq.engine.health.HealthStatus;
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
        m.update(new MetricsSample(t, "async", 12, 8, 3, 20, 50, 100, 40, 0, 1, 2, 3, 4, 5, 0.5, 10, 0, 0, 1, false),
                new HealthReport(HealthStatus.UP, "async", "PostgreSQL h:5432/db", t, List.of()), "PostgreSQL h:5432/db");
        assertThat(m.mode().get()).isEqualTo("async");
        assertThat(m.health().get()).isEqualTo("UP");
        assertThat(m.database().get()).isEqualTo("PostgreSQL h:5432/db");
        assertThat(m.pool().get()).isEqualTo("12/50 active, 3 waiting");
        assertThat(m.utilisation().get()).isCloseTo(0.24, within(1e-9));
    }
}
