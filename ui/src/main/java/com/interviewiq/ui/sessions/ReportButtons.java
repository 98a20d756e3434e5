package com.interviewiq.ui.sessions;

import com.interviewiq.engine.sessions.SessionReport;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Binds Export PDF… and Print… on the report side: usable while a report is shown; the file
 * chooser's answer goes to {@link HistoryCommands#export} (written off the FX thread, 0600), the
 * printing to {@link ReportPrinter}.
 */
final class ReportButtons {
    private ReportButtons() {
    }

    static void wire(Button exportPdf, Button print, HistoryCommands commands, ReportPrinter printer) {
        exportPdf.disableProperty().bind(commands.shown().isNull());
        print.disableProperty().bind(commands.shown().isNull());
        exportPdf.setOnAction(e -> {
            SessionReport shown = commands.shown().get();
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export report as PDF");
            chooser.setInitialFileName(ReportExport.suggestedName(shown, ReportExport.Format.PDF));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File file = chooser.showSaveDialog(exportPdf.getScene().getWindow());
            if (file != null) {
                commands.export(pdf(file.toPath()));
            }
        });
        print.setOnAction(e -> printer.print(commands.shown().get(), print.getScene().getWindow()));
    }

    /** The format follows the extension: a name typed without ".pdf" gets it, or it would be written as Markdown. */
    static Path pdf(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }
}
