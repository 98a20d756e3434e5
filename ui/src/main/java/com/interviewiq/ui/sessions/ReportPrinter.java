package com.interviewiq.ui.sessions;

import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.ui.common.FxThread;
import com.interviewiq.ui.reports.Paper;
import com.interviewiq.ui.reports.ReportPdf;
import javafx.beans.property.StringProperty;
import javafx.stage.Window;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Print…: the system's print dialog, then the report's PDF pages as pictures, so paper shows what
 * Export PDF… writes. The pages are drawn and sent off the FX thread; the outcome goes to the
 * report's message line. The print job is behind {@link Job} so a test drives it with a stub.
 */
final class ReportPrinter {
    static final String NO_PRINTER = "No printer is set up on this computer";
    /** Sharp enough for text on paper, small enough to spool quickly (an A4 page is about 9 MB). */
    static final float DPI = 150;

    /** One print job: its dialog, then the pages. JavaFX's PrinterJob in the console. */
    interface Job {
        /** Shows the print dialog; false when the user cancels it. */
        boolean showDialog(Window owner);

        /** The paper chosen in the dialog. */
        Paper paper();

        boolean printPage(BufferedImage page);

        boolean end();

        void cancel();
    }

    /** Makes print jobs; null when there is no printer. */
    interface Jobs {
        Job create();
    }

    private final Jobs jobs;
    private final Executor fx;
    private final StringProperty message;

    ReportPrinter(Jobs jobs, Executor fx, StringProperty message) {
        this.jobs = jobs;
        this.fx = fx;
        this.message = message;
    }

    /** Asks where and how to print, then prints {@code report}; on the FX thread. */
    void print(SessionReport report, Window owner) {
        if (report == null) {
            message.set("No report shown: select a session first.");
            return;
        }
        Job job = jobs.create();
        if (job == null) {
            message.set(NO_PRINTER);
            return;
        }
        if (!job.showDialog(owner)) {
            job.cancel();
            message.set("Printing cancelled.");
            return;
        }
        Paper paper = job.paper();
        message.set("Printing report #" + report.sessionId() + "…");
        FxThread.then(CompletableFuture.supplyAsync(() -> send(report, paper, job)), fx,
                pages -> message.set("Sent " + pages + (pages == 1 ? " page" : " pages") + " to the printer."),
                e -> message.set("Cannot print: " + FxThread.message(e)));
    }

    private static int send(SessionReport report, Paper paper, Job job) {
        List<BufferedImage> pages;
        try {
            pages = ReportPdf.pages(report, paper, DPI);
        } catch (IOException e) {
            job.cancel();
            throw new UncheckedIOException("cannot lay out the report: " + e.getMessage(), e);
        }
        for (int i = 0; i < pages.size(); i++) {
            if (!job.printPage(pages.get(i))) {
                job.cancel();
                throw new IllegalStateException("the printer refused page " + (i + 1) + " of " + pages.size());
            }
        }
        if (!job.end()) {
            throw new IllegalStateException("the printer did not finish the job");
        }
        return pages.size();
    }
}
