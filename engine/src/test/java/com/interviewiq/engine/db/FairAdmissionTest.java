package com.interviewiq.engine.db;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** First come, first served: released permits go to waiters in arrival order; a timed-out waiter is skipped. */
class FairAdmissionTest {
    private static final Duration LONG = Duration.ofMinutes(1);

    @Test
    void waitersAreAdmittedInArrivalOrder() {
        FairAdmission admission = new FairAdmission(2);
        assertThat(admission.acquire(LONG)).isCompleted();
        assertThat(admission.acquire(LONG)).isCompleted();
        List<CompletableFuture<Void>> queue = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queue.add(admission.acquire(LONG));
        }
        assertThat(admission.waiting()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(queue.subList(0, i)).allMatch(CompletableFuture::isDone);
            assertThat(queue.subList(i, 5)).noneMatch(CompletableFuture::isDone);
            admission.release();
        }
        assertThat(queue).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
    }

    @Test
    void aNewcomerDoesNotOvertakeTheQueue() {
        FairAdmission admission = new FairAdmission(1);
        admission.acquire(LONG);
        CompletableFuture<Void> first = admission.acquire(LONG);
        admission.release();
        assertThat(first).isCompleted();
        CompletableFuture<Void> second = admission.acquire(LONG);
        assertThat(second).as("the permit went to the one who waited").isNotDone();
        admission.release();
        assertThat(second).isCompleted();
    }

    @Test
    void aWaiterThatTimedOutIsSkippedAndItsPermitIsNotLost() {
        FairAdmission admission = new FairAdmission(1);
        admission.acquire(LONG);
        CompletableFuture<Void> impatient = admission.acquire(Duration.ofMillis(50));
        CompletableFuture<Void> patient = admission.acquire(LONG);
        await().atMost(Duration.ofSeconds(10)).until(impatient::isDone);
        assertThatThrownBy(impatient::join).hasCauseInstanceOf(TimeoutException.class);
        admission.release();
        assertThat(patient).isCompleted();
        admission.release();
        assertThat(admission.acquire(LONG)).as("the one permit is back").isCompleted();
        assertThatThrownBy(() -> {
            admission.release();
            admission.release();
        }).isInstanceOf(IllegalStateException.class).hasMessage("released more permits than acquired");
    }
}
