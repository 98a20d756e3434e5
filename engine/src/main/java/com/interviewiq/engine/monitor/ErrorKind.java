package com.interviewiq.engine.monitor;

import com.interviewiq.engine.db.DatabaseClosedException;
import com.interviewiq.engine.db.DatabaseUnavailableException;
import com.interviewiq.engine.db.Failures;
import com.interviewiq.engine.db.PoolTimeoutException;
import com.interviewiq.engine.validation.ConflictException;
import com.interviewiq.engine.validation.NotFoundException;
import com.interviewiq.engine.validation.ValidationException;

import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * Why a transaction rolled back. Business outcomes (conflict, validation, not found) roll back
 * but are not database errors, so the error rate counts only the database kinds.
 */
public enum ErrorKind {
    POOL_TIMEOUT(true), UNAVAILABLE(true), CLOSED(true), STATEMENT(true), CANCELLED(false), BUSINESS(false);

    private final boolean databaseError;

    ErrorKind(boolean databaseError) {
        this.databaseError = databaseError;
    }

    public boolean databaseError() {
        return databaseError;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ErrorKind of(Throwable t) {
        Throwable e = Failures.unwrap(t);
        if (e instanceof PoolTimeoutException) {
            return POOL_TIMEOUT;
        }
        if (e instanceof DatabaseUnavailableException) {
            return UNAVAILABLE;
        }
        if (e instanceof DatabaseClosedException) {
            return CLOSED;
        }
        if (e instanceof CancellationException) {
            return CANCELLED;
        }
        if (e instanceof ConflictException || e instanceof ValidationException || e instanceof NotFoundException) {
            return BUSINESS;
        }
        if (e instanceof com.interviewiq.engine.db.DatabaseException) {
            return STATEMENT;
        }
        return BUSINESS;
    }
}
