package com.interviewiq.engine.evaluation;

/**
 * Why the remote evaluator gave no usable verdict: unreachable, too slow, an HTTP error or a
 * reply that is not a valid verdict. The message is one line meant for the user (it becomes the
 * {@code detail} of a fallback evaluation) and never contains the API key.
 */
public class RemoteEvaluationException extends RuntimeException {
    public RemoteEvaluationException(String message) {
        super(message);
    }

    public RemoteEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
