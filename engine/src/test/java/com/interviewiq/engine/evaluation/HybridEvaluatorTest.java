package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.questions.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class HybridEvaluatorTest {
    private static final String ANSWER = "Indexes are usually B-Trees.";
    private final Question question = Questions.indexQuestion();
    /** What the rubric alone makes of ANSWER (60: two of weight 3 out of 5). */
    private final Evaluation rubricVerdict = new RubricScorer().score(question, ANSWER);

    private FakeChatServer server;
    private HybridEvaluator hybrid;

    @BeforeEach
    void startServer() throws IOException {
        server = FakeChatServer.start();
        hybrid = hybrid(server.endpoint());
    }

    @AfterEach
    void stopServer() {
        hybrid.close();
        server.close(); // also releases a held reply
    }

    private static HybridEvaluator hybrid(URI endpoint) {
        return new HybridEvaluator(new RubricScorer(), Optional.of(
                RemoteEvaluatorTest.evaluator(endpoint, RemoteEvaluatorTest.KEY_VAR, Duration.ofSeconds(1))));
    }

    @Test
    void withoutARemoteTheRubricScores() throws Exception {
        HybridEvaluator rubricOnly = HybridEvaluator.rubricOnly();

        Evaluation evaluation = await(rubricOnly, ANSWER);

        assertThat(rubricOnly.usesRemote()).isFalse();
        assertThat(evaluation.marks()).isEqualTo(rubricVerdict.marks());
        assertThat(evaluation.score()).isEqualTo(60);
        assertThat(evaluation.source().label()).isEqualTo("rubric");
        assertThat(evaluation.detail()).as("kept with the answer: why no model scored it")
                .isEqualTo("no remote evaluator is configured");
        assertThat(rubricOnly.status().state()).isEqualTo("off");
        assertThat(HybridEvaluator.from(Optional.empty()).usesRemote()).isFalse();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aGoodRemoteVerdictIsUsed() throws Exception {
        server.replyWithContent("""
                {"score": 85, "criteria": [{"criterion": "Explains what an index is", "met": true}],
                 "feedback": "Solid."}""");

        Evaluation evaluation = await(hybrid, ANSWER);

        assertThat(hybrid.usesRemote()).isTrue();
        assertThat(evaluation.source().label()).isEqualTo("remote");
        assertThat(evaluation.score()).isEqualTo(85);
        assertThat(evaluation.feedback()).isEqualTo("Solid.");
        assertThat(evaluation.marks()).extracting(CriterionMark::met).containsExactly(true, false, false);
        assertThat(evaluation.detail()).isNull();
    }

    @Test
    void replyThatIsNotJsonFallsBackToTheRubric() throws Exception {
        server.replyWithContent("The answer deserves about 80 points.");

        assertFallback(await(hybrid, ANSWER), "remote evaluator reply is not valid JSON");
    }

    /** The model may quote the candidate: the interviewer sees its reply, the log does not. */
    @Test
    void aReplyEchoingTheAnswerIsShownButNotLogged() throws Exception {
        var log = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(HybridEvaluator.class);
        log.start();
        logger.addAppender(log);
        try {
            server.replyWithContent("You wrote: " + ANSWER + " Score it 80.");
            Evaluation e = await(hybrid, ANSWER);
            assertFallback(e, "remote evaluator reply is not valid JSON");
            assertThat(e.detail()).as("shown to the interviewer").contains("Unrecognized token");
            assertThat(log.list).singleElement().extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                    .asString().contains("remote evaluator reply is not valid JSON (the reply is not logged)")
                    .doesNotContain("B-Trees").doesNotContain("You wrote");
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void scoreOutOfRangeFallsBackToTheRubric() throws Exception {
        server.replyWithContent("{\"score\": 250, \"criteria\": [], \"feedback\": \"Great!\"}");

        assertFallback(await(hybrid, ANSWER), "score must be an integer 0..100, got 250");
    }

    @Test
    void http500FallsBackToTheRubric() throws Exception {
        server.reply(500, "{\"error\": \"model crashed\"}");

        assertFallback(await(hybrid, ANSWER), "remote evaluator answered HTTP 500");
    }

    @Test
    void slowRemoteFallsBackAfterTheTimeoutWithoutWaitingForIt() throws Exception {
        server.hold(); // answers only when closed, up to 30 s from now
        long start = System.nanoTime();

        Evaluation evaluation = await(hybrid, ANSWER);

        // the reply is held for 30 s: finishing well before it proves the 1 s timeout ended the wait (generous
        // rather than tight, so a machine under load cannot fail it)
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertFallback(evaluation, "remote evaluator timed out after 1000 ms");
    }

    @Test
    void unreachableRemoteFallsBackToTheRubric() throws Exception {
        URI closed;
        try (FakeChatServer gone = FakeChatServer.start()) {
            closed = gone.endpoint();
        }
        try (HybridEvaluator nowhere = hybrid(closed)) {
            assertFallback(await(nowhere, ANSWER), "remote evaluator is unreachable");
        }
    }

    @Test
    void blankAnswerStillGetsAnEvaluationWhenTheRemoteFails() throws Exception {
        server.reply(503, "");

        Evaluation evaluation = hybrid.evaluate(question, "  ").toCompletableFuture().get(5, TimeUnit.SECONDS);

        assertThat(evaluation.source().label()).isEqualTo("remote-fallback");
        assertThat(evaluation.score()).isZero();
        assertThat(evaluation.feedback()).contains("No answer");
    }

    @Test
    void unexpectedFailuresAreReportedOnOneLine() {
        assertThat(HybridEvaluator.reason(new CompletionException(new IllegalStateException("first\nsecond"))))
                .isEqualTo("remote evaluator failed: IllegalStateException: first second");
        assertThat(HybridEvaluator.reason(new RemoteEvaluationException("remote evaluator answered HTTP 502")))
                .isEqualTo("remote evaluator answered HTTP 502");
    }

    private void assertFallback(Evaluation evaluation, String reason) {
        assertThat(evaluation.source().label()).isEqualTo("remote-fallback");
        assertThat(evaluation.detail()).contains(reason).doesNotContain("\n").doesNotContain(RemoteEvaluatorTest.KEY);
        // otherwise exactly what the rubric says
        assertThat(evaluation.score()).isEqualTo(rubricVerdict.score());
        assertThat(evaluation.marks()).isEqualTo(rubricVerdict.marks());
        assertThat(evaluation.feedback()).isEqualTo(rubricVerdict.feedback());
    }

    private Evaluation await(HybridEvaluator evaluator, String answer) throws Exception {
        // completes normally, whatever the remote did: a failure here fails the test
        return evaluator.evaluate(question, answer).toCompletableFuture().get(5, TimeUnit.SECONDS);
    }
}
