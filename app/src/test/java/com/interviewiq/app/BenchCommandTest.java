package com.interviewiq.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** bench end to end at a tiny size: 2 modes x 2 concurrency levels x 1 s, JSON and files checked. */
class BenchCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void tinyBenchRunsAndItsJsonValidates() throws Exception {
        Path out = dataDir.resolve("bench-out");
        Cli r = Cli.run("bench", "--modes", "sync,async", "--concurrency", "1,4", "--duration", "1s", "--warmup", "200ms",
                "--rounds", "1", "--json", "--out", out.toString(), "--data-dir", dataDir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertThat(doc.get("results")).hasSize(4);
        for (JsonNode p : doc.get("results")) {
            assertThat(p.get("mode").asText()).isIn("sync", "async");
            assertThat(p.get("concurrency").asInt()).isIn(1, 4);
            assertThat(p.get("poolSize").asInt()).isEqualTo(20);
            assertThat(p.get("stepsPerSecond").asDouble()).isPositive();
            assertThat(p.get("latencyMs").get("p99").asDouble()).isPositive();
            assertThat(p.has("acquireWaitP99Ms")).isTrue();
            assertThat(p.get("errors").asLong()).isZero();
        }
        assertThat(doc.get("verdict").asText()).contains("At concurrency 1 (pool 20)", "At concurrency 4 (pool 20)",
                "Little's law");
        assertThat(Files.readString(out.resolve("results.csv"))).startsWith("mode,concurrency,pool_size,steps_per_second");
        assertThat(Files.size(out.resolve("throughput.png"))).isGreaterThan(1000);
        assertThat(Files.size(out.resolve("p99.png"))).isGreaterThan(1000);
        assertThat(Cli.run("bench", "--modes", "sideways", "--data-dir", dataDir.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void theInterviewWorkloadRunsThroughTheServicesAndSkipsRaw() throws Exception {
        Cli r = Cli.run("bench", "--workload", "interview", "--modes", "sync,raw", "--concurrency", "2", "--pool-sizes", "4",
                "--duration", "1s", "--warmup", "0", "--rounds", "1", "--json", "--data-dir", dataDir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("skipping raw: the interview workload goes through the engine's services");
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertThat(doc.get("results")).singleElement().satisfies(p -> {
            assertThat(p.get("mode").asText()).isEqualTo("sync");
            assertThat(p.get("concurrency").asInt()).isEqualTo(2);
            assertThat(p.get("stepsPerSecond").asDouble()).isPositive();
            assertThat(p.get("errors").asLong()).isZero();
        });
        assertThat(doc.get("machine").get("workload").asText()).isEqualTo("interview");
        assertThat(doc.get("verdict").asText()).contains("raw was not run");

        Cli rawOnly = Cli.run("bench", "--workload", "interview", "--modes", "raw", "--data-dir", dataDir.toString());
        assertThat(rawOnly.exitCode()).isEqualTo(2);
        assertThat(rawOnly.err()).contains("the interview workload needs an engine mode");
        assertThat(Cli.run("bench", "--help").out()).contains("step, read or interview");
    }
}
