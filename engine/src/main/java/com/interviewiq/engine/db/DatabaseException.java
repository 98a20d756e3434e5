package com.interviewiq.engine.db;

/** A database operation failed. Messages never contain bound values or passwords. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
