package com.interviewiq.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Command-line dates for ranges: an ISO date (2026-11-30, a local day, in {@code zone}) or an
 * instant (2026-11-30T09:00:00Z). A {@code --to} date includes its whole day; a {@code --to}
 * instant includes that moment.
 */
final class CliDates {
    private CliDates() {
    }

    /** The first moment a {@code --from} value admits, or null for none. */
    static Instant from(String option, String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        return parse(option, text, zone, false);
    }

    /** The first moment after what a {@code --to} value admits (an exclusive bound), or null for none. */
    static Instant toExclusive(String option, String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        return parse(option, text, zone, true);
    }

    private static Instant parse(String option, String text, ZoneId zone, boolean end) {
        String t = text.strip();
        try {
            LocalDate day = LocalDate.parse(t);
            return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                // stored times have microseconds: the next one is the first the range leaves out
                return end ? Instant.parse(t).plusNanos(1_000) : Instant.parse(t);
            } catch (DateTimeParseException notAnInstant) {
                throw new UsageException(option + " must be a date such as 2026-11-30 or an instant such as "
                        + "2026-11-30T09:00:00Z, got '" + text + "'");
            }
        }
    }
}
