package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.evaluation.batch.Agreement;
import com.interviewiq.engine.evaluation.batch.BatchFile;
import com.interviewiq.engine.evaluation.batch.BatchItem;
import com.interviewiq.engine.evaluation.batch.SampleBank;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.RubricCriterion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The semantic evaluator with the real sentence model: agreement with hand labels, negation, odd input. */
class SemanticEvaluatorTest {
    private static SemanticScorer scorer;
    private static final Function<String, Optional<Question>> BANK = SampleBank.after(k -> Optional.empty());

    @BeforeAll
    static void load() {
        scorer = SemanticModel.shared().load().join();
    }

    /**
     * Criteria agreeing with the labels, per kind, at least as many as measured when the weights
     * were fitted (docs/BENCHMARKS.md); one fewer allowed for floating-point differences between CPUs.
     */
    @ParameterizedTest
    @CsvSource({
            "labels-calibration.json, paraphrase, 24, 0",
            "labels-calibration.json, wrong-with-keywords, 21, 2",
            "labels-calibration.json, partial, 23, 31",
            "labels-calibration.json, keyword-rich, 24, 36",
            "labels-calibration.json, off-topic, 34, 34",
            "labels-heldout.json, paraphrase, 21, 1",
            "labels-heldout.json, wrong-with-keywords, 24, 3",
            "labels-heldout.json, partial, 29, 35",
            "labels-heldout.json, keyword-rich, 33, 40",
            "labels-heldout.json, off-topic, 36, 39"})
    void agreesWithTheHandLabelsPerKind(String file, String kind, int semanticAgreed, int rubricAgreed) throws Exception {
        List<BatchItem> items = BatchFile.read(Path.of(getClass().getResource("/evaluation/" + file).toURI()));
        Agreement semantic = new Agreement();
        Agreement keywords = new Agreement();
        for (BatchItem item : items) {
            if (!kind.equals(item.kind())) {
                continue;
            }
            Question q = BANK.apply(item.questionKey()).orElseThrow();
            semantic.add(kind, scorer.score(q, item.answer()).marks(), item.met());
            keywords.add(kind, new RubricScorer().score(q, item.answer()).marks(), item.met());
        }
        assertThat(semantic.rows().getFirst().agreed()).isGreaterThanOrEqualTo(semanticAgreed - 1);
        assertThat(keywords.rows().getFirst().agreed()).as("the keyword baseline").isEqualTo(rubricAgreed);
    }

    @Test
    void aWrongStatementInTheRightWordsIsNotAMatchAndSaysWhy() {
        Question q = BANK.apply("java-hashmap-internals-011").orElseThrow();
        RubricCriterion notThreadSafe = q.rubric().getLast();

        Evaluation wrong = scorer.score(q, "A HashMap is thread-safe, so no synchronisation is needed.");
        Evaluation right = scorer.score(q, "HashMap isn't safe to share between threads, so use ConcurrentHashMap when several"
                + " threads write to it.");

        CriterionMark w = wrong.marks().getLast();
        assertThat(w.criterion()).isEqualTo(notThreadSafe.criterion());
        assertThat(w.met()).isFalse();
        assertThat(w.evidence()).contains("contradicts it");
        assertThat(right.marks().getLast().met()).isTrue();
        assertThat(right.marks().getLast().evidence()).contains("use ConcurrentHashMap when several threads");
    }

    @Test
    void aParaphraseWithoutAnyKeywordMeetsTheCriterionWithItsSentenceAsEvidence() {
        Question q = BANK.apply("sql-where-having-001").orElseThrow();
        String answer = "The row filter is applied to each individual record first, before any aggregation happens."
                + " The other clause filters the aggregated buckets afterwards, for example keeping only customers"
                + " whose order tally exceeds five.";
        Evaluation e = scorer.score(q, answer);
        assertThat(new RubricScorer().score(q, answer).score()).as("no keyword in it").isZero();
        CriterionMark first = e.marks().getFirst();
        assertThat(first.met()).isTrue();
        assertThat(first.evidence()).contains("applied to each individual record first");
        assertThat(e.source()).isEqualTo(EvaluatorSource.SEMANTIC);
    }

