package com.interviewiq.engine.validate;

/** The outcome of one validation check. {@code mode} is null for checks that do not depend on it. */
public record Check(String name, String mode, boolean ok, String detail, long millis) {
}
