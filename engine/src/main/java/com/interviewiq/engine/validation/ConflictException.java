package com.interviewiq.engine.validation;

/**
 * The change conflicts with the stored state: someone else saved first (stale version), the
 * key is taken, or the action does not fit the current status. Nothing was written.
 */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
