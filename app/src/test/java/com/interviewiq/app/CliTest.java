package com.interviewiq.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dataDir;

    @Test
    void validateOnAnEmptyDataDirPassesEveryCheckInBothModes() {
        Cli r = Cli.run("validate", "--mode", "both", "--data-dir", dataDir.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("OK   database reachable", "OK   pool opens (sync)", "OK   pool opens (async)",
                "OK   write and read, rolled back (async)", "OK   both modes see the same data", "All checks passed.");
        assertThat(r.out()).doesNotContain("FAIL");
        assertThat(dataDir.resolve("db")).isDirectory();
    }

    @Test
    void globalOptionsWorkBeforeTheSubcommandAndJsonIsStable() throws Exception {
        Cli r = Cli.run("--data-dir", dataDir.toString(), "--mode", "async", "validate", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertThat(doc.get("ok").asBoolean()).isTrue();
        assertThat(doc.get("modes").toString()).isEqualTo("[\"async\"]");
        assertThat(doc.get("checks")).allSatisfy(c -> {
            assertThat(c.has("name")).isTrue();
            assertThat(c.get("ok").asBoolean()).isTrue();
        });
        assertThat(doc.get("checks").findValuesAsText("mode")).doesNotContain("sync");
    }

    @Test
    void anUnsupportedDatabaseUrlFailsTheSettingsCheck() {
        Cli r = Cli.run("validate", "--data-dir", dataDir.toString(), "--database-url", "mysql://root:topsecret@db/iq");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL settings").contains("accepted forms").doesNotContain("topsecret");
    }

    @Test
    void environmentUrlIsUsedAndBadOnesNameTheVariable() {
        Cli r = Cli.run(Map.of("DATABASE_URL", "sqlite+aiosqlite:///x.db"), "health", "--data-dir", dataDir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("environment variable DATABASE_URL").contains("unsupported database URL");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(Cli.run("validate", "--mode", "sideways", "--data-dir", dataDir.toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("validate", "--no-such-option").exitCode()).isEqualTo(2);
        assertThat(Cli.run("no-such-command").exitCode()).isEqualTo(2);
    }

    @Test
    void versionAndHelp() {
        Cli v = Cli.run("--version");
        assertThat(v.exitCode()).isZero();
        assertThat(v.out()).startsWith("interviewiq 0.1.0");
        Cli h = Cli.run("--help");
        assertThat(h.out()).contains("validate", "health", "gui", "--database-url", "--data-dir", "--mode");
    }

    @Test
    void healthReportsUpWithJson() throws Exception {
        Cli r = Cli.run("health", "--json", "--data-dir", dataDir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertThat(doc.get("status").asText()).isEqualTo("UP");
        assertThat(doc.get("checks").findValuesAsText("name")).contains("ping", "migrations");
    }

    @Test
    void noCommandOpensTheGui() {
        Cli r = Cli.run("--data-dir", dataDir.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("gui would open");
    }

    @Test
    void onlyTheCommandsTheLineNamesAreBuilt() {
        assertThat(Main.commandsNamedIn(new String[]{"validate", "--json"})).containsExactly(ValidateCommand.class);
        // an option's value that is also a command's name does not hide the command after it
        assertThat(Main.commandsNamedIn(new String[]{"--data-dir", "health", "validate", "--data-dir", "health"}))
                .containsExactly(ValidateCommand.class, HealthCommand.class);
        assertThat(Main.commandsNamedIn(new String[]{})).isEmpty(); // the desktop launcher: the console opens
        assertThat(Main.commandsNamedIn(new String[]{"--help"})).isEqualTo(RootCommand.COMMANDS);
        assertThat(Main.commandsNamedIn(new String[]{"no-such-command"})).isEqualTo(RootCommand.COMMANDS);
    }

    @Test
    void helpStillListsEveryCommandAndAnOptionValueNamedLikeACommandStillWorks() {
        Cli help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        for (Class<?> c : RootCommand.COMMANDS) {
            picocli.CommandLine.Command command = c.getAnnotation(picocli.CommandLine.Command.class);
            if (!command.hidden()) {
                assertThat(help.out()).contains("  " + command.name() + " ");
            }
        }
        Path named = dataDir.resolve("health");
        Cli r = Cli.run("--data-dir", named.toString(), "validate", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(named.resolve("db")).isDirectory();
    }
}
