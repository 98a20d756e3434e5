package com.interviewiq.engine.export;

import com.interviewiq.engine.transfer.Csv;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV with a header row. A text cell a spreadsheet would take for a formula (it starts
 * with = + - @, or a tab or carriage return) is written with a leading apostrophe, so opening the
 * file cannot run what a candidate typed into their name or an interviewer into a note.
 */
final class CsvAnswers implements AnswerWriter {
    static final List<String> HEADER = List.of("sessionId", "candidate", "interviewer", "sessionStarted",
            "sessionFinished", "answeredAt", "questionKey", "questionTitle", "category", "difficulty", "skipped",
            "score", "overrideScore", "overrideNote", "evaluatorSource", "evaluatorDetail");

    private final Writer out;

    CsvAnswers(Writer out) throws IOException {
        this.out = out;
        out.write(Csv.line(HEADER));
    }

    @Override
    public void write(AnswerRow a) throws IOException {
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(Long.toString(a.sessionId()));
        cells.add(text(a.candidate()));
        cells.add(text(a.interviewer()));
        cells.add(instant(a.sessionStarted()));
        cells.add(instant(a.sessionFinished()));
        cells.add(instant(a.answeredAt()));
        cells.add(text(a.questionKey()));
        cells.add(text(a.questionTitle()));
        cells.add(text(a.category()));
        cells.add(Integer.toString(a.difficulty()));
        cells.add(Boolean.toString(a.skipped()));
        cells.add(number(a.score()));
        cells.add(number(a.overrideScore()));
        cells.add(text(a.overrideNote()));
        cells.add(text(a.evaluatorSource()));
        cells.add(text(a.evaluatorDetail()));
        out.write(Csv.line(cells));
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    /** A text cell, defused when a spreadsheet would read it as a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String instant(Instant t) {
        return t == null ? "" : t.toString();
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }
}
