package com.interviewiq.engine.export;

import java.io.IOException;
import java.io.Writer;

/** Writes answer rows one at a time in a format; the caller feeds rows as pages arrive. */
interface AnswerWriter extends AutoCloseable {
    void write(AnswerRow row) throws IOException;

    /** Ends the document (a JSON array's bracket) and flushes; the underlying writer stays open. */
    @Override
    void close() throws IOException;

    static AnswerWriter of(AnswerFormat format, Writer out) throws IOException {
        return format == AnswerFormat.JSON ? new JsonAnswers(out) : new CsvAnswers(out);
    }
}
