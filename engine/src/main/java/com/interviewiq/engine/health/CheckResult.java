package com.interviewiq.engine.health;

/** One health check's verdict: its value and why it has this status. */
public record CheckResult(String name, HealthStatus status, String value, String detail) {
}
