package com.interviewiq.engine.db;

/** The database could not be reached (down, wrong address, wrong credentials). */
public class DatabaseUnavailableException extends DatabaseException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
