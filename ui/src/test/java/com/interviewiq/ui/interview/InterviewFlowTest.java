package com.interviewiq.ui.interview;

import com.interviewiq.ui.common.QueuedFxThread;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.sessions.Answer;
import com.interviewiq.engine.sessions.InterviewSession;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.SessionStatus;
import com.interviewiq.engine.validation.ValidationException;
import com.interviewiq.ui.interview.InterviewViewModel.Phase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole interview through the runner's commands on a real engine (temporary H2 file), without a screen. */
class InterviewFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;
    private Engine engine;

    private final QueuedFxThread fx = new QueuedFxThread();
    private final InterviewViewModel model = new InterviewViewModel(Stopwatch.system(), Stopwatch.system());

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private InterviewFlow open(Mode mode) throws Exception {
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(SettingKey.POOL_SIZE, "4",
                SettingKey.ASYNC_ENABLED, String.valueOf(mode == Mode.ASYNC)), Map.of(), Map.of()));
        engine.transfer().importSampleBank().toCompletableFuture().get(60, TimeUnit.SECONDS);
        return flow();
    }

    private InterviewFlow flow() {
        return new InterviewFlow(model, engine.sessions(), fx, Clock.systemUTC());
    }

    /** Runs queued callbacks until the model is idle again and {@code condition} holds. */
    private void settle(BooleanSupplier condition) {
        fx.settle(() -> !model.busy().get() && condition.getAsBoolean());
    }

    private InterviewSession stored() throws Exception {
        return engine.sessions().get(model.session().id()).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static NewSession plan(String candidate, int questions) {
        return new NewSession(candidate, "Grace", List.of("Java"), questions, null);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anInterviewRunsFromPlanToOutcomeWithAPauseAndAnOverride(Mode mode) throws Exception {
        InterviewFlow flow = open(mode);
        flow.startNew(plan("Ada Lovelace", 2), e -> { throw new AssertionError(e); });
        assertThat(model.busy().get()).as("busy while the engine works").isTrue();
        settle(() -> model.phase().get() == Phase.QUESTION);
        assertThat(model.progress().get()).isEqualTo("Ada Lovelace · question 1 of 2");
        assertThat(stored().status()).isEqualTo(SessionStatus.IN_PROGRESS);

        flow.answer().set("A HashMap is not thread-safe; use ConcurrentHashMap or synchronise access.");
        flow.submit();
        settle(() -> model.phase().get() == Phase.EVALUATED);
        assertThat(model.score().get()).endsWith(" / 100");
        assertThat(model.evaluationDetail().get()).startsWith("Scored by ");

        flow.overrideScore().set("eighty");
        flow.saveOverride();
        assertThat(model.busy().get()).as("a score that is not a number calls nothing").isFalse();
        assertThat(model.overrideStatus().get()).isEqualTo("Your score: a whole number 0..100");
        flow.overrideScore().set(" 80 ");
        flow.overrideNote().set("clear on the trade-offs");
        flow.saveOverride();
        settle(() -> model.overrideStatus().get().startsWith("Override saved"));
        assertThat(model.overrideStatus().get()).startsWith("Override saved: 80 (evaluator gave ")
                .endsWith(" · clear on the trade-offs");
        Answer first = engine.sessions().answers(model.session().id()).toCompletableFuture().get(30, TimeUnit.SECONDS).getFirst();
        assertThat(first.overrideScore()).isEqualTo(80);
        assertThat(first.overrideNote()).isEqualTo("clear on the trade-offs");

        flow.submitOrNext();
        settle(() -> model.phase().get() == Phase.QUESTION);
        assertThat(model.progress().get()).isEqualTo("Ada Lovelace · question 2 of 2");
        assertThat(flow.answer().get()).as("a new question starts with an empty answer").isEmpty();
        assertThat(flow.overrideScore().get()).isEmpty();

        flow.togglePause();
        settle(() -> model.paused().get());
        assertThat(stored().status()).isEqualTo(SessionStatus.PAUSED);
        flow.submitOrNext();
        assertThat(model.busy().get()).as("nothing is submitted while paused").isFalse();
        flow.togglePause();
        settle(() -> !model.paused().get());
        assertThat(stored().status()).isEqualTo(SessionStatus.IN_PROGRESS);

        flow.skip();
        settle(() -> model.phase().get() == Phase.EVALUATED);
        assertThat(model.score().get()).isEqualTo("Skipped");
        flow.next();
        settle(() -> model.phase().get() == Phase.DONE);
        assertThat(model.outcome().get()).isEqualTo("Interview finished");
        assertThat(model.outcomeDetail().get()).startsWith("Ada Lovelace · overall score ").contains("2 asked, 1 skipped");
        assertThat(stored().status()).isEqualTo(SessionStatus.COMPLETED);

        flow.backToStart();
        assertThat(model.phase().get()).isEqualTo(Phase.START);
    }

    @Test
    void closingTheConsolePausesTheInterviewAndResumeAsksTheSameQuestionAgain() throws Exception {
        InterviewFlow flow = open(Mode.SYNC);
        flow.startNew(plan("Alan Turing", 3), e -> { throw new AssertionError(e); });
        settle(() -> model.phase().get() == Phase.QUESTION);
        long id = model.session().id();
        String asked = model.title().get();

        flow.pauseForExit().toCompletableFuture().get(30, TimeUnit.SECONDS);
        assertThat(stored().status()).isEqualTo(SessionStatus.PAUSED);

        // a new console: a fresh model and flow resume it from the history
        model.reset();
        InterviewFlow next = flow();
        next.resume(id, text -> { throw new AssertionError(text); });
        settle(() -> model.phase().get() == Phase.QUESTION);
        assertThat(model.title().get()).isEqualTo(asked);
        assertThat(stored().status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(next.pauseForExit().toCompletableFuture().get(30, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void nothingRunningMeansNothingToPauseOnExit() throws Exception {
        InterviewFlow flow = open(Mode.SYNC);
        assertThat(flow.pauseForExit().toCompletableFuture().get(1, TimeUnit.SECONDS)).isNull();
        assertThat(fx.waiting()).isZero();
    }

    @Test
    void anAbandonedInterviewCannotBeResumedAndSaysSo() throws Exception {
        InterviewFlow flow = open(Mode.SYNC);
        flow.startNew(plan("Grace Hopper", 3), e -> { throw new AssertionError(e); });
        settle(() -> model.phase().get() == Phase.QUESTION);
        long id = model.session().id();
        flow.abandon();
        settle(() -> model.phase().get() == Phase.DONE);
        assertThat(model.outcome().get()).isEqualTo("Interview abandoned");
        assertThat(stored().status()).isEqualTo(SessionStatus.ABANDONED);

        flow.backToStart();
        AtomicReference<String> planMessage = new AtomicReference<>();
        flow.resume(id, planMessage::set);
        settle(() -> planMessage.get() != null);
        assertThat(planMessage.get()).isEqualTo("session " + id + " is abandoned and cannot be resumed");
        assertThat(model.phase().get()).isEqualTo(Phase.START);
    }

    @Test
    void aRefusedPlanGoesBackToTheFormAndStartsNothing() throws Exception {
        InterviewFlow flow = open(Mode.SYNC);
        AtomicReference<Throwable> refused = new AtomicReference<>();
        flow.startNew(plan(" ", 3), refused::set);
        settle(() -> refused.get() != null);
        assertThat(refused.get()).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) refused.get()).errors()).anySatisfy(e -> assertThat(e.field()).isEqualTo("candidate"));
        assertThat(model.phase().get()).isEqualTo(Phase.START);
        assertThat(engine.sessions().list(com.interviewiq.engine.sessions.SessionFilter.all())
                .toCompletableFuture().get(30, TimeUnit.SECONDS)).isEmpty();
    }
}
