package com.interviewiq.ui.interview;

import com.interviewiq.engine.evaluation.CriterionMark;
import com.interviewiq.engine.evaluation.Evaluation;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.sessions.InterviewSession;
import com.interviewiq.engine.sessions.NextStep;
import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.engine.sessions.SessionStatus;
import com.interviewiq.engine.sessions.SubmittedAnswer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.Locale;

/**
 * What the interview runner shows, in plain properties: which phase it is in, the question card,
 * the countdowns, the evaluation of the last answer and the outcome. The controller feeds it the
 * engine's answers; it never calls the engine itself.
 */
final class InterviewViewModel {
    enum Phase { START, QUESTION, EVALUATED, DONE }

    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.START);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty difficulty = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty prompt = new SimpleStringProperty("");
    private final StringProperty countdown = new SimpleStringProperty("");
    private final BooleanProperty countdownWarn = new SimpleBooleanProperty();
    private final BooleanProperty timeUp = new SimpleBooleanProperty();
    private final StringProperty sessionClock = new SimpleStringProperty("");
    private final BooleanProperty sessionOver = new SimpleBooleanProperty();
    private final StringProperty score = new SimpleStringProperty("");
    private final StringProperty evaluationDetail = new SimpleStringProperty("");
    private final ObservableList<CriterionMark> marks = FXCollections.observableArrayList();
    private final StringProperty overrideStatus = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty outcomeDetail = new SimpleStringProperty("");

    private final Stopwatch questionWatch;
    private final Stopwatch sessionWatch;
    private InterviewSession session;
    private Question question;
    private SubmittedAnswer lastAnswer;

    InterviewViewModel(Stopwatch questionWatch, Stopwatch sessionWatch) {
        this.questionWatch = questionWatch;
        this.sessionWatch = sessionWatch;
    }

    /** A question to ask (the outstanding one after a resume, or a newly picked one). */
    void showQuestion(NextStep step, Instant now) {
        session = step.session();
        question = step.question();
        lastAnswer = null;
        category.set(question.category());
        difficulty.set("Difficulty " + question.difficulty() + " of 5");
        title.set(question.title());
        prompt.set(question.prompt());
        progress.set(session.candidate() + " · question " + step.number() + " of " + session.plannedQuestions());
        questionWatch.restart(0);
        sessionWatch.restart(session.activeTime(now).toMillis());
        setPaused(false);
        message.set("");
        phase.set(Phase.QUESTION);
        tick();
    }

    void showEvaluation(SubmittedAnswer submitted) {
        lastAnswer = submitted;
        questionWatch.pause();
        Evaluation e = submitted.evaluation();
        if (submitted.answer().skipped() || e == null) {
            score.set("Skipped");
            evaluationDetail.set("Skipped questions score 0 in the report.");
            marks.clear();
        } else {
            score.set(e.score() + " / 100");
            // the marks below list each criterion; the detail says who scored and, for a fallback, why
            String fallback = e.detail() == null || e.detail().isBlank() ? "" : " (" + e.detail() + ")";
            long met = e.marks().stream().filter(CriterionMark::met).count();
            evaluationDetail.set("Scored by " + e.source().label() + fallback + " · met " + met + " of "
                    + e.marks().size() + " criteria"
                    + (e.source() == com.interviewiq.engine.evaluation.EvaluatorSource.REMOTE && e.feedback() != null
                    ? ". " + e.feedback() : ""));
            marks.setAll(e.marks());
        }
        overrideStatus.set("");
        phase.set(Phase.EVALUATED);
        tick();
    }

    void overrideSaved(int newScore, String note) {
        Integer was = lastAnswer == null || lastAnswer.evaluation() == null ? null : lastAnswer.evaluation().score();
        overrideStatus.set("Override saved: " + newScore + (was == null ? "" : " (evaluator gave " + was + ")")
                + (note == null || note.isBlank() ? "" : " · " + note.strip()));
    }

    void setPaused(boolean now) {
        paused.set(now);
        if (now) {
            questionWatch.pause();
            sessionWatch.pause();
        } else {
            if (phase.get() == Phase.QUESTION) {
                questionWatch.resume();
            }
            sessionWatch.resume();
        }
        tick();
    }

    void showDone(InterviewSession ended, SessionReport report) {
        session = ended;
        question = null;
        questionWatch.pause();
        sessionWatch.pause();
        paused.set(false);
        outcome.set(ended.status() == SessionStatus.ABANDONED ? "Interview abandoned" : "Interview finished");
        String overall = report.overallScore() == null ? "no score (nothing answered)"
                : String.format(Locale.ROOT, "overall score %.1f", report.overallScore());
        outcomeDetail.set(ended.candidate() + " · " + overall + " · " + report.answered() + " asked, "
                + report.skipped() + " skipped · " + Stopwatch.clock(report.activeSeconds() * 1000)
                + (ended.stopReason() == null ? "" : " · " + ended.stopReason()));
        phase.set(Phase.DONE);
    }

    void reset() {
        session = null;
        question = null;
        lastAnswer = null;
        questionWatch.pause();
        sessionWatch.pause();
        paused.set(false);
        message.set("");
        phase.set(Phase.START);
    }

    /** Refreshes the clocks; called every half second by the screen's timeline. */
    void tick() {
        if (question != null && phase.get() == Phase.EVALUATED) {
            countdown.set("Answered in " + Stopwatch.clock(questionWatch.elapsedMillis()));
            countdownWarn.set(false);
            timeUp.set(false);
        } else if (question != null) {
            long limit = question.timeLimitSeconds() * 1000L;
            long left = limit - questionWatch.elapsedMillis();
            timeUp.set(left <= 0);
            countdownWarn.set(left <= Math.max(15_000, limit / 5));
            countdown.set(left > 0 ? Stopwatch.clock(left) + " left of " + Stopwatch.clock(limit)
                    : "Time is up (+" + Stopwatch.clock(-left) + ")");
        }
        if (session != null) {
            Integer total = session.timeLimitSeconds();
            long used = sessionWatch.elapsedMillis();
            // past the total the engine asks no further question: the interviewer should see that coming
            sessionOver.set(total != null && used >= total * 1000L);
            sessionClock.set("Interview time " + Stopwatch.clock(used)
                    + (total == null ? "" : " of " + Stopwatch.clock(total * 1000L))
                    + (sessionOver.get() ? ": time is up, this is the last question" : ""));
        }
    }

    long questionMillis() {
        return questionWatch.elapsedMillis();
    }

    InterviewSession session() {
        return session;
    }

    Question question() {
        return question;
    }

    SubmittedAnswer lastAnswer() {
        return lastAnswer;
    }

    ObjectProperty<Phase> phase() { return phase; }
    BooleanProperty busy() { return busy; }
    BooleanProperty paused() { return paused; }
    StringProperty message() { return message; }
    StringProperty progress() { return progress; }
    StringProperty category() { return category; }
    StringProperty difficulty() { return difficulty; }
    StringProperty title() { return title; }
    StringProperty prompt() { return prompt; }
    StringProperty countdown() { return countdown; }
    BooleanProperty countdownWarn() { return countdownWarn; }
    BooleanProperty timeUp() { return timeUp; }
    StringProperty sessionClock() { return sessionClock; }
    BooleanProperty sessionOver() { return sessionOver; }
    StringProperty score() { return score; }
    StringProperty evaluationDetail() { return evaluationDetail; }
    ObservableList<CriterionMark> marks() { return marks; }
    StringProperty overrideStatus() { return overrideStatus; }
    StringProperty outcome() { return outcome; }
    StringProperty outcomeDetail() { return outcomeDetail; }
}
