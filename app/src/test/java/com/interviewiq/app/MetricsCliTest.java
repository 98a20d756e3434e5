package com.interviewiq.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.engine.monitor.recording.Recordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** metrics list / show over a recording an engine made, in each output form; one-shot commands record nothing. */
class MetricsCliTest {
    @TempDir
    Path temp;

    private Path home() {
        return temp.resolve("home");
    }

    private Cli cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = home().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    private Cli ok(String... args) {
        Cli r = cli(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.out() + r.err()).isZero();
        return r;
    }

    /** A recording of a few seconds of an engine at 100 ms ticks; returns its live samples. */
    private List<MetricsSample> record() {
        try (Engine engine = Engine.start(SettingsResolver.resolve(home(),
                Map.of(SettingKey.SAMPLE_INTERVAL_MILLIS, "100"), Map.of(), Map.of()))) {
            engine.startRecording("serve").orElseThrow();
            engine.transfer().importSampleBank().toCompletableFuture().join();
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.monitor().history().samples().size() >= 5);
            engine.close();
            return engine.monitor().history().samples();
        }
    }

    @Test
    void listAndShowARecordingAsTextJsonAndCsv() throws Exception {
        List<MetricsSample> live = record();

        JsonNode list = Json.MAPPER.readTree(ok("metrics", "list", "--json").out());
        assertThat(list).hasSize(1);
        JsonNode r = list.get(0);
        String file = r.get("file").asText();
        assertThat(file).endsWith(Recordings.SUFFIX).contains("-serve-");
        assertThat(r.get("samples").asInt()).isEqualTo(live.size());
        assertThat(r.get("modeSwitches").asInt()).isZero();
        assertThat(r.get("complete").asBoolean()).isTrue();
        assertThat(r.get("process").asText()).isEqualTo("serve");
        assertThat(r.get("start").asText()).isNotBlank();
        assertThat(r.get("end").asText()).isEqualTo(live.getLast().time().toString());
        assertThat(r.has("alerts")).isTrue();
        assertThat(r.get("path").asText()).isEqualTo(home().resolve("metrics").resolve(file).toAbsolutePath().toString());

        String text = ok("metrics", "list").out();
        assertThat(text).contains("FILE", "SAMPLES", "SWITCHES", "ALERTS", file, "1 recording(s)");

        JsonNode shown = Json.MAPPER.readTree(ok("metrics", "show", file, "--json").out());
        assertThat(shown.get("file").asText()).isEqualTo(file);
        assertThat(shown.get("header").get("format").asText()).isEqualTo("interviewiq-metrics/1");
        assertThat(shown.get("samples")).hasSize(live.size());
        JsonNode first = shown.get("samples").get(0);
        assertThat(first.get("time").asText()).isEqualTo(live.getFirst().time().toString());
        assertThat(first.get("active").asInt()).as("flat, as /monitoring/database").isEqualTo(live.getFirst().active());
        assertThat(first.get("transactionsPerSecond").asDouble()).isEqualTo(live.getFirst().transactionsPerSecond());
        assertThat(shown.get("events").isArray()).isTrue();
        assertThat(shown.get("alerts").isArray()).isTrue();

        String csv = ok("metrics", "show", file, "--csv").out();
        assertThat(csv.lines().toList()).first().isEqualTo(MetricsSample.CSV_HEADER);
        assertThat(csv.lines().skip(1).toList()).containsExactlyElementsOf(live.stream().map(MetricsSample::csvLine).toList());

        String byPath = ok("metrics", "show", home().resolve("metrics").resolve(file).toString()).out();
        assertThat(byPath).contains(file, "recorded by serve", live.size() + " samples");
        String withoutSuffix = ok("metrics", "show", file.substring(0, file.length() - Recordings.SUFFIX.length())).out();
        assertThat(withoutSuffix).contains(file);
    }

    @Test
    void anUnknownRecordingIsOneSentenceAndExitOne() {
        Cli r = cli("metrics", "show", "nope");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("interviewiq: no recording 'nope'").contains("metrics list")
                .doesNotContain("Exception").doesNotContain("\n");
        Cli both = cli("metrics", "show", "nope", "--json", "--csv");
        assertThat(both.exitCode()).isEqualTo(2);
    }

    @Test
    void aDamagedFileIsListedWithItsProblemAndShowSaysWhatIsWrong() throws Exception {
        Path dir = java.nio.file.Files.createDirectories(home().resolve("metrics"));
        java.nio.file.Files.writeString(dir.resolve("broken" + Recordings.SUFFIX), "not gzip");
        JsonNode list = Json.MAPPER.readTree(ok("metrics", "list", "--json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("problem").asText()).contains("is not a recording");
        assertThat(ok("metrics", "list").out()).contains("unreadable");
        Cli show = cli("metrics", "show", "broken");
        assertThat(show.exitCode()).isEqualTo(1);
        assertThat(show.err().strip()).isEqualTo("interviewiq: " + dir.resolve("broken" + Recordings.SUFFIX)
                + " is not a recording (not gzip'd JSON lines)");
    }

    @Test
    void anEmptyFolderListsNothingAndOneShotCommandsDoNotRecord() {
        ok("validate", "--mode", "sync");
        ok("health");
        assertThat(Recordings.in(home()).files()).isEmpty();
        assertThat(ok("metrics", "list", "--json").out().strip()).isEqualTo("[ ]");
        assertThat(ok("metrics", "list").out()).contains("0 recording(s)");
    }
}
