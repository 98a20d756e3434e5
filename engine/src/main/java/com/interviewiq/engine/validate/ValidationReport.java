package com.interviewiq.engine.validate;

import java.util.List;

public record ValidationReport(List<Check> checks) {
    public ValidationReport {
        checks = List.copyOf(checks);
    }

    public boolean ok() {
        return checks.stream().allMatch(Check::ok);
    }
}
