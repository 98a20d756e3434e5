package com.interviewiq.ui.interview;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.questions.RubricCriterion;
import com.interviewiq.engine.sessions.InterviewSession;
import com.interviewiq.engine.sessions.NextStep;
import com.interviewiq.engine.sessions.SessionStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The runner's countdown and phases, on a hand-driven clock. */
class InterviewViewModelTest {
    private final AtomicLong nanos = new AtomicLong();
    private final InterviewViewModel model = new InterviewViewModel(new Stopwatch(nanos::get), new Stopwatch(nanos::get));
    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    private void advanceSeconds(long s) {
        nanos.addAndGet(s * 1_000_000_000L);
        model.tick();
    }

    private NextStep step(int number, int limitSeconds, Integer totalSeconds) {
        Question q = new Question(7, "k", "SQL", 3, "Indexes", "Why index?", List.of(),
                List.of(new RubricCriterion("names a b-tree", 1, List.of("b-tree"))), limitSeconds, QuestionStatus.READY, 1, now, now);
        InterviewSession s = new InterviewSession(1, "Ada", "Grace", List.of("SQL"), 5, totalSeconds, SessionStatus.IN_PROGRESS,
                3, 7L, now, null, now, now.minusSeconds(30), null, 0, null, 1);
        return new NextStep(s, q, number);
    }

    @Test
    void theCountdownWarnsNearTheEndAndSaysWhenTimeIsUp() {
        model.showQuestion(step(2, 100, 1800), now);
        assertThat(model.phase().get()).isEqualTo(InterviewViewModel.Phase.QUESTION);
        assertThat(model.progress().get()).isEqualTo("Ada · question 2 of 5");
        assertThat(model.countdown().get()).isEqualTo("1:40 left of 1:40");
        assertThat(model.sessionClock().get()).isEqualTo("Interview time 0:30 of 30:00");
        advanceSeconds(79);
        assertThat(model.countdownWarn().get()).isFalse();
        advanceSeconds(6);
        assertThat(model.countdownWarn().get()).isTrue();
        assertThat(model.timeUp().get()).isFalse();
        advanceSeconds(20);
        assertThat(model.timeUp().get()).isTrue();
        assertThat(model.countdown().get()).isEqualTo("Time is up (+0:05)");
        assertThat(model.sessionOver().get()).isFalse();
    }

    @Test
    void theInterviewClockSaysWhenTheTotalTimeIsUsedUp() {
        model.showQuestion(step(3, 600, 120), now);
        assertThat(model.sessionClock().get()).isEqualTo("Interview time 0:30 of 2:00");
        advanceSeconds(89);
        assertThat(model.sessionOver().get()).isFalse();
        advanceSeconds(1);
        assertThat(model.sessionOver().get()).isTrue();
        assertThat(model.sessionClock().get()).isEqualTo("Interview time 2:00 of 2:00: time is up, this is the last question");
    }

    @Test
    void pausingStopsBothClocks() {
        model.showQuestion(step(1, 120, null), now);
        advanceSeconds(10);
        model.setPaused(true);
        advanceSeconds(300);
        assertThat(model.questionMillis()).isEqualTo(10_000);
        assertThat(model.sessionClock().get()).isEqualTo("Interview time 0:40");
        model.setPaused(false);
        advanceSeconds(1);
        assertThat(model.questionMillis()).isEqualTo(11_000);
    }
}
