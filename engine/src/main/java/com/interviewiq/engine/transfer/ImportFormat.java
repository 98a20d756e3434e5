package com.interviewiq.engine.transfer;

import java.nio.file.Path;
import java.util.Locale;

public enum ImportFormat {
    JSON, CSV;

    public static ImportFormat parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "csv" -> CSV;
            default -> throw new IllegalArgumentException("unknown format '" + text + "' (expected json or csv)");
        };
    }

    /** Guesses from the file name; JSON unless it ends in .csv. */
    public static ImportFormat of(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSON;
    }
}
