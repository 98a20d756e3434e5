package com.interviewiq.ui.reports;

import java.util.Locale;
import java.util.Set;

/** The sheet a report is laid out on, in PDF points (1/72 inch). */
public enum Paper {
    A4(595.28f, 841.89f),
    LETTER(612f, 792f);

    /** Where Letter is the usual office paper (the countries CLDR lists); A4 everywhere else. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "PR", "CA", "MX", "PH", "CL", "CO", "VE",
            "GT", "SV", "NI", "CR", "PA", "DO", "BZ");

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    public static Paper forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry().toUpperCase(Locale.ROOT)) ? LETTER : A4;
    }

    /** {@code a4} or {@code letter}, any case; anything else is refused with the choices. */
    public static Paper parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "a4" -> A4;
            case "letter" -> LETTER;
            default -> throw new IllegalArgumentException("--paper must be a4 or letter, got '" + text + "'");
        };
    }
}
