package com.interviewiq.ui.sessions;

import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.time.ZoneId;

/** The history's filters as the user types them, and the engine filter they make (or why not). */
final class SessionsViewModel {
    private final StringProperty candidate = new SimpleStringProperty("");
    private final ObjectProperty<SessionStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty minScore = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ZoneId zone;

    SessionsViewModel(ZoneId zone) {
        this.zone = zone;
    }

    /** The filter to search with, or null with {@link #error()} saying which field is wrong. */
    SessionFilter filter() {
        error.set("");
        Integer min = null;
        String text = minScore.get() == null ? "" : minScore.get().strip();
        if (!text.isEmpty()) {
            try {
                min = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                min = -1;
            }
            if (min < 0 || min > 100) {
                error.set("Min score: a whole number 0..100, got '" + text + "'");
                return null;
            }
        }
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            error.set("To date: must not be before the from date");
            return null;
        }
        String who = candidate.get() == null || candidate.get().isBlank() ? null : candidate.get().strip();
        // "to" is inclusive for the user: everything created before the next day's start
        return new SessionFilter(who, status.get(),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(),
                min, 0, HistoryPager.PAGE_SIZE); // the pager sets the page it asks for
    }

    StringProperty candidate() { return candidate; }
    ObjectProperty<SessionStatus> status() { return status; }
    ObjectProperty<LocalDate> from() { return from; }
    ObjectProperty<LocalDate> to() { return to; }
    StringProperty minScore() { return minScore; }
    StringProperty error() { return error; }
}
