package com.interviewiq.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `health` exits 0 when UP or DEGRADED and 1 when the database is down, as the README says. */
class HealthExitCodesTest {
    @TempDir
    Path dataDir;

    @Test
    void degradedIsStillExitZero() {
        // every ping is at or above a warn threshold of 0 ms: DEGRADED, the database still serves
        Cli r = Cli.run(Map.of("INTERVIEWIQ_HEALTH_PING_MS", "0/100000"), "--data-dir", dataDir.toString(), "health", "--json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("\"status\" : \"DEGRADED\"");
    }

    @Test
    void aDatabaseThatCannotServeIsExitOne() {
        Cli r = Cli.run("--data-dir", dataDir.toString(), "--database-url", "postgresql://u:secret@127.0.0.1:1/gone", "health");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("cannot connect to PostgreSQL 127.0.0.1:1/gone").doesNotContain("secret");
    }
}
