package com.interviewiq.engine.health;

import java.time.Instant;

/**
 * One health check: its level (ok / warn / critical, or down for a failed ping or schema), the
 * measured value, the thresholds it is judged by, since when it has had this level, and why.
 */
public record CheckResult(String name, String level, Double value, String unit, Double warn, Double critical,
                          Instant since, String detail) {
}