    @Test
    void theSameAnswerGetsTheSameMarksEveryTime() {
        Question q = BANK.apply("java-equality-001").orElseThrow();
        String answer = "== checks whether two references point at the same object; equals compares what they hold.";
        Evaluation first = scorer.score(q, answer);
        for (int i = 0; i < 5; i++) {
            assertThat(scorer.score(q, answer)).isEqualTo(first);
        }
    }

    @Test
    void emptyForeignAndOtherScriptAnswersGetSensibleVerdictsWithoutCrashing() {
        Question q = BANK.apply("java-equality-001").orElseThrow();
        Evaluation empty = scorer.score(q, "   ");
        assertThat(empty.score()).isZero();
        assertThat(empty.marks()).allSatisfy(m -> assertThat(m.evidence()).isEqualTo("no answer was given"));

        Evaluation chinese = scorer.score(q, "双等号比较的是引用，equals 比较的是内容。");
        Evaluation cyrillic = scorer.score(q, "Оператор сравнивает ссылки, а метод сравнивает содержимое объектов.");
        Evaluation emoji = scorer.score(q, "🙂🙂🙂 ???");
        for (Evaluation e : List.of(chinese, cyrillic, emoji)) {
            assertThat(e.marks()).hasSize(3).allSatisfy(m -> assertThat(m.evidence()).isNotBlank());
            assertThat(e.score()).isBetween(0, 100);
        }
        assertThat(emoji.score()).as("nothing said").isZero();
    }

    @Test
    void aTwentyThousandCharacterAnswerIsScoredInBoundedTime() {
        Question q = BANK.apply("java-equality-001").orElseThrow();
        StringBuilder answer = new StringBuilder();
        int i = 0;
        while (answer.length() < 20_000) {
            answer.append("Sentence ").append(i++).append(" talks about the weather and the garden at some length. ");
        }
        answer.append("Finally: == compares references for objects, while equals() compares logical content.");
        // generous: a few hundred sentences would take seconds; the scorer keeps the relevant 48
        Evaluation e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> scorer.score(q, answer.toString()));
        assertThat(e.marks().getFirst().met()).isTrue();
        assertThat(e.marks().getFirst().evidence()).contains("== compares references");
    }

    @Test
    void withoutTheModelTheRubricScoresAndTheDetailSaysWhy() {
        SemanticModel broken = new SemanticModel(() -> {
            throw new IllegalStateException("no ONNX Runtime library for this platform");
        });
        HybridEvaluator evaluator = new HybridEvaluator(new RubricScorer(), broken, Optional.empty(),
                Duration.ofSeconds(60), java.time.Clock.systemUTC());
        Evaluation e = evaluator.evaluate(Questions.indexQuestion(), "An index is a B-tree.").toCompletableFuture().join();

        assertThat(e.source()).isEqualTo(EvaluatorSource.RUBRIC);
        assertThat(e.detail()).isEqualTo("semantic evaluator unavailable: no ONNX Runtime library for this platform");
        assertThat(evaluator.status().offline()).startsWith("semantic, unavailable: no ONNX Runtime library");
        evaluator.useSemantic(false);
        assertThat(evaluator.evaluate(Questions.indexQuestion(), "x").toCompletableFuture().join().detail())
                .isEqualTo(HybridEvaluator.NO_REMOTE);
    }

    @Test
    void theSentencesOfAnAnswerKeepCodeNumbersAndAbbreviationsWhole() {
        assertThat(com.interviewiq.engine.evaluation.semantic.Sentences.of(
                "Use a.equals(b), e.g. for strings. It costs 1.5 ms!\n- a bullet; and more"))
                .containsExactly("Use a.equals(b), e.g. for strings.", "It costs 1.5 ms!", "a bullet", "and more");
    }
}
