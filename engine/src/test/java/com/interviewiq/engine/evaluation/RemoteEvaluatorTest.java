package com.interviewiq.engine.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class RemoteEvaluatorTest {
    static final String KEY_VAR = "IQ_TEST_KEY";
    static final String KEY = "sk-test-secret-123";
    private static final String ANSWER = "An index is a B-tree kept next to the table; it slows down writes.";
    private static final String GOOD_VERDICT = """
            {"score": 72,
             "criteria": [{"criterion": "Explains what an index is", "met": true},
                          {"criterion": "  NAMES THE   B-TREE ", "met": false},
                          {"criterion": "Something the rubric does not have", "met": true}],
             "feedback": "Good grasp of what an index is; say more about its cost."}""";

    private FakeChatServer server;
    private RemoteEvaluator evaluator;

    @BeforeEach
    void startServer() throws IOException {
        server = FakeChatServer.start();
        evaluator = evaluator(server.endpoint(), KEY_VAR, Duration.ofSeconds(1));
    }

    @AfterEach
    void stopServer() {
        evaluator.close();
        server.close(); // also releases a held reply
    }

    static RemoteEvaluator evaluator(URI endpoint, String keyVar, Duration timeout) {
        return new RemoteEvaluator(new RemoteEvaluatorConfig(endpoint, "grader-1", keyVar, timeout),
                Map.of(KEY_VAR, KEY)::get);
    }

    @Test
    void goodReplyBecomesARemoteEvaluation() throws Exception {
        server.replyWithContent(GOOD_VERDICT);

        Evaluation evaluation = await(evaluator.evaluate(Questions.indexQuestion(), ANSWER));

        assertThat(evaluation.source()).isEqualTo(EvaluatorSource.REMOTE);
        assertThat(evaluation.source().label()).isEqualTo("remote");
        assertThat(evaluation.score()).isEqualTo(72);
        assertThat(evaluation.feedback()).isEqualTo("Good grasp of what an index is; say more about its cost.");
        assertThat(evaluation.detail()).isNull();
        // the rubric's criteria in the rubric's order; one the model left out counts as not met
        assertThat(evaluation.marks()).containsExactly(
                new CriterionMark("Explains what an index is", 2, true, List.of()),
                new CriterionMark("Names the B-tree", 1, false, List.of()),
                new CriterionMark("Mentions the write cost", 2, false, List.of()));
    }

    @Test
    void requestIsAnOpenAiChatCompletionWithTheRubricAndTheAnswer() throws Exception {
        server.replyWithContent(GOOD_VERDICT);

        await(evaluator.evaluate(Questions.indexQuestion(), ANSWER));

        FakeChatServer.Recorded request = server.takeRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(FakeChatServer.PATH);
        assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
        JsonNode body = request.json();
        assertThat(body.path("model").asText()).isEqualTo("grader-1");
        assertThat(body.path("temperature").isNumber()).isTrue();
        assertThat(body.path("temperature").asDouble()).isZero();
        assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_object");
        JsonNode messages = body.path("messages");
        assertThat(messages.size()).isEqualTo(2);
        assertThat(messages.path(0).path("role").asText()).isEqualTo("system");
        assertThat(messages.path(0).path("content").asText()).contains("ONLY", "\"score\"", "\"criteria\"",
                "\"feedback\"");
        assertThat(messages.path(1).path("role").asText()).isEqualTo("user");
        assertThat(messages.path(1).path("content").asText()).contains(ANSWER, "Database indexes",
                "What is a database index, and what does it cost?", "Explains what an index is (weight 2",
                "Mentions the write cost (weight 2; keywords: write amplification, slower writes");
    }

    @Test
    void toleratesAVerdictWrappedInAMarkdownFence() throws Exception {
        server.replyWithContent("Here you go:\n```json\n" + GOOD_VERDICT + "\n```\n");

        assertThat(await(evaluator.evaluate(Questions.indexQuestion(), ANSWER)).score()).isEqualTo(72);
    }

    @Test
    void sendsNoAuthorizationWithoutAKeyVariable() throws Exception {
        server.replyWithContent(GOOD_VERDICT);
        try (RemoteEvaluator keyless = evaluator(server.endpoint(), null, Duration.ofSeconds(1))) {
            await(keyless.evaluate(Questions.indexQuestion(), ANSWER));
        }

        assertThat(server.takeRequest().headers().containsKey("Authorization")).isFalse();
    }

    @Test
    void unsetKeyVariableCallsTheServerWithoutAKey() throws Exception {
        server.replyWithContent(GOOD_VERDICT);
        try (RemoteEvaluator unset = evaluator(server.endpoint(), "IQ_UNSET_KEY", Duration.ofSeconds(1))) {
            assertThat(unset.hasKey()).isFalse();
            assertThat(await(unset.evaluate(Questions.indexQuestion(), ANSWER)).score()).isEqualTo(72);
        }
        assertThat(server.takeRequest().headers().containsKey("Authorization")).isFalse();
    }

    @Test
    void refusedForWantOfAKeyTheReasonNamesTheUnsetVariable() {
        server.reply(401, "{}");
        try (RemoteEvaluator unset = evaluator(server.endpoint(), "IQ_UNSET_KEY", Duration.ofSeconds(1))) {
            assertThat(failureOf(unset.evaluate(Questions.indexQuestion(), ANSWER)))
                    .hasMessage("remote evaluator answered HTTP 401 (the API key variable IQ_UNSET_KEY is not set)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            I think the answer is quite good                              | remote evaluator reply is not valid JSON: Unrecognized token
            ""                                                            | remote evaluator reply is not valid JSON: it is empty
            [1, 2, 3]                                                     | remote evaluator reply is not a JSON object
            {'score': 250, 'criteria': [], 'feedback': 'x'}               | remote evaluator verdict is invalid: score must be an integer 0..100, got 250
            {'score': -1, 'criteria': [], 'feedback': 'x'}                | score must be an integer 0..100, got -1
            {'score': 72.5, 'criteria': [], 'feedback': 'x'}              | score must be an integer 0..100, got 72.5
            {'score': '72', 'criteria': [], 'feedback': 'x'}              | score must be an integer 0..100
            {'criteria': [], 'feedback': 'x'}                             | score must be an integer 0..100, got nothing
            {'score': 72, 'feedback': 'x'}                                | remote evaluator verdict is invalid: criteria must be a list
            {'score': 72, 'criteria': [{'criterion': 'A', 'met': 'yes'}]} | criteria[0] must be
            {'score': 72, 'criteria': [], 'feedback': 42}                 | feedback must be text
            """)
    void invalidVerdictFailsWithOneClearLine(String content, String message) {
        server.replyWithContent(content.replace('\'', '"'));

        assertThat(failureOf(evaluator.evaluate(Questions.indexQuestion(), ANSWER)))
                .isInstanceOf(RemoteEvaluationException.class)
                .hasMessageContaining(message)
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining(KEY);
    }

    @ParameterizedTest(name = "HTTP {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            500 | {'error': 'boom'}  | remote evaluator answered HTTP 500
            401 | {'error': 'nope'}  | remote evaluator answered HTTP 401 (check the API key in IQ_TEST_KEY)
            404 | {'error': 'what'}  | remote evaluator answered HTTP 404 (check the endpoint path and the model name)
            200 | <html>oops</html>  | remote evaluator response is not valid JSON
            200 | {'choices': []}    | remote evaluator reply has no choices[0].message.content
            """)
    void httpErrorsAndOddResponsesFail(int status, String body, String message) {
        server.reply(status, body.replace('\'', '"'));

        assertThat(failureOf(evaluator.evaluate(Questions.indexQuestion(), ANSWER)))
                .isInstanceOf(RemoteEvaluationException.class)
                .hasMessageStartingWith(message)
                .hasMessageNotContaining(KEY);
    }

    @Test
    void slowServerTimesOutAfterTheConfiguredTimeout() {
        server.hold(); // answers only when closed, up to 30 s from now
        long start = System.nanoTime();

        Throwable failure = failureOf(evaluator.evaluate(Questions.indexQuestion(), ANSWER));

        // the reply is held for 30 s: finishing well before it proves the 1 s timeout ended the wait (generous
        // rather than tight, so a machine under load cannot fail it)
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(failure).isInstanceOf(RemoteEvaluationException.class)
                .hasMessage("remote evaluator timed out after 1000 ms");
    }

    @Test
    void unreachableServerFailsQuickly() throws IOException {
        URI closed;
        try (FakeChatServer gone = FakeChatServer.start()) {
            closed = gone.endpoint();
        }
        try (RemoteEvaluator nowhere = evaluator(closed, KEY_VAR, Duration.ofSeconds(1))) {
            assertThat(failureOf(nowhere.evaluate(Questions.indexQuestion(), ANSWER)))
                    .isInstanceOf(RemoteEvaluationException.class)
                    .hasMessageStartingWith("remote evaluator is unreachable at 127.0.0.1:" + closed.getPort());
        }
    }

    private static Evaluation await(CompletionStage<Evaluation> stage) throws Exception {
        return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    /** What the stage failed with (unwrapped); fails the test if it succeeds or takes over 5 s. */
    private static Throwable failureOf(CompletionStage<Evaluation> stage) {
        Throwable thrown = catchThrowable(() -> stage.toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertThat(thrown).as("the stage should fail within 5 s").isInstanceOf(ExecutionException.class);
        return thrown.getCause();
    }
}
