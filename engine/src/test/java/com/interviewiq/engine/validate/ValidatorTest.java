package com.interviewiq.engine.validate;

import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Validation opens its backends through the composition root, one per mode, and checks each. */
class ValidatorTest {
    @TempDir
    Path dataDir;

    @Test
    void aFreshLaptopDatabasePassesEveryCheckInBothModes() {
        Settings settings = TestEngines.settings(dataDir, null, Mode.SYNC, Map.of());
        ValidationReport report = Validator.run(settings, List.of(Mode.SYNC, Mode.ASYNC));
        assertThat(report.checks()).allSatisfy(c -> assertThat(c.ok()).as(c.name() + ": " + c.detail()).isTrue());
        assertThat(report.checks()).extracting(Check::name, Check::mode).containsExactly(
                tuple("settings", null),
                tuple("database reachable", null),
                tuple("schema migrations", null),
                tuple("pool opens", "sync"),
                tuple("pool configuration", "sync"),
                tuple("write and read, rolled back", "sync"),
                tuple("pool opens", "async"),
                tuple("pool configuration", "async"),
                tuple("write and read, rolled back", "async"),
                tuple("both modes see the same data", null));
        assertThat(report.checks().stream().filter(c -> c.name().equals("pool opens")).map(Check::detail))
                .satisfiesExactly(d -> assertThat(d).contains("via JDBC"), d -> assertThat(d).contains("via R2DBC"));
    }
}
