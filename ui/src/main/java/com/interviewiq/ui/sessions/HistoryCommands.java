package com.interviewiq.ui.sessions;

import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.ui.common.FxThread;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * The history's commands: search with the filters, show a session's report, export it. The
 * screen binds the count, the report shown and the message line, and puts the rows in its table;
 * tested without a screen.
 */
final class HistoryCommands {
    private final SessionsViewModel model;
    private final SessionService sessions;
    private final Executor fx;
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty reportMessage = new SimpleStringProperty("");
    private final ObjectProperty<SessionReport> shown = new SimpleObjectProperty<>();

    HistoryCommands(SessionsViewModel model, SessionService sessions, Executor fx) {
        this.model = model;
        this.sessions = sessions;
        this.fx = fx;
    }

    /**
     * Reads the history with the model's filters and hands {@code show} the rows and the session to
     * keep selected; filters the model refuses (its error says why) read nothing.
     */
    void search(long keep, BiConsumer<List<SessionSummary>, Long> show) {
        SessionFilter filter = model.filter();
        if (filter == null) {
            return;
        }
        FxThread.then(sessions.list(filter), fx, list -> {
            show.accept(list, keep);
            count.set(SessionsViewModel.countText(list.size()));
        }, e -> count.set("Cannot read the history: " + FxThread.message(e)));
    }

    /** Reads one session's report (also when the filters hide it from the list) and shows it. */
    void loadReport(long sessionId) {
        reportMessage.set("Loading report #" + sessionId + "…");
        FxThread.then(sessions.report(sessionId), fx, r -> {
            reportMessage.set("");
            shown.set(r);
        }, e -> reportMessage.set("Cannot read report #" + sessionId + ": " + FxThread.message(e)));
    }

    /** Writes the shown report to {@code file} (format by extension, 0600) off the FX thread. */
    void export(Path file) {
        SessionReport report = shown.get();
        if (report == null) {
            reportMessage.set("No report shown: select a session first.");
            return;
        }
        reportMessage.set("Writing " + file.getFileName() + "…");
        FxThread.then(CompletableFuture.runAsync(() -> {
            try {
                ReportExport.write(report, file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }), fx, v -> reportMessage.set("Saved " + file), e -> reportMessage.set(FxThread.message(e)));
    }

    StringProperty count() {
        return count;
    }

    StringProperty reportMessage() {
        return reportMessage;
    }

    /** The report on the right; null for none. */
    ObjectProperty<SessionReport> shown() {
        return shown;
    }
}
