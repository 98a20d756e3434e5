package com.interviewiq.app;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses command-line durations: 500ms, 2s, 1.5s, 3m. */
final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)");

    private Durations() {
    }

    static Duration parse(String option, String text) {
        Matcher m = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UsageException(option + " must be a duration such as 500ms, 2s or 1m, got '" + text + "'");
        }
        double v = Double.parseDouble(m.group(1));
        long millis = switch (m.group(2)) {
            case "ms" -> Math.round(v);
            case "s" -> Math.round(v * 1000);
            default -> Math.round(v * 60_000);
        };
        if (millis < 10) {
            throw new UsageException(option + " must be at least 10ms, got '" + text + "'");
        }
        return Duration.ofMillis(millis);
    }

    private static final Pattern AGE = Pattern.compile("(\\d+)(h|d|w)");

    /** An age for retention: 12h, 90d, 8w. */
    static Duration age(String option, String text) {
        Matcher m = AGE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UsageException(option + " must be an age such as 12h, 90d or 8w, got '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        };
    }
}
