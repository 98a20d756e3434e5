package com.interviewiq.ui.reports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages to draw on, top to bottom: a cursor {@link #y} measured down from the top edge, text in
 * runs of the fonts that have its characters, wrapping, and a new page when the next block does
 * not fit. Coordinates are points from the top-left, turned into PDF's bottom-left here only.
 */
final class PdfCanvas {
    static final Color INK = new Color(0x1f2328);
    static final Color MUTED = new Color(0x59636e);
    static final Color RULE = new Color(0xd1d9e0);
    static final Color SHADE = new Color(0xf6f8fa);

    private final PDDocument doc;
    private final PdfFonts fonts;
    private final Paper paper;
    private final float margin;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private Runnable onNewPage = () -> { };
    /** Where the next block starts, in points down from the top edge. */
    float y;

    PdfCanvas(PDDocument doc, PdfFonts fonts, Paper paper, float margin) {
        this.doc = doc;
        this.fonts = fonts;
        this.paper = paper;
        this.margin = margin;
    }

    float left() {
        return margin;
    }

    float width() {
        return paper.width() - 2 * margin;
    }

    /** The lowest point a block may reach; the footer sits below it. */
    float bottom() {
        return paper.height() - margin;
    }

    List<PDPage> pages() {
        return pages;
    }

    /** Runs on every page started by {@link #ensure} (a table repeats its header there). */
    void onNewPage(Runnable action) {
        this.onNewPage = action;
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
        doc.addPage(page);
        pages.add(page);
        try {
            out = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = margin;
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    void ensure(float height) {
        if (y + height > bottom()) {
            newPage();
            onNewPage.run();
        }
    }

    /** Draws one line of text with its baseline {@code size} below {@code top}. */
    void text(float x, float top, String text, boolean bold, float size, Color color) {
        try {
            out.beginText();
            out.setNonStrokingColor(color);
            out.newLineAtOffset(x, paper.height() - top - size);
            for (PdfFonts.Run r : fonts.runs(text, bold)) {
                out.setFont(r.font(), size);
                out.showText(r.text());
            }
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float textWidth(String text, boolean bold, float size) {
        return fonts.width(text, bold, size);
    }

    /** The text broken into lines no wider than {@code width}: at spaces, and inside words too long for a line. */
    List<String> wrap(String text, float width, boolean bold, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, bold, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a word wider than the column (a URL, CJK without spaces) is cut where it must be
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                String next = line.toString() + new String(Character.toChars(cp));
                if (!line.isEmpty() && textWidth(next, bold, size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    void fill(float x, float top, float w, float h, Color color) {
        try {
            out.setNonStrokingColor(color);
            out.addRect(x, paper.height() - top - h, w, h);
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(float x, float top, float w, Color color, float thickness) {
        fill(x, top, w, thickness, color);
    }

    void image(PDImageXObject image, float x, float top, float w, float h) {
        try {
            out.drawImage(image, x, paper.height() - top - h, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the last page, then writes {@code left} and "Page i of n" at the foot of every page. */
    void finish(String left) throws IOException {
        closeStream();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream foot = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                out = foot;
                float top = bottom() + 14;
                rule(left(), top - 4, width(), RULE, 0.5f);
                text(left(), top, left, false, 7.5f, MUTED);
                String page = "Page " + (i + 1) + " of " + pages.size();
                text(left() + width() - textWidth(page, false, 7.5f), top, page, false, 7.5f, MUTED);
            }
        }
        out = null;
    }

    private void closeStream() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = null;
        }
    }
}
