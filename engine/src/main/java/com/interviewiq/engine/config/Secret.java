package com.interviewiq.engine.config;

import java.util.Objects;

/** A password. Its toString never shows the value, so it cannot leak through logs or messages. */
public final class Secret {
    public static final Secret EMPTY = new Secret("");
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value);
    }

    public static Secret of(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Secret(value);
    }

    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** Removes every occurrence of this secret from a text (driver messages sometimes echo URLs). */
    public String redact(String text) {
        if (text == null || value.length() < 3) {
            return text;
        }
        return text.replace(value, "******");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.isEmpty() ? "" : "******";
    }
}
