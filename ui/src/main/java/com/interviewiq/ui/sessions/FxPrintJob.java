package com.interviewiq.ui.sessions;

import com.interviewiq.ui.reports.Paper;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;

import java.awt.image.BufferedImage;

/** JavaFX's PrinterJob as the report printer's job: each page a picture fitted to the paper's printable area. */
final class FxPrintJob implements ReportPrinter.Job {
    private final PrinterJob job;

    private FxPrintJob(PrinterJob job) {
        this.job = job;
    }

    /** The system's print jobs; none where no printer is set up. */
    static ReportPrinter.Jobs system() {
        return () -> {
            PrinterJob job = PrinterJob.createPrinterJob();
            return job == null ? null : new FxPrintJob(job);
        };
    }

    @Override
    public boolean showDialog(Window owner) {
        return job.showPrintDialog(owner);
    }

    @Override
    public Paper paper() {
        // Letter is 612 points wide, A4 595: anything nearer Letter's width is laid out on Letter
        return job.getJobSettings().getPageLayout().getPaper().getWidth() > 603 ? Paper.LETTER : Paper.A4;
    }

    /** Off the FX thread is allowed: the picture is in no scene (PrinterJob's rule). */
    @Override
    public boolean printPage(BufferedImage page) {
        int w = page.getWidth();
        int h = page.getHeight();
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), page.getRGB(0, 0, w, h, null, 0, w), 0, w);
        // the PDF page has its own margins: the printer's smallest ones avoid a second, wider border
        PageLayout layout = job.getPrinter().createPageLayout(job.getJobSettings().getPageLayout().getPaper(),
                PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(layout.getPrintableWidth());
        view.setFitHeight(layout.getPrintableHeight());
        return job.printPage(layout, view);
    }

    @Override
    public boolean end() {
        return job.endJob();
    }

    @Override
    public void cancel() {
        job.cancelJob();
    }
}
