package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.health.CheckResult;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.SimulationResult;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The remote evaluator configured through the settings, end to end through a real engine on an H2 file. */
class RemoteThroughEngineTest {
    private static final String VERDICT = """
            {"score": 90, "criteria": [], "feedback": "Clear and correct."}""";

    @TempDir
    Path dataDir;
    private FakeChatServer server;
    private Engine engine;

    @BeforeEach
    void start() throws Exception {
        server = FakeChatServer.start();
        // no key variable is set for this process: the keyless local server of the issue
        engine = Engine.start(TestEngines.settings(dataDir, null, Mode.SYNC, Map.of(
                SettingKey.EVALUATOR_URL, server.endpoint().toString(),
                SettingKey.EVALUATOR_MODEL, "grader-1",
                SettingKey.EVALUATOR_API_KEY_ENV, "IQ_TEST_UNSET_KEY_VAR",
                SettingKey.EVALUATOR_TIMEOUT_SECONDS, "1",
                SettingKey.EVALUATOR_COOLDOWN_SECONDS, "1")));
        join(engine.transfer().importSampleBank());
    }

    @AfterEach
    void stop() {
        engine.close();
        server.close();
    }

    @Test
    void aRemoteScoredAnswerIsStoredWithSourceRemoteAndNoKeyIsSent() throws Exception {
        server.replyWithContent(VERDICT);

        SimulationResult r = join(engine.simulator().run(new SimulationOptions(1, 1, 2, List.of(), null, 3), (d, t) -> { }));

        assertThat(r.answersStored()).isEqualTo(2);
        for (SessionReport.TimelineEntry t : timeline()) {
            assertThat(t.evaluatorSource()).isEqualTo("remote");
            assertThat(t.score()).isEqualTo(90);
            assertThat(t.evaluatorDetail()).isNull();
        }
        assertThat(server.takeRequest().headers().containsKey("Authorization")).isFalse();
        CheckResult check = evaluatorCheck();
        assertThat(check.detail()).contains("API key variable IQ_TEST_UNSET_KEY_VAR is not set");
        assertThat(check.level()).as("a key variable the user named and did not set").isEqualTo("warn");
    }

    @Test
    void aHangingServerCostsAFewTimeoutsNotOneEachAndTheBreakerClosesWhenItReturns() throws Exception {
        server.hold();

        SimulationResult r = join(engine.simulator().run(new SimulationOptions(25, 4, 4, List.of(), null, 11), (d, t) -> { }));

        assertThat(r.errors()).isZero();
        assertThat(r.answersStored()).isEqualTo(100);
        List<SessionReport.TimelineEntry> entries = timeline();
        // the chain's next link, the in-process sentence model, scores instead, and says why
        assertThat(entries).hasSize(100).allSatisfy(t -> {
            assertThat(t.evaluatorSource()).isEqualTo("semantic");
            assertThat(t.evaluatorDetail()).endsWith("; the semantic evaluator scored it");
        });
        assertThat(entries).filteredOn(t -> t.evaluatorDetail().startsWith("remote evaluator unavailable since "))
                .as("kept from the remote by the open breaker").isNotEmpty()
                .allSatisfy(t -> assertThat(t.evaluatorDetail()).contains("(last error: remote evaluator timed out after 1000 ms)"));
        // each call to the held server waits out the 1 s timeout; the breaker lets through the first
        // calls (4 at a time) and one probe per cool-down, never one per answer
        assertThat(server.requestCount()).isLessThan(40);
        assertThat(engine.health().alerts().all()).anyMatch(a -> a.check().equals("evaluator")
                && a.kind().equals(Alert.RAISED));

        server.release().replyWithContent(VERDICT);
        var question = join(engine.questions().find(entries.getFirst().questionId())).orElseThrow();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                join(engine.evaluator().evaluate(question, "an answer")).source()).isEqualTo(EvaluatorSource.REMOTE));
        assertThat(engine.evaluator().status().state()).isEqualTo("closed");
        assertThat(evaluatorCheck().detail()).startsWith("remote grader-1 at 127.0.0.1:");
        assertThat(engine.health().alerts().all()).anyMatch(a -> a.check().equals("evaluator")
                && a.kind().equals(Alert.CLEARED));
    }

    private CheckResult evaluatorCheck() {
        return engine.health().now().checks().stream().filter(c -> c.name().equals("evaluator")).findFirst().orElseThrow();
    }

    private List<SessionReport.TimelineEntry> timeline() {
        List<SessionReport.TimelineEntry> all = new ArrayList<>();
        for (SessionSummary s : join(engine.sessions().list(new SessionFilter(null, null, null, null, null, 0, 1000)))) {
            all.addAll(join(engine.sessions().report(s.id())).timeline());
        }
        return all;
    }

    private static <T> T join(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
