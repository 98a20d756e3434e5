package com.interviewiq.ui.sessions;

import com.interviewiq.engine.export.AnswerExport;
import com.interviewiq.engine.export.AnswerFormat;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.engine.sessions.SessionSort;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.engine.transfer.Progress;
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
 * The history's commands: read a page of it with the filters (sorted, filtered and counted by
 * the database), show a session's report, export it, export the answers of every session that
 * matches. The screen binds the pager, the messages and the report shown, and puts the rows in
 * its table; tested without a screen.
 */
final class HistoryCommands {
    private final SessionsViewModel model;
    private final SessionService sessions;
    private final AnswerExport answers;
    private final Executor fx;
    private final HistoryPager pager;
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty reportMessage = new SimpleStringProperty("");
    private final ObjectProperty<SessionReport> shown = new SimpleObjectProperty<>();
    private BiConsumer<List<SessionSummary>, Long> show = (rows, keep) -> { };

    HistoryCommands(SessionsViewModel model, SessionService sessions, AnswerExport answers, Executor fx, int pageSize) {
        this.model = model;
        this.sessions = sessions;
        this.answers = answers;
        this.fx = fx;
        this.pager = new HistoryPager(pageSize);
    }

    /** How the view puts a page's rows in its table and selects the session to keep (when it is on the page). */
    void showWith(BiConsumer<List<SessionSummary>, Long> show) {
        this.show = show;
    }

    /** The first page with the filters as typed; filters the model refuses (its error says why) read nothing. */
    void search(long keep) {
        load(0, keep);
    }

    /** The page shown now read again (the history changed), keeping {@code keep} selected. */
    void reload(long keep) {
        load(pager.index(), keep);
    }

    void firstPage() { load(0, -1); }
    void previousPage() { load(pager.index() - 1, -1); }
    void nextPage() { load(pager.index() + 1, -1); }
    void lastPage() { load(pager.lastIndex(), -1); }

    /** Orders by a column (the database sorts all matches) and shows the first page. */
    void sortBy(SessionSort sort, boolean descending) {
        pager.sortBy(sort, descending);
        load(0, -1);
    }

    private void load(int pageIndex, long keep) {
        SessionFilter filter = model.filter();
        if (filter == null) {
            return;
        }
        int index = Math.max(0, pageIndex);
        int number = pager.begin(index);
        FxThread.then(sessions.page(pager.query(filter, index)), fx, page -> {
            if (page.items().isEmpty() && page.total() > 0 && index > 0) {
                // sessions were deleted meanwhile and this page is past the end now: show the last one
                pager.failed(number);
                load((int) ((page.total() - 1) / page.limit()), keep);
            } else if (pager.show(number, page)) {
                message.set("");
                show.accept(page.items(), keep);
            }
        }, e -> {
            pager.failed(number);
            message.set("Cannot read the history: " + FxThread.message(e));
        });
    }

    /**
     * Writes every answer of every session the filters select (all pages, not just the shown one) to
     * {@code file}: CSV, or JSON for a .json name; 0600; off the FX thread.
     */
    void exportAnswers(Path file) {
        SessionFilter filter = model.filter();
        if (filter == null) {
            return;
        }
        message.set("Exporting answers to " + file.getFileName() + "…");
        FxThread.then(CompletableFuture.supplyAsync(() -> answers.writeFile(filter, AnswerFormat.of(file), file,
                        Progress.NONE)), fx,
                done -> message.set("Exported " + HistoryPager.number(done.answers()) + " answer(s) of "
                        + HistoryPager.number(done.sessions()) + " session(s) to " + file),
                e -> message.set("Cannot export the answers: " + FxThread.message(e)));
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

    HistoryPager pager() {
        return pager;
    }

    /** The line under the list: a failed read, an export's progress and outcome. */
    StringProperty message() {
        return message;
    }

    StringProperty reportMessage() {
        return reportMessage;
    }

    /** The report on the right; null for none. */
    ObjectProperty<SessionReport> shown() {
        return shown;
    }
}
