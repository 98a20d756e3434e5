package com.interviewiq.ui.reports;

import com.interviewiq.engine.sessions.SessionReport.TimelineEntry;

import java.awt.Color;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline as a table: one row per asked question with its title, the evaluator's score and
 * yours with your note, and where the evaluator's score came from. Rows never split; a row that
 * does not fit starts a new page, which repeats the header.
 */
final class TimelineTable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final String[] HEADERS = {"#", "Question", "Score", "Your score", "Evaluator"};
    private static final float[] FIXED = {22, 0, 50, 122, 104};
    private static final float PAD = 4;
    private static final int MOST_LINES = 40;
    private static final Color MISSED = new Color(0xbc4c00);

    /** One line of a cell. */
    private record Line(String text, boolean bold, float size, Color color) {
        float height() {
            return size * 1.32f;
        }
    }

    private final PdfCanvas canvas;
    private final float[] widths = new float[FIXED.length];

    TimelineTable(PdfCanvas canvas) {
        this.canvas = canvas;
        float fixed = 0;
        for (float f : FIXED) {
            fixed += f;
        }
        for (int i = 0; i < FIXED.length; i++) {
            widths[i] = FIXED[i] == 0 ? canvas.width() - fixed : FIXED[i];
        }
    }

    void draw(List<TimelineEntry> entries) {
        canvas.ensure(60);
        header();
        canvas.onNewPage(this::header);
        for (TimelineEntry e : entries) {
            row(List.of(List.of(new Line(String.valueOf(e.seq()), false, 9, PdfCanvas.MUTED)), question(e), score(e),
                    override(e), evaluator(e)));
        }
        canvas.onNewPage(() -> { });
        if (entries.isEmpty()) {
            canvas.text(canvas.left() + PAD, canvas.y + PAD, "No questions were asked.", false, 9, PdfCanvas.MUTED);
            canvas.y += 20;
        }
    }

    private void header() {
        float h = 18;
        canvas.fill(canvas.left(), canvas.y, canvas.width(), h, PdfCanvas.SHADE);
        float x = canvas.left();
        for (int i = 0; i < HEADERS.length; i++) {
            canvas.text(x + PAD, canvas.y + 5, HEADERS[i], true, 8, PdfCanvas.MUTED);
            x += widths[i];
        }
        canvas.rule(canvas.left(), canvas.y + h, canvas.width(), PdfCanvas.RULE, 0.8f);
        canvas.y += h;
    }

    private void row(List<List<Line>> cells) {
        float height = 0;
        for (List<Line> cell : cells) {
            height = Math.max(height, cell.stream().map(Line::height).reduce(0f, Float::sum));
        }
        height += 2 * PAD + 2;
        canvas.ensure(height);
        float x = canvas.left();
        for (int i = 0; i < cells.size(); i++) {
            float top = canvas.y + PAD + 1;
            for (Line l : cells.get(i)) {
                canvas.text(x + PAD, top, l.text(), l.bold(), l.size(), l.color());
                top += l.height();
            }
            x += widths[i];
        }
        canvas.y += height;
        canvas.rule(canvas.left(), canvas.y - 0.5f, canvas.width(), PdfCanvas.RULE, 0.5f);
    }

    private List<Line> question(TimelineEntry e) {
        List<Line> lines = new ArrayList<>();
        String title = e.questionTitle() == null ? "question " + e.questionId() : e.questionTitle();
        add(lines, title, 1, true, 9, PdfCanvas.INK);
        add(lines, e.category() + " · level " + e.difficulty() + " · took " + ReportPdf.clock(e.timeTakenSeconds())
                + (e.answeredAt() == null ? "" : " · at " + TIME.format(e.answeredAt())), 1, false, 7.5f, PdfCanvas.MUTED);
        if (!e.missed().isEmpty()) {
            add(lines, "Missed: " + String.join("; ", e.missed()), 1, false, 7.5f, MISSED);
        }
        return cap(lines);
    }

    private List<Line> score(TimelineEntry e) {
        String s = e.skipped() ? "skipped" : e.score() == null ? "–" : String.valueOf(e.score());
        return List.of(new Line(s, !e.skipped() && e.score() != null, 9, e.skipped() ? PdfCanvas.MUTED : PdfCanvas.INK));
    }

    private List<Line> override(TimelineEntry e) {
        List<Line> lines = new ArrayList<>();
        if (e.overrideScore() == null) {
            lines.add(new Line("–", false, 9, PdfCanvas.MUTED));
            return lines;
        }
        lines.add(new Line(String.valueOf(e.overrideScore()), true, 9, PdfCanvas.INK));
        if (e.overrideBy() != null) {
            add(lines, "by " + e.overrideBy(), 3, false, 7.5f, PdfCanvas.MUTED);
        }
        if (e.overrideNote() != null && !e.overrideNote().isBlank()) {
            add(lines, e.overrideNote(), 3, false, 8, PdfCanvas.INK);
        }
        return cap(lines);
    }

    private List<Line> evaluator(TimelineEntry e) {
        List<Line> lines = new ArrayList<>();
        add(lines, e.evaluatorSource() == null ? "–" : e.evaluatorSource(), 4, false, 8.5f, PdfCanvas.INK);
        String detail = e.evaluatorDetail(); // why the remote evaluator did not score it
        if (detail != null && !detail.isBlank()) {
            add(lines, detail, 4, false, 7.5f, PdfCanvas.MUTED);
        }
        return cap(lines);
    }

    /** Adds {@code text} wrapped to column {@code column}'s width. */
    private void add(List<Line> lines, String text, int column, boolean bold, float size, Color color) {
        for (String s : canvas.wrap(text, widths[column] - 2 * PAD, bold, size)) {
            lines.add(new Line(s, bold, size, color));
        }
    }

    /** A row must fit on a page: an enormous note is cut, and says so. */
    private static List<Line> cap(List<Line> lines) {
        if (lines.size() <= MOST_LINES) {
            return lines;
        }
        List<Line> kept = new ArrayList<>(lines.subList(0, MOST_LINES - 1));
        kept.add(new Line("… (cut; the full text is in the Markdown and JSON exports)", false, 7.5f, PdfCanvas.MUTED));
        return kept;
    }
}
