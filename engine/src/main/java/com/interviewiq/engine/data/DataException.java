package com.interviewiq.engine.data;

/** A backup, restore, archive or erasure that cannot be done, said in one sentence (nothing was changed). */
public final class DataException extends RuntimeException {
    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
