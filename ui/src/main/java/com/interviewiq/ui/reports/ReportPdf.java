package com.interviewiq.ui.reports;

import com.interviewiq.engine.data.PrivateFiles;
import com.interviewiq.engine.sessions.SessionReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A session's report as a PDF with what the report screen shows: who and when, the overall score
 * and counts, the charts by category and difficulty, strengths and gaps, and the timeline. No
 * JavaFX, so the headless CLI writes the same file as the console.
 */
public final class ReportPdf {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());
    private static final float MARGIN = 48;

    /** What was written: how many pages, and the characters no font here has (printed as '?'). */
    public record Written(int pages, Set<String> missing) {
    }

    private final SessionReport r;
    private final PdfCanvas canvas;
    private final PDDocument doc;

    private ReportPdf(SessionReport report, PDDocument doc, PdfCanvas canvas) {
        this.r = report;
        this.doc = doc;
        this.canvas = canvas;
    }

    /** Writes the report to {@code file} as a 0600 file, whole or not at all. */
    public static Written write(SessionReport report, Path file, Paper paper) throws IOException {
        // the file system's own word for a file where a folder should be is just the path: say what is wrong
        for (Path p = file.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new IOException("cannot write " + file + ": " + p + " is a file, not a folder");
                }
                break;
            }
        }
        Written[] written = new Written[1];
        try {
            PrivateFiles.write(file.toAbsolutePath(), out -> written[0] = write(report, out, paper));
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
        return written[0];
    }

    public static Written write(SessionReport report, OutputStream out, Paper paper) throws IOException {
        return write(report, out, paper, PdfFonts.systemFallbacks());
    }

    /** The PDF's bytes (the console prints from them). */
    public static byte[] bytes(SessionReport report, Paper paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, out, paper);
        return out.toByteArray();
    }

    /** The PDF's pages as images at {@code dpi}, for a printer that takes pictures of pages (JavaFX's). */
    public static List<BufferedImage> pages(SessionReport report, Paper paper, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes(report, paper))) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return pages;
        }
    }

    static Written write(SessionReport report, OutputStream out, Paper paper, List<Path> fallbackFonts) throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc, fallbackFonts)) {
            PdfCanvas canvas = new PdfCanvas(doc, fonts, paper, MARGIN);
            new ReportPdf(report, doc, canvas).draw(fonts);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Interview report: " + report.candidate() + " (session #" + report.sessionId() + ")");
            info.setCreator("InterviewIQ Console");
            doc.save(out);
            return new Written(doc.getNumberOfPages(), fonts.missing());
        }
    }

    private void draw(PdfFonts fonts) throws IOException {
        canvas.newPage();
        header();
        tiles();
        charts();
        strengthsAndGaps();
        heading("Timeline", "The evaluator's score and yours side by side");
        new TimelineTable(canvas).draw(r.timeline());
        if (!fonts.missing().isEmpty()) {
            paragraph("Some characters are printed as '?' because no font on this computer has them: "
                    + String.join(" ", fonts.missing()), 7.5f);
        }
        canvas.finish("InterviewIQ · " + r.candidate() + " · session #" + r.sessionId() + " · made " + WHEN.format(Instant.now()));
    }

    private void header() {
        canvas.text(canvas.left(), canvas.y, "INTERVIEW REPORT · SESSION #" + r.sessionId(), true, 8, PdfCanvas.MUTED);
        canvas.y += 14;
        for (String line : canvas.wrap(r.candidate(), canvas.width(), true, 20)) {
            canvas.text(canvas.left(), canvas.y, line, true, 20, PdfCanvas.INK);
            canvas.y += 25;
        }
        String status = r.status().replace('_', ' ');
        String meta = "Interviewer " + r.interviewer() + "  ·  " + status.substring(0, 1).toUpperCase(Locale.ROOT) + status.substring(1)
                + (r.stopReason() == null ? "" : " (" + r.stopReason() + ")")
                + (r.startedAt() == null ? "" : "  ·  started " + WHEN.format(r.startedAt()))
                + (r.finishedAt() == null ? "" : "  ·  ended " + WHEN.format(r.finishedAt()));
        paragraph(meta, 9.5f);
        canvas.y += 8;
    }

    private void tiles() {
        String[][] tiles = {
                {"Overall", r.overallScore() == null ? "–" : String.format(Locale.ROOT, "%.1f", r.overallScore())},
                {"Asked", String.valueOf(r.answered())}, {"Skipped", String.valueOf(r.skipped())},
                {"Overridden", String.valueOf(r.overridden())}, {"Active time", clock(r.activeSeconds())}};
        float h = 46;
        float w = canvas.width() / tiles.length;
        canvas.fill(canvas.left(), canvas.y, canvas.width(), h, PdfCanvas.SHADE);
        for (int i = 0; i < tiles.length; i++) {
            float x = canvas.left() + i * w + 10;
            canvas.text(x, canvas.y + 8, tiles[i][0].toUpperCase(Locale.ROOT), true, 7, PdfCanvas.MUTED);
            canvas.text(x, canvas.y + 20, tiles[i][1], true, i == 0 ? 18 : 15, PdfCanvas.INK);
        }
        canvas.y += h + 14;
    }

    private void charts() throws IOException {
        float gap = 14;
        int w = (int) ((canvas.width() - gap) / 2);
        int h = Math.min(260, Math.max(170, 60 + 22 * r.byCategory().size()));
        canvas.ensure(h);
        BufferedImage category = ReportCharts.byCategory(r.byCategory(), w, h);
        BufferedImage difficulty = ReportCharts.byDifficulty(r.byDifficulty(), w, h);
        canvas.image(LosslessFactory.createFromImage(doc, category), canvas.left(), canvas.y, w, h);
        canvas.image(LosslessFactory.createFromImage(doc, difficulty), canvas.left() + w + gap, canvas.y, w, h);
        canvas.y += h + 14;
    }

    private void strengthsAndGaps() {
        float gap = 18;
        float w = (canvas.width() - gap) / 2;
        List<String> left = bullets(r.strengths(), w);
        List<String> right = bullets(r.gaps(), w);
        float lineHeight = 12.5f;
        canvas.ensure(18 + lineHeight * Math.min(12, Math.max(left.size(), right.size())));
        canvas.text(canvas.left(), canvas.y, "Strengths", true, 11, PdfCanvas.INK);
        canvas.text(canvas.left() + w + gap, canvas.y, "Gaps", true, 11, PdfCanvas.INK);
        canvas.y += 18;
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            canvas.ensure(lineHeight);
            if (i < left.size()) {
                canvas.text(canvas.left(), canvas.y, left.get(i), false, 9.5f, PdfCanvas.INK);
            }
            if (i < right.size()) {
                canvas.text(canvas.left() + w + gap, canvas.y, right.get(i), false, 9.5f, PdfCanvas.INK);
            }
            canvas.y += lineHeight;
        }
        canvas.y += 14;
    }

    /** Each item as "• text", wrapped with the continuation lines indented under the text. */
    private List<String> bullets(List<String> items, float width) {
        List<String> lines = new ArrayList<>();
        if (items.isEmpty()) {
            lines.add("none recorded");
        }
        for (String item : items) {
            List<String> wrapped = canvas.wrap(item, width - 12, false, 9.5f);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add((i == 0 ? "•  " : "    ") + wrapped.get(i));
            }
        }
        return lines;
    }

    private void heading(String title, String caption) {
        canvas.ensure(90);
        canvas.text(canvas.left(), canvas.y, title, true, 13, PdfCanvas.INK);
        canvas.text(canvas.left() + canvas.textWidth(title, true, 13) + 10, canvas.y + 4, caption, false, 8.5f, PdfCanvas.MUTED);
        canvas.y += 22;
    }

    private void paragraph(String text, float size) {
        for (String line : canvas.wrap(text, canvas.width(), false, size)) {
            canvas.ensure(size * 1.4f);
            canvas.text(canvas.left(), canvas.y, line, false, size, PdfCanvas.MUTED);
            canvas.y += size * 1.4f;
        }
    }

    static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds % 3600) / 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
