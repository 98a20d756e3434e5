package com.interviewiq.app;

/** The command line is wrong: exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
