package com.interviewiq.engine.sessions;

import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Tx;
import com.interviewiq.engine.validation.FieldError;
import com.interviewiq.engine.validation.ValidationException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** What a session plan and an override must satisfy. */
final class SessionRules {
    static final int START_DIFFICULTY = 2;
    static final int MAX_ANSWER = 20_000;
    static final int MAX_PLANNED = 100;

    private SessionRules() {
    }

    static NewSession validated(NewSession p) {
        List<FieldError> errors = new ArrayList<>();
        String candidate = p.candidate() == null ? "" : p.candidate().strip();
        String interviewer = p.interviewer() == null ? "" : p.interviewer().strip();
        if (candidate.isEmpty()) {
            errors.add(FieldError.of("candidate", "is required"));
        } else if (candidate.length() > 200) {
            errors.add(FieldError.of("candidate", "must be at most 200 characters"));
        }
        if (interviewer.isEmpty()) {
            errors.add(FieldError.of("interviewer", "is required"));
        } else if (interviewer.length() > 200) {
            errors.add(FieldError.of("interviewer", "must be at most 200 characters"));
        }
        List<String> track = new ArrayList<>(new LinkedHashSet<>(p.track().stream()
                .filter(c -> c != null && !c.isBlank()).map(String::strip).toList()));
        if (track.isEmpty()) {
            errors.add(FieldError.of("track", "needs at least one category"));
        }
        if (p.plannedQuestions() < 1 || p.plannedQuestions() > MAX_PLANNED) {
            errors.add(FieldError.of("plannedQuestions", "must be 1.." + MAX_PLANNED + ", got " + p.plannedQuestions()));
        }
        if (p.timeLimitSeconds() != null && (p.timeLimitSeconds() < 60 || p.timeLimitSeconds() > 8 * 3600)) {
            errors.add(FieldError.of("timeLimitSeconds", "must be 60..28800 seconds when given, got " + p.timeLimitSeconds()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new NewSession(candidate, interviewer, track, p.plannedQuestions(), p.timeLimitSeconds());
    }

    /** Every track category must have at least one ready question. */
    static CompletionStage<Void> checkTrackExists(Tx tx, List<String> track) {
        return tx.query(Sql.of("SELECT DISTINCT category FROM questions WHERE status = 'ready' AND category IN ("
                        + Sql.placeholders(track.size()) + ")", track.toArray()), r -> r.getString("category"))
                .thenApply(found -> {
                    List<String> missing = track.stream().filter(c -> !found.contains(c)).toList();
                    if (!missing.isEmpty()) {
                        throw new ValidationException("track", "no ready questions in " + String.join(", ", missing));
                    }
                    return null;
                });
    }

    static void checkOverride(int score, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (score < 0 || score > 100) {
            errors.add(FieldError.of("overrideScore", "must be 0..100, got " + score));
        }
        if (note != null && note.length() > 2000) {
            errors.add(FieldError.of("overrideNote", "must be at most 2000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
