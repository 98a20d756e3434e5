package com.interviewiq.engine.monitor.recording;

/** A recording that cannot be found, read or written; the message names the file. */
public final class RecordingException extends RuntimeException {
    public RecordingException(String message) {
        super(message);
    }

    public RecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
