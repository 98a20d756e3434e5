package com.interviewiq.ui.sessions;

import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.ui.common.QueuedFxThread;
import com.interviewiq.ui.reports.Paper;
import com.interviewiq.ui.reports.SampleReports;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Print… with a stub print job: the dialog's answer decides, the PDF's pages are what is printed. */
class ReportPrinterTest {
    private final QueuedFxThread fx = new QueuedFxThread();
    private final StringProperty message = new SimpleStringProperty("");
    private final SessionReport report = SampleReports.report("Zoë Ångström", "Дмитрий Иванов", 1);

    /** Records what a printer would have been given. */
    private static final class StubJob implements ReportPrinter.Job {
        final List<BufferedImage> printed = new ArrayList<>();
        final boolean accept;
        final Paper paper;
        final int refuseFrom;
        boolean ended;
        boolean cancelled;

        StubJob(boolean accept, Paper paper, int refuseFrom) {
            this.accept = accept;
            this.paper = paper;
            this.refuseFrom = refuseFrom;
        }

        @Override
        public boolean showDialog(Window owner) {
            return accept;
        }

        @Override
        public Paper paper() {
            return paper;
        }

        @Override
        public boolean printPage(BufferedImage page) {
            if (printed.size() + 1 >= refuseFrom) {
                return false;
            }
            printed.add(page);
            return true;
        }

        @Override
        public boolean end() {
            ended = true;
            return true;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private ReportPrinter printer(StubJob job) {
        return new ReportPrinter(() -> job, fx, message);
    }

    @Test
    void anAcceptedDialogPrintsEveryPageOfThePdfOnTheChosenPaper() {
        StubJob job = new StubJob(true, Paper.LETTER, Integer.MAX_VALUE);
        printer(job).print(report, null);
        assertThat(message.get()).isEqualTo("Printing report #42…");

        fx.settle(() -> message.get().startsWith("Sent"));
        assertThat(message.get()).isEqualTo("Sent 2 pages to the printer.");
        assertThat(job.printed).hasSize(2);
        assertThat(job.ended).isTrue();
        assertThat(job.cancelled).isFalse();
        BufferedImage first = job.printed.getFirst();
        assertThat(first.getWidth()).as("Letter at 150 dpi").isCloseTo(1275, within(2));
        assertThat((double) first.getHeight() / first.getWidth()).isCloseTo(792.0 / 612, within(0.01));
    }

    @Test
    void aCancelledDialogPrintsNothing() {
        StubJob job = new StubJob(false, Paper.A4, Integer.MAX_VALUE);
        printer(job).print(report, null);
        assertThat(message.get()).isEqualTo("Printing cancelled.");
        assertThat(job.printed).isEmpty();
        assertThat(job.cancelled).isTrue();
        assertThat(fx.waiting()).isZero();
    }

    @Test
    void noPrinterIsSaidPlainly() {
        new ReportPrinter(() -> null, fx, message).print(report, null);
        assertThat(message.get()).isEqualTo("No printer is set up on this computer");
    }

    @Test
    void aPageThePrinterRefusesCancelsTheJobAndSaysWhich() {
        StubJob job = new StubJob(true, Paper.A4, 2);
        printer(job).print(report, null);
        fx.settle(() -> message.get().startsWith("Cannot print"));
        assertThat(message.get()).isEqualTo("Cannot print: the printer refused page 2 of 2");
        assertThat(job.printed).hasSize(1);
        assertThat(job.cancelled).isTrue();
        assertThat(job.ended).isFalse();
    }

    @Test
    void nothingShownMeansNothingToPrint() {
        StubJob job = new StubJob(true, Paper.A4, Integer.MAX_VALUE);
        printer(job).print(null, null);
        assertThat(message.get()).isEqualTo("No report shown: select a session first.");
        assertThat(job.printed).isEmpty();
    }

    @Test
    void aNameTypedWithoutTheExtensionGetsIt() {
        assertThat(ReportButtons.pdf(java.nio.file.Path.of("/tmp/ada"))).isEqualTo(java.nio.file.Path.of("/tmp/ada.pdf"));
        assertThat(ReportButtons.pdf(java.nio.file.Path.of("/tmp/ada.PDF"))).isEqualTo(java.nio.file.Path.of("/tmp/ada.PDF"));
        assertThat(ReportExport.of(java.nio.file.Path.of("r.pdf"))).isEqualTo(ReportExport.Format.PDF);
        assertThat(ReportExport.suggestedName(report, ReportExport.Format.PDF)).isEqualTo("interview-42-zo-ngstr-m.pdf");
    }
}
