package com.interviewiq.engine.config;

public enum Vendor {
    H2("H2"), POSTGRESQL("PostgreSQL");

    private final String displayName;

    Vendor(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
