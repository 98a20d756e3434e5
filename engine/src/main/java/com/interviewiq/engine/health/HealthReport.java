package com.interviewiq.engine.health;

import java.time.Instant;
import java.util.List;

public record HealthReport(HealthStatus status, String mode, String database, Instant checkedAt,
                           List<CheckResult> checks) {
    public HealthReport {
        checks = List.copyOf(checks);
    }
}
