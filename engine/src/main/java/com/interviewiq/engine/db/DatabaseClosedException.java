package com.interviewiq.engine.db;

/**
 * The backend was closed (shut down, or drained away by a mode switch) before the work could
 * run: the transaction function was not called, so the work may safely be sent elsewhere.
 */
public class DatabaseClosedException extends DatabaseException {
    public DatabaseClosedException(String message) {
        super(message);
    }
}
