package com.interviewiq.ui.interview;

import com.interviewiq.engine.sessions.InterviewSession;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.NextStep;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.engine.validation.ValidationException;
import com.interviewiq.ui.common.FxThread;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The interview runner's commands: start or resume a session, submit, skip, next, pause, override,
 * finish, abandon, and pause on exit. Each calls the engine asynchronously with the model busy and
 * hands the answer back through {@code fx}; the screen only binds the model and forwards clicks, so
 * the whole interview is tested without a screen.
 */
final class InterviewFlow {
    private final InterviewViewModel model;
    private final SessionService sessions;
    private final Executor fx;
    private final Clock clock;
    private final StringProperty answer = new SimpleStringProperty("");
    private final StringProperty overrideScore = new SimpleStringProperty("");
    private final StringProperty overrideNote = new SimpleStringProperty("");

    InterviewFlow(InterviewViewModel model, SessionService sessions, Executor fx, Clock clock) {
        this.model = model;
        this.sessions = sessions;
        this.fx = fx;
        this.clock = clock;
    }

    /** Creates, starts and asks the first question of a planned session; a refused plan goes to {@code planError}. */
    void startNew(NewSession plan, Consumer<Throwable> planError) {
        call(sessions.create(plan)
                        .thenCompose(x -> sessions.start(x.id()))
                        .thenCompose(x -> sessions.next(x.id())),
                this::showStep, planError);
    }

    /** Carries on with an unfinished session: resumes it when paused, asks its outstanding question. */
    void resume(long sessionId, Consumer<String> planMessage) {
        call(sessions.get(sessionId).thenCompose(s -> switch (s.status()) {
            case PAUSED -> sessions.resume(sessionId).thenCompose(r -> sessions.next(sessionId));
            case PLANNED -> sessions.start(sessionId).thenCompose(r -> sessions.next(sessionId));
            case IN_PROGRESS -> sessions.next(sessionId);
            default -> CompletableFuture.failedFuture(new IllegalStateException(
                    "session " + sessionId + " is " + s.status().label() + " and cannot be resumed"));
        }), this::showStep, e -> {
            model.message().set(FxThread.message(e));
            planMessage.accept(FxThread.message(e));
        });
    }

    /** Ctrl+Enter: submits the answer while a question is asked, goes on once it is evaluated. */
    void submitOrNext() {
        if (model.busy().get() || model.paused().get()) {
            return;
        }
        switch (model.phase().get()) {
            case QUESTION -> submit();
            case EVALUATED -> next();
            default -> { }
        }
    }

    void submit() {
        call(sessions.submit(model.session().id(), model.question().id(), answer.get(), model.questionMillis()),
                model::showEvaluation, this::showRunError);
    }

    void skip() {
        call(sessions.skip(model.session().id(), model.question().id(), model.questionMillis()),
                model::showEvaluation, this::showRunError);
    }

    void next() {
        call(sessions.next(model.session().id()), this::showStep, this::showRunError);
    }

    void togglePause() {
        long id = model.session().id();
        boolean pause = !model.paused().get();
        call(pause ? sessions.pause(id) : sessions.resume(id), x -> model.setPaused(pause), this::showRunError);
    }

    /** Saves the interviewer's score for the last answer; a score that is not a whole number calls nothing. */
    void saveOverride() {
        String text = overrideScore.get() == null ? "" : overrideScore.get().strip();
        int score;
        try {
            score = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            model.overrideStatus().set("Your score: a whole number 0..100");
            return;
        }
        String note = overrideNote.get();
        call(sessions.override(model.lastAnswer().answer().id(), score, note), a -> model.overrideSaved(score, note),
                e -> model.overrideStatus().set(e instanceof ValidationException v && !v.errors().isEmpty()
                        ? "Override not saved: " + v.errors().getFirst().field() + " " + v.errors().getFirst().message()
                        : "Override not saved: " + FxThread.message(e)));
    }

    void finish() {
        call(sessions.finish(model.session().id()), this::showOutcome, this::showRunError);
    }

    /** Ends the interview for good (the screen asks first); its answers stay in the history. */
    void abandon() {
        call(sessions.abandon(model.session().id()), this::showOutcome, this::showRunError);
    }

    /** Back to the plan form after an interview ended. */
    void backToStart() {
        model.reset();
        answer.set("");
    }

    /**
     * Leaves a running interview paused when the console closes, so its clock stops and it can be
     * resumed later from the history or this page. Completes at once when nothing is running.
     */
    CompletionStage<?> pauseForExit() {
        InterviewSession s = model.session();
        boolean running = s != null && !model.paused().get() && (model.phase().get() == InterviewViewModel.Phase.QUESTION
                || model.phase().get() == InterviewViewModel.Phase.EVALUATED);
        return running ? sessions.pause(s.id()).exceptionally(e -> null) : CompletableFuture.completedFuture(null);
    }

    StringProperty answer() {
        return answer;
    }

    StringProperty overrideScore() {
        return overrideScore;
    }

    StringProperty overrideNote() {
        return overrideNote;
    }

    private void showStep(NextStep step) {
        if (step.finished()) {
            showOutcome(step.session());
            return;
        }
        answer.set("");
        overrideScore.set("");
        overrideNote.set("");
        model.showQuestion(step, clock.instant());
    }

    private void showOutcome(InterviewSession ended) {
        call(sessions.report(ended.id()), r -> model.showDone(ended, r), this::showRunError);
    }

    private void showRunError(Throwable e) {
        model.message().set(FxThread.message(e));
    }

    /** Runs one engine call with the model busy, back on the FX thread when it ends. */
    private <T> void call(CompletionStage<T> stage, Consumer<T> onValue, Consumer<Throwable> onError) {
        model.busy().set(true);
        model.message().set("");
        FxThread.then(stage, fx, v -> {
            model.busy().set(false);
            onValue.accept(v);
        }, e -> {
            model.busy().set(false);
            onError.accept(e);
        });
    }
}
