package com.interviewiq.engine.export;

import java.nio.file.Path;
import java.util.Locale;

/** The bulk export's formats: CSV for spreadsheets, JSON (an array of objects) for HR systems and scripts. */
public enum AnswerFormat {
    CSV, JSON;

    /** "csv" or "json", any case. */
    public static AnswerFormat parse(String text) {
        for (AnswerFormat f : values()) {
            if (f.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("format must be csv or json, got '" + text + "'");
    }

    /** JSON for a name ending .json, else CSV. */
    public static AnswerFormat of(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : CSV;
    }
}
