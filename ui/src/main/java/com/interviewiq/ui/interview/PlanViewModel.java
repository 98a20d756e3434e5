package com.interviewiq.ui.interview;

import com.interviewiq.engine.questions.CategoryCount;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.engine.sessions.SessionStatus;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.engine.validation.FieldError;
import com.interviewiq.engine.validation.ValidationException;
import com.interviewiq.ui.common.FxThread;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The plan form's state and behaviour: the fields, each field's error, the categories with ready
 * questions, the unfinished interviews to carry on with, and turning the form into a plan. The
 * engine validates the plan and its field errors come back here, one beside each field.
 */
final class PlanViewModel {
    static final List<String> FIELDS = List.of("candidate", "interviewer", "track", "plannedQuestions", "timeLimitSeconds");
    private static final List<SessionStatus> OPEN = List.of(SessionStatus.IN_PROGRESS, SessionStatus.PAUSED,
            SessionStatus.PLANNED);

    private final QuestionBankService questions;
    private final SessionService sessions;
    private final Executor fx;
    private final StringProperty candidate = new SimpleStringProperty("");
    private final StringProperty interviewer = new SimpleStringProperty("");
    private final StringProperty minutes = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final ObservableList<CategoryCount> categories = FXCollections.observableArrayList();
    private final ObservableList<SessionSummary> unfinished = FXCollections.observableArrayList();

    PlanViewModel(QuestionBankService questions, SessionService sessions, Executor fx) {
        this.questions = questions;
        this.sessions = sessions;
        this.fx = fx;
        FIELDS.forEach(f -> errors.put(f, new SimpleStringProperty("")));
    }

    /** Reads the bank's categories and the unfinished interviews again (the page was shown). */
    void refresh() {
        FxThread.then(questions.categories(), fx, all -> {
            categories.setAll(all.stream().filter(c -> c.ready() > 0).toList());
            message.set(categories.isEmpty()
                    ? "The question bank has no ready questions yet: load the sample bank on the Question bank page (Ctrl+3)."
                    : "");
        }, e -> message.set("Cannot read the question bank: " + FxThread.message(e)));
        FxThread.then(unfinishedSessions(), fx, unfinished::setAll,
                e -> message.set("Cannot read unfinished interviews: " + FxThread.message(e)));
    }

    /** One query per open status, so an old unfinished interview is never hidden behind newer finished ones. */
    private CompletionStage<List<SessionSummary>> unfinishedSessions() {
        CompletionStage<List<SessionSummary>> all = CompletableFuture.completedFuture(List.of());
        for (SessionStatus status : OPEN) {
            all = all.thenCombine(sessions.list(new SessionFilter(null, status, null, null, null, 0, 100)), (a, b) -> {
                List<SessionSummary> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
        }
        return all.thenApply(list -> list.stream().sorted(Comparator.comparing(SessionSummary::createdAt).reversed()).toList());
    }

    /**
     * The plan the form describes, or empty when a field only the form can check (minutes as a
     * whole number) is wrong; the engine checks the rest when the plan is started.
     */
    Optional<NewSession> plan(List<String> track, int plannedQuestions) {
        clearErrors();
        String text = minutes.get() == null ? "" : minutes.get().strip();
        Integer totalSeconds;
        try {
            totalSeconds = text.isEmpty() ? null : Math.multiplyExact(Integer.parseInt(text), 60);
        } catch (NumberFormatException | ArithmeticException e) {
            error("timeLimitSeconds").set("Total time: a whole number of minutes, or empty for no limit");
            return Optional.empty();
        }
        return Optional.of(new NewSession(candidate.get(), interviewer.get(), track, plannedQuestions, totalSeconds));
    }

    /** Puts each of the engine's field errors beside its field; anything else goes under the button. */
    void showError(Throwable e) {
        if (e instanceof ValidationException v) {
            for (FieldError f : v.errors()) {
                StringProperty beside = errors.get(f.field());
                if (beside != null) {
                    beside.set(fieldName(f.field()) + " " + f.message());
                } else {
                    message.set(f.toString());
                }
            }
        } else {
            message.set("Could not start: " + FxThread.message(e));
        }
    }

    /** Ready for the next interview: names and time cleared (the interviewer stays), the lists read again. */
    void reset() {
        candidate.set("");
        minutes.set("");
        clearErrors();
        refresh();
    }

    private void clearErrors() {
        errors.values().forEach(p -> p.set(""));
        message.set("");
    }

    private static String fieldName(String field) {
        return switch (field) {
            case "candidate" -> "Candidate";
            case "interviewer" -> "Interviewer";
            case "track" -> "Categories:";
            case "plannedQuestions" -> "Number of questions";
            case "timeLimitSeconds" -> "Total time (seconds)";
            default -> field;
        };
    }

    StringProperty error(String field) {
        return errors.get(field);
    }

    StringProperty candidate() { return candidate; }
    StringProperty interviewer() { return interviewer; }
    StringProperty minutes() { return minutes; }
    StringProperty message() { return message; }
    ObservableList<CategoryCount> categories() { return categories; }
    ObservableList<SessionSummary> unfinished() { return unfinished; }
}
