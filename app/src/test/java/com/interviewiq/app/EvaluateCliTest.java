package com.interviewiq.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code interviewiq evaluate} as a user runs it on a fresh data dir (questions from the sample bank). */
class EvaluateCliTest {
    @TempDir
    Path dataDir;

    private Cli run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dataDir.toString();
        return Cli.run(all);
    }

    @Test
    void aBatchIsScoredInInputOrderWithEvidenceAndAgreementWhenLabelled() throws Exception {
        Path batch = dataDir.resolve("batch.json");
        Files.writeString(batch, """
                [{"questionKey": "sql-where-having-001", "kind": "paraphrase", "met": [true, false, false],
                  "answer": "The row filter is applied to each individual record first, before any aggregation happens."},
                 {"questionKey": "java-equality-001", "kind": "off-topic", "met": [false, false, false],
                  "answer": "I would rather talk about my favourite football team."}]
                """);

        Cli cli = run("evaluate", "--batch", batch.toString(), "--json");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode doc = Json.MAPPER.readTree(cli.out());
        JsonNode results = doc.get("results");
        assertThat(results.findValuesAsText("questionKey")).containsExactly("sql-where-having-001", "java-equality-001");
        JsonNode first = results.get(0);
        assertThat(first.get("source").asText()).isEqualTo("semantic");
        assertThat(first.get("criteria").get(0).get("criterion").asText()).isEqualTo("WHERE filters individual rows before grouping");
        assertThat(first.get("criteria").get(0).get("met").asBoolean()).isTrue();
        assertThat(first.get("criteria").get(0).get("evidence").asText()).contains("applied to each individual record first");
        assertThat(results.get(1).get("score").asInt()).isZero();
        JsonNode kinds = doc.get("agreement").get("kinds");
        assertThat(kinds.findValuesAsText("kind")).containsExactly("paraphrase", "off-topic", "overall");
        assertThat(kinds.get(2).get("criteria").asInt()).isEqualTo(6);
        assertThat(kinds.get(1).get("rubricAgreed").asInt()).isEqualTo(3);
        assertThat(doc.get("timing").get("answers").asInt()).isEqualTo(2);
        assertThat(doc.get("timing").get("p99Ms").asDouble()).isPositive();

        Cli text = run("evaluate", "--batch", batch.toString());
        assertThat(text.out()).contains("agreement with the labels").contains("rubric (keywords)").contains("overall");
    }

    @Test
    void oneAnswerFromTheCommandLine() throws Exception {
        Cli cli = run("evaluate", "--question-key", "java-equality-001", "--answer",
                "== checks whether both sides are the very same object, equals() compares what they contain", "--json");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode r = Json.MAPPER.readTree(cli.out()).get("results").get(0);
        assertThat(r.get("criteria")).hasSize(3);
        assertThat(r.get("score").asInt()).isPositive();
        assertThat(Json.MAPPER.readTree(cli.out()).has("agreement")).isFalse();
    }

    @Test
    void badInputIsOneClearErrorNamingWhatAndWhere() throws Exception {
        Path batch = dataDir.resolve("bad.json");
        Files.writeString(batch, "[{\"questionKey\": \"java-equality-001\", \"answer\": \"x\"}, {\"questionKey\": \"nope-404\", \"answer\": \"y\"}]");
        Cli unknown = run("evaluate", "--batch", batch.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("bad.json: item 1: no question with key 'nope-404' in the database or the sample bank");

        Files.writeString(batch, "[{\"questionKey\": \"java-equality-001\"}]");
        assertThat(run("evaluate", "--batch", batch.toString()).err()).contains("item 0: \"answer\" is missing");

        Files.writeString(batch, "[{\"questionKey\": \"java-equality-001\", \"answer\": \"x\", \"met\": [true]}]");
        assertThat(run("evaluate", "--batch", batch.toString()).err())
                .contains("item 0: \"met\" gives 1 labels; question 'java-equality-001' has 3 rubric criteria");

        assertThat(run("evaluate", "--question-key", "java-equality-001").err())
                .contains("give --batch FILE, or --question-key KEY with --answer TEXT");
    }
}
