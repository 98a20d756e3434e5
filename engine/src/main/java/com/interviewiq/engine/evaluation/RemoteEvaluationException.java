package com.interviewiq.engine.evaluation;

/**
 * Why the remote evaluator gave no usable verdict: unreachable, too slow, an HTTP error or a
 * reply that is not a valid verdict. The message is one line meant for the user (it becomes the
 * {@code detail} of a fallback evaluation) and never contains the API key. A reply's own text may
 * echo the candidate's answer: the message quotes it for the interviewer, {@link #loggable()}
 * leaves it out, since logs hold no answers.
 */
public class RemoteEvaluationException extends RuntimeException {
    private final String loggable;

    public RemoteEvaluationException(String message) {
        this(message, null);
    }

    public RemoteEvaluationException(String message, Throwable cause) {
        super(message, cause);
        this.loggable = message;
    }

    private RemoteEvaluationException(String message, String loggable, Throwable cause) {
        super(message, cause);
        this.loggable = loggable;
    }

    /** A problem with the model's reply, quoting (a line of) it right after {@code problem} ("...: " or "... got "). */
    static RemoteEvaluationException aboutReply(String problem, String replyText, Throwable cause) {
        return new RemoteEvaluationException(problem + RemoteVerdict.quote(replyText),
                problem.strip().replaceAll("[:,]$", "") + " (the reply is not logged)", cause);
    }

    /** The message without anything the model said. */
    public String loggable() {
        return loggable;
    }
}
