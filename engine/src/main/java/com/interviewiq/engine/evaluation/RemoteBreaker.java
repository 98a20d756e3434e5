package com.interviewiq.engine.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The circuit breaker in front of the remote evaluator: after {@value #FAILURES_TO_OPEN} failures
 * in a row it opens, and answers are scored by the rubric at once instead of each waiting out the
 * timeout; after the cool-down one call goes through as a probe (half-open) while the rest still
 * skip the remote, and the probe's success closes it again. Thread-safe: submits run concurrently.
 */
final class RemoteBreaker {
    static final int FAILURES_TO_OPEN = 3;

    enum State {
        CLOSED, OPEN, HALF_OPEN;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** What to do with one answer: call the remote, call it as the probe, or skip it. */
    enum Admission { CALL, PROBE, SKIP }

    /** How a call's outcome moved the breaker: the engine raises or clears an alert on OPENED / CLOSED. */
    enum Change { NONE, OPENED, CLOSED }

    private final Duration coolDown;
    private final Clock clock;
    private final DateTimeFormatter hhmm;
    private State state = State.CLOSED;
    private int failures;
    private Instant unavailableSince;
    private Instant openedAt;
    private String lastError;

    RemoteBreaker(Duration coolDown, Clock clock) {
        this.coolDown = coolDown;
        this.clock = clock;
        this.hhmm = DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone());
    }

    synchronized Admission admit() {
        return switch (state) {
            case CLOSED -> Admission.CALL;
            case HALF_OPEN -> Admission.SKIP; // the probe is out; nobody else waits on a remote that may hang
            case OPEN -> {
                if (clock.instant().isBefore(openedAt.plus(coolDown))) {
                    yield Admission.SKIP;
                }
                state = State.HALF_OPEN;
                yield Admission.PROBE;
            }
        };
    }

    /** A remote verdict arrived: any success (the probe's or a call still in flight when it opened) closes it. */
    synchronized Change succeeded() {
        failures = 0;
        if (state == State.CLOSED) {
            return Change.NONE;
        }
        state = State.CLOSED;
        unavailableSince = null;
        openedAt = null;
        return Change.CLOSED;
    }

    /** A call failed with {@code error} (one line, no key, no answer text). */
    synchronized Change failed(String error, Admission admission) {
        lastError = error;
        failures++;
        Instant now = clock.instant();
        if (admission == Admission.PROBE) {
            state = State.OPEN; // still down: another cool-down before the next probe
            openedAt = now;
            return Change.NONE;
        }
        if (state == State.CLOSED && failures >= FAILURES_TO_OPEN) {
            state = State.OPEN;
            openedAt = now;
            unavailableSince = now;
            return Change.OPENED;
        }
        return Change.NONE;
    }

    /** The reason recorded with an answer the breaker kept from the remote. */
    synchronized String unavailableReason() {
        Instant since = unavailableSince == null ? clock.instant() : unavailableSince;
        return "remote evaluator unavailable since " + hhmm.format(since) + " (last error: " + lastError + ")";
    }

    synchronized Snapshot snapshot() {
        Instant retry = openedAt == null ? null : openedAt.plus(coolDown);
        return new Snapshot(state, failures, unavailableSince, retry, lastError,
                state == State.CLOSED ? null : unavailableReason());
    }

    /** The breaker as it is now; {@code retryAt} is when the next probe may go (null when closed). */
    record Snapshot(State state, int consecutiveFailures, Instant unavailableSince, Instant retryAt, String lastError,
                    String reason) {
    }
}
