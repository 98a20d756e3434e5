package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.monitor.ServerCheck;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The Dashboard's server cross-check tile, without a screen. */
class ServerCheckTileTest {
    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");
    private final ServerCheckTile tile = new DashboardViewModel().tiles().serverCheck();

    @Test
    void agreementReadsAsAPercentage() {
        tile.show(new ServerCheck(12_010L, 12_030L, 99.83, 30, ServerCheck.State.AGREES,
                "the server counted 12010 transactions in the last 30 s, this engine 12030", AT));
        assertThat(tile.text().get()).isEqualTo("server agrees: 99.8%");
        assertThat(tile.warning().get()).isFalse();
        assertThat(tile.detail().get()).contains("server 12,010 / engine 12,030 over 30 s");
    }

    @Test
    void anotherClientMakesItWarnAndAgreementClearsTheWarning() {
        tile.show(new ServerCheck(13_100L, 10_000L, 131.0, 30, ServerCheck.State.DIFFERS,
                "the server counted 3100 more transactions than this engine: another client is working on this database", AT));
        assertThat(tile.text().get()).isEqualTo("server differs: 131.0%");
        assertThat(tile.warning().get()).isTrue();
        assertThat(tile.detail().get()).contains("another client");

        tile.show(new ServerCheck(10_000L, 10_010L, 99.9, 30, ServerCheck.State.AGREES, "agrees", AT));
        assertThat(tile.warning().get()).isFalse();
    }

    @Test
    void aQuietWindowShowsTheCountButDoesNotWarn() {
        tile.show(new ServerCheck(66L, 33L, 200.0, 30, ServerCheck.State.QUIET, "too few to compare", AT));
        assertThat(tile.text().get()).isEqualTo("server counts: 200.0%");
        assertThat(tile.warning().get()).isFalse();
    }

    @Test
    void h2IsNotAvailable() {
        tile.show(ServerCheck.notAvailable("not available on H2: only PostgreSQL counts transactions per database", AT));
        assertThat(tile.text().get()).isEqualTo("server check: not available");
        assertThat(tile.detail().get()).contains("H2");
        assertThat(tile.warning().get()).isFalse();

        tile.show(null);
        assertThat(tile.text().get()).isEqualTo("server check: not available");
    }
}
