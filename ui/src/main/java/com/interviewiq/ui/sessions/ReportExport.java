package com.interviewiq.ui.sessions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.sessions.ReportMarkdown;
import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.ui.reports.Paper;
import com.interviewiq.ui.reports.ReportPdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A report as a file: Markdown for reading, JSON (the CLI's `sessions report --json`) for tools, PDF
 * (the CLI's `sessions report --pdf`) to share and print, on the locale's paper.
 */
final class ReportExport {
    private ReportExport() {
    }

    enum Format { MARKDOWN, JSON, PDF }

    static Format of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? Format.JSON : name.endsWith(".pdf") ? Format.PDF : Format.MARKDOWN;
    }

    /** The text formats; a PDF is not text ({@link #write} makes it). */
    static String render(SessionReport report, Format format) {
        if (format == Format.PDF) {
            throw new IllegalArgumentException("a PDF is written, not rendered as text");
        }
        if (format == Format.MARKDOWN) {
            return ReportMarkdown.render(report);
        }
        try {
            return JsonSupport.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    /** A report holds candidate data: 0600, and whole or not at all. */
    static void write(SessionReport report, Path file) throws IOException {
        if (of(file) == Format.PDF) {
            ReportPdf.write(report, file, Paper.forLocale(Locale.getDefault(Locale.Category.FORMAT)));
            return;
        }
        String text = render(report, of(file));
        try {
            com.interviewiq.engine.data.PrivateFiles.write(file.toAbsolutePath(), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static String suggestedName(SessionReport report, Format format) {
        String who = report.candidate().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "interview-" + report.sessionId() + (who.isEmpty() ? "" : "-" + who) + switch (format) {
            case JSON -> ".json";
            case PDF -> ".pdf";
            case MARKDOWN -> ".md";
        };
    }
}
