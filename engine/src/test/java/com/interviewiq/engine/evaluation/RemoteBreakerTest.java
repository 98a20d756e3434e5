package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.evaluation.RemoteBreaker.Admission;
import com.interviewiq.engine.evaluation.RemoteBreaker.Change;
import com.interviewiq.engine.testing.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RemoteBreakerTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-12-02T10:15:30Z"));
    private final RemoteBreaker breaker = new RemoteBreaker(Duration.ofSeconds(60), clock);

    @Test
    void threeFailuresInARowOpenIt() {
        assertThat(breaker.failed("timed out", Admission.CALL)).isEqualTo(Change.NONE);
        assertThat(breaker.failed("timed out", Admission.CALL)).isEqualTo(Change.NONE);
        assertThat(breaker.admit()).isEqualTo(Admission.CALL);

        assertThat(breaker.failed("HTTP 500", Admission.CALL)).isEqualTo(Change.OPENED);

        assertThat(breaker.admit()).isEqualTo(Admission.SKIP);
        assertThat(breaker.unavailableReason())
                .isEqualTo("remote evaluator unavailable since " + hhmm(clock.instant()) + " (last error: HTTP 500)");
        assertThat(breaker.snapshot().state()).isEqualTo(RemoteBreaker.State.OPEN);
        assertThat(breaker.snapshot().retryAt()).isEqualTo(clock.instant().plusSeconds(60));
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        breaker.failed("x", Admission.CALL);
        breaker.failed("x", Admission.CALL);
        assertThat(breaker.succeeded()).isEqualTo(Change.NONE);
        breaker.failed("x", Admission.CALL);
        breaker.failed("x", Admission.CALL);

        assertThat(breaker.admit()).isEqualTo(Admission.CALL);
        assertThat(breaker.snapshot().consecutiveFailures()).isEqualTo(2);
    }

    @Test
    void afterTheCoolDownOneProbeGoesAndItsSuccessClosesIt() {
        open();
        clock.advance(Duration.ofSeconds(59));
        assertThat(breaker.admit()).isEqualTo(Admission.SKIP);
        clock.advance(Duration.ofSeconds(1));

        assertThat(breaker.admit()).isEqualTo(Admission.PROBE);
        assertThat(breaker.admit()).as("while the probe is out, the others skip").isEqualTo(Admission.SKIP);
        assertThat(breaker.snapshot().state()).isEqualTo(RemoteBreaker.State.HALF_OPEN);

        assertThat(breaker.succeeded()).isEqualTo(Change.CLOSED);
        assertThat(breaker.admit()).isEqualTo(Admission.CALL);
        assertThat(breaker.snapshot().unavailableSince()).isNull();
        assertThat(breaker.snapshot().reason()).isNull();
    }

    @Test
    void aFailedProbeWaitsAnotherCoolDownAndKeepsTheFirstTime() {
        Instant opened = clock.instant();
        open();
        clock.advance(Duration.ofMinutes(5));
        assertThat(breaker.admit()).isEqualTo(Admission.PROBE);

        assertThat(breaker.failed("connection refused", Admission.PROBE)).isEqualTo(Change.NONE);

        assertThat(breaker.admit()).isEqualTo(Admission.SKIP);
        assertThat(breaker.snapshot().retryAt()).isEqualTo(clock.instant().plusSeconds(60));
        assertThat(breaker.unavailableReason()).isEqualTo("remote evaluator unavailable since " + hhmm(opened)
                + " (last error: connection refused)");
    }

    private void open() {
        for (int i = 0; i < RemoteBreaker.FAILURES_TO_OPEN; i++) {
            breaker.failed("timed out", Admission.CALL);
        }
        assertThat(breaker.admit()).isEqualTo(Admission.SKIP);
    }

    private String hhmm(Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone()).format(t);
    }
}
