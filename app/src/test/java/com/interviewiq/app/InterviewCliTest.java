package com.interviewiq.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** questions, sessions and simulate as a user runs them, on a fresh data dir. */
class InterviewCliTest {
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
    void importListExportSimulateAndReport() throws Exception {
        Path sample = Path.of("../resources/samples/sample-questions.json");
        Cli dry = run("questions", "import", sample.toString(), "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Dry run, nothing written");
        Cli imported = run("questions", "import", sample.toString());
        assertThat(imported.out()).containsPattern("Imported 1[5-9]\\d, updated 0, skipped 0");

        JsonNode list = Json.MAPPER.readTree(run("questions", "list", "--category", "SQL", "--difficulty", "3", "--json").out());
        assertThat(list.get("total").asInt()).isPositive();
        assertThat(list.get("questions").findValuesAsText("category")).containsOnly("SQL");

        Path csv = dataDir.resolve("out/bank.csv");
        assertThat(run("questions", "export", "--format", "csv", "-o", csv.toString()).exitCode()).isZero();
        assertThat(Files.readString(csv)).startsWith("key,category,difficulty,title,prompt,tags,time_limit_seconds,status,rubric");
        Cli reimport = run("questions", "import", csv.toString());
        assertThat(reimport.out()).contains("Imported 0, updated 0, skipped");

        Cli sim = run("simulate", "--sessions", "12", "--concurrency", "4", "--questions", "3", "--mode", "async", "--json");
        assertThat(sim.exitCode()).as(sim.out() + sim.err()).isZero();
        JsonNode r = Json.MAPPER.readTree(sim.out());
        assertThat(r.get("mode").asText()).isEqualTo("async");
        assertThat(r.get("sessionsCompleted").asInt()).isEqualTo(12);
        assertThat(r.get("answersAcknowledged").asLong()).isEqualTo(36);
        assertThat(r.get("answersStored").asLong()).isEqualTo(36);
        assertThat(r.get("errors").asLong()).isZero();
        assertThat(r.get("stepsPerSecond").asDouble()).isPositive();
        assertThat(r.get("latencyMs").has("p99")).isTrue();

        JsonNode sessions = Json.MAPPER.readTree(run("sessions", "list", "--json").out());
        assertThat(sessions).hasSize(12);
        long id = sessions.get(0).get("id").asLong();
        Cli md = run("sessions", "report", Long.toString(id), "--markdown");
        assertThat(md.out()).startsWith("# Interview report: Candidate").contains("## Timeline", "Overall score");
        JsonNode report = Json.MAPPER.readTree(run("sessions", "report", Long.toString(id), "--json").out());
        assertThat(report.get("answered").asInt()).isEqualTo(3);
        assertThat(run("sessions", "report", "999999").err()).contains("session 999999 does not exist");
    }

    @Test
    void aFileWithABadRowImportsNothingAndExitsOne() throws Exception {
        Path file = dataDir.resolve("bad.csv");
        Files.writeString(file, "key,category,difficulty,title,prompt,tags,time_limit_seconds,status,rubric\n"
                + "a-1,SQL,3,Fine,Prompt,,,,\"[{\"\"criterion\"\":\"\"c\"\",\"\"weight\"\":1,\"\"keywords\"\":[\"\"k\"\"]}]\"\n"
                + "a-2,SQL,7,Bad,Prompt,,,,\"[{\"\"criterion\"\":\"\"c\"\",\"\"weight\"\":1,\"\"keywords\"\":[\"\"k\"\"]}]\"\n");
        Cli r = run("questions", "import", file.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("row 3: difficulty: must be 1..5, got 7").contains("Nothing was imported");
        assertThat(run("questions", "list").out()).contains("0 of 0 question(s).");
        assertThat(run("questions", "import", dataDir.resolve("missing.json").toString()).err()).contains("file not found");
    }

    @Test
    void simulateLoadsTheSampleBankIntoAnEmptyDatabase() throws Exception {
        Cli sim = run("simulate", "--sessions", "3", "--concurrency", "2", "--json");
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        assertThat(sim.err()).contains("loaded").contains("sample questions");
        assertThat(Json.MAPPER.readTree(sim.out()).get("answersStored").asLong()).isEqualTo(15);
        assertThat(run("simulate", "--sessions", "0", "--concurrency", "2").exitCode()).isEqualTo(2);
    }

    /**
     * Answers the database refuses (a constraint rejects the third answer of every interview) are
     * lost work: simulate says so and exits 1, so a script running it notices.
     */
    @Test
    void simulateExitsOneWhenAnswersAreLost() throws Exception {
        assertThat(run("questions", "import", "../resources/samples/sample-questions.json").exitCode()).isZero();
        String url = "jdbc:h2:file:" + dataDir.resolve("db").resolve("interviewiq").toAbsolutePath();
        try (var c = java.sql.DriverManager.getConnection(url, "sa", "");
             var st = c.createStatement()) {
            st.execute("ALTER TABLE answers ADD CONSTRAINT refuse_third_answer CHECK (seq < 3)");
        }
        Cli sim = run("simulate", "--sessions", "4", "--concurrency", "2", "--questions", "3", "--json");
        assertThat(sim.exitCode()).as(sim.out() + sim.err()).isEqualTo(1);
        JsonNode r = Json.MAPPER.readTree(sim.out());
        assertThat(r.get("errors").asLong()).isEqualTo(4);
        assertThat(r.get("answersStored").asLong()).isEqualTo(8);
        assertThat(r.get("errorSamples").toString()).containsIgnoringCase("refuse_third_answer");

        Cli text = run("simulate", "--sessions", "1", "--questions", "3");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).containsIgnoringCase("error: ").containsIgnoringCase("refuse_third_answer");
    }

