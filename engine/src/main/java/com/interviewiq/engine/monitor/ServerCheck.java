package com.interviewiq.engine.monitor;

import com.fasterxml.jackson.annotation.JsonValue;

import java.time.Instant;
import java.util.Locale;

/**
 * The server's own count of this database's transactions (PostgreSQL's pg_stat_database,
 * xact_commit + xact_rollback) against the engine's count over the same window: the dashboard's
 * proof that its numbers are true. {@code agreementPercent} is 100 × server / engine: above 100
 * when someone else works on the same database, below when the engine counts work the server
 * never saw. The numbers are null when nothing was compared (H2, before two readings, a failed read).
 */
public record ServerCheck(Long serverTransactions, Long engineTransactions, Double agreementPercent,
                          double windowSeconds, State state, String why, Instant at) {

    /** Server and engine may part by this much before the check warns. */
    public static final double TOLERANCE_PERCENT = 2;

    public enum State {
        /** Within {@link #TOLERANCE_PERCENT}. */
        AGREES("agrees"),
        /** Further apart: another client works on the database, or the engine miscounts. */
        DIFFERS("differs"),
        /** Too few transactions in the window for a percentage to mean anything. */
        QUIET("quiet"),
        /**
         * The engine's rate changed so much within the window that the server's publishing lag alone
         * could make or hide a 2% difference: judged again at the next reading.
         */
        SETTLING("settling"),
        /** Not compared yet: a window needs two readings. */
        WAITING("waiting"),
        /** H2, or monitoring off: no server statistics to compare with. */
        NOT_AVAILABLE("not available"),
        /** The server's statistics could not be read. */
        UNKNOWN("unknown");

        private final String label;

        State(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }
    }

    public static ServerCheck notAvailable(String why, Instant at) {
        return new ServerCheck(null, null, null, 0, State.NOT_AVAILABLE, why, at);
    }

    public static ServerCheck waiting(String why, Instant at) {
        return new ServerCheck(null, null, null, 0, State.WAITING, why, at);
    }

    public static ServerCheck unknown(String why, Instant at) {
        return new ServerCheck(null, null, null, 0, State.UNKNOWN, why, at);
    }

    /** Only a judged comparison can warn: a quiet window's percentage is shown but not judged. */
    public boolean warns() {
        return state == State.DIFFERS;
    }

    /** "server agrees: 99.8%", "server differs: 131.0%", "server check: not available". */
    public String summary() {
        return switch (state) {
            case AGREES, DIFFERS, QUIET, SETTLING -> "server " + (state == State.AGREES || state == State.DIFFERS
                    ? state.label() : "counts") + ": "
                    + String.format(Locale.ROOT, "%.1f%%", agreementPercent);
            default -> "server check: " + state.label();
        };
    }
}
