package com.interviewiq.engine.db;

/** The backend was closed (shut down, or drained away by a mode switch) before the work could run. */
public class DatabaseClosedException extends DatabaseException {
    public DatabaseClosedException(String message) {
        super(message);
    }
}
