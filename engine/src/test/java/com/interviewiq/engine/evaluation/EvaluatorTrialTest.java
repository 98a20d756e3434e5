package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.config.EvaluatorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluatorTrialTest {
    private FakeChatServer server;

    @BeforeEach
    void start() throws IOException {
        server = FakeChatServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private EvaluatorSettings settings(String keyVar) {
        return new EvaluatorSettings(server.endpoint(), "grader-1", keyVar, Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    @Test
    void gradesTheSampleAndSaysScoreLatencyAndReply() throws Exception {
        server.replyWithContent("""
                {"score": 95, "criteria": [], "feedback": "Correct: names ConcurrentHashMap."}""");

        EvaluatorTrial.Result r = run(settings("IQ_TRIAL_KEY"), Map.of("IQ_TRIAL_KEY", "sk-trial"));

        assertThat(r.ok()).isTrue();
        assertThat(r.score()).isEqualTo(95);
        assertThat(r.latencyMillis()).isNotNegative();
        assertThat(r.sentence()).startsWith("Remote scored the sample answer 95/100 in ")
                .endsWith("Its reply: Correct: names ConcurrentHashMap.").doesNotContain("sk-trial");
        assertThat(server.takeRequest().headers().getFirst("Authorization")).isEqualTo("Bearer sk-trial");
    }

    @Test
    void aServerThatNeverAnswersIsReportedAsATimeout() throws Exception {
        server.hold();

        EvaluatorTrial.Result r = run(settings(null), Map.of());

        assertThat(r.ok()).isFalse();
        assertThat(r.error()).isEqualTo("remote evaluator timed out after 1000 ms");
        assertThat(r.sentence()).startsWith("Remote failed after ");
    }

    @Test
    void anUnsetKeyVariableIsSaidAndTheRequestGoesWithoutAKey() throws Exception {
        server.replyWithContent("""
                {"score": 50, "criteria": [], "feedback": "Half."}""");

        EvaluatorTrial.Result r = run(settings("IQ_TRIAL_UNSET"), Map.of());

        assertThat(r.sentence()).contains("(API key variable IQ_TRIAL_UNSET is not set; sent without a key)");
        assertThat(server.takeRequest().headers().containsKey("Authorization")).isFalse();
    }

    @Test
    void withoutAUrlNothingIsCalled() throws Exception {
        EvaluatorTrial.Result r = run(EvaluatorSettings.rubricOnly(Duration.ofSeconds(1)), Map.of());

        assertThat(r.ok()).isFalse();
        assertThat(r.error()).contains("no remote evaluator URL is set");
        assertThat(server.requestCount()).isZero();
    }

    private static EvaluatorTrial.Result run(EvaluatorSettings s, Map<String, String> env) throws Exception {
        return EvaluatorTrial.run(s, env::get).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