    @Test
    void listsFilterByWhatTheUserAsks() throws Exception {
        assertThat(run("questions", "import", "../resources/samples/sample-questions.json").exitCode()).isZero();
        JsonNode tagged = Json.MAPPER.readTree(run("questions", "list", "--tag", "indexes", "--json").out());
        assertThat(tagged.get("total").asInt()).isPositive();
        tagged.get("questions").forEach(q -> assertThat(q.get("tags").toString()).contains("indexes"));
        JsonNode found = Json.MAPPER.readTree(run("questions", "list", "--search", "HashMap", "--status", "ready", "--json").out());
        assertThat(found.get("total").asInt()).isPositive();
        found.get("questions").forEach(q -> assertThat((q.get("key").asText() + q.get("title").asText() + q.get("prompt").asText())
                .toLowerCase()).contains("hashmap"));
        JsonNode drafts = Json.MAPPER.readTree(run("questions", "list", "--status", "draft", "--json").out());
        JsonNode ready = Json.MAPPER.readTree(run("questions", "list", "--status", "ready", "--json").out());
        JsonNode every = Json.MAPPER.readTree(run("questions", "list", "--json").out());
        drafts.get("questions").forEach(q -> assertThat(q.get("status").asText()).isEqualToIgnoringCase("draft"));
        ready.get("questions").forEach(q -> assertThat(q.get("status").asText()).isEqualToIgnoringCase("ready"));
        assertThat(drafts.get("total").asInt()).isPositive();
        assertThat(drafts.get("total").asInt() + ready.get("total").asInt()).isEqualTo(every.get("total").asInt());
        Cli badStatus = run("questions", "list", "--status", "maybe");
        assertThat(badStatus.exitCode()).isEqualTo(2);
        assertThat(badStatus.err()).contains("--status");

        assertThat(run("simulate", "--sessions", "3", "--questions", "1").exitCode()).isZero();
        JsonNode all = Json.MAPPER.readTree(run("sessions", "list", "--json").out());
        assertThat(all).hasSize(3);
        String candidate = all.get(0).get("candidate").asText();
        JsonNode one = Json.MAPPER.readTree(run("sessions", "list", "--candidate", candidate, "--json").out());
        assertThat(one).isNotEmpty().allSatisfy(s -> assertThat(s.get("candidate").asText()).contains(candidate));
        assertThat(Json.MAPPER.readTree(run("sessions", "list", "--status", "completed", "--limit", "2", "--json").out())).hasSize(2);
        assertThat(Json.MAPPER.readTree(run("sessions", "list", "--status", "paused", "--json").out())).isEmpty();
        Cli badSessionStatus = run("sessions", "list", "--status", "done");
        assertThat(badSessionStatus.exitCode()).isEqualTo(2);
        assertThat(badSessionStatus.err()).contains("--status must be planned, in_progress, paused, completed or abandoned");
    }
}
