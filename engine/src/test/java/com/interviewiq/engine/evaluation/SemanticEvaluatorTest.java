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
            "labels-calibration.json, paraphrase, 30, 0",
            "labels-calibration.json, wrong-with-keywords, 22, 2",
            "labels-calibration.json, partial, 26, 31",
            "labels-calibration.json, keyword-rich, 31, 36",
            "labels-calibration.json, off-topic, 35, 34",
            "labels-heldout.json, paraphrase, 27, 1",
            "labels-heldout.json, wrong-with-keywords, 26, 3",
            "labels-heldout.json, partial, 31, 35",
            "labels-heldout.json, keyword-rich, 37, 40",
            "labels-heldout.json, off-topic, 39, 39"})
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
    void exampleAnswersTeachTheScorerAParaphraseItsTerseCriterionMisses() {
        Question bank = BANK.apply("algorithms-stack-queue-004").orElseThrow();
        RubricCriterion lifo = bank.rubric().getFirst();
        String answer = "Whatever went in most recently comes back out first, while the other hands items back in the order"
                + " they arrived, like people waiting in line.";
        // in words of its own: a criterion of the sample bank's text would borrow the bank's examples
        String terse = "Stack is LIFO, queue is FIFO";
        Question bare = withRubric(bank, List.of(new RubricCriterion(terse, lifo.weight(), lifo.keywords())));
        Question taught = withRubric(bank, List.of(new RubricCriterion(terse, lifo.weight(), lifo.keywords(),
                List.of("The item you put in last is the one you take out first, and the other gives them back in arrival"
                        + " order, like a line at a ticket counter."))));

        assertThat(scorer.score(bare, answer).marks().getFirst().met()).as("the criterion's words alone").isFalse();
        CriterionMark mark = scorer.score(taught, answer).marks().getFirst();
        assertThat(mark.met()).isTrue();
        assertThat(mark.evidence()).as("the evidence is the answer's sentence, not the example")
                .contains("went in most recently");
    }

    @Test
    void aBankImportedBeforeExamplesExistedBorrowsTheSampleBanksForUnchangedCriteria() {
        Question sample = BANK.apply("algorithms-stack-queue-004").orElseThrow();
        Question imported = withRubric(sample, sample.rubric().stream()
                .map(c -> new RubricCriterion(c.criterion(), c.weight(), c.keywords())).toList());
        String answer = "Whatever went in most recently comes back out first, while the other hands items back in the order"
                + " they arrived, like people waiting in line.";
        assertThat(imported.rubric()).allSatisfy(c -> assertThat(c.examples()).isEmpty());
        Evaluation e = scorer.score(imported, answer);
        assertThat(e.marks().getFirst().met()).as("the paraphrase meets the unchanged criterion").isTrue();
        assertThat(e.marks()).isEqualTo(scorer.score(sample, answer).marks());
    }

    @Test
    void aSentenceThatMakesAnotherCriterionsPointIsNoDenialOfThisOne() {
        Question q = BANK.apply("java-exceptions-checked-003").orElseThrow();
        String answer = "Checked exceptions have to be caught or declared with throws, and the compiler enforces that."
                + " Unchecked exceptions extend RuntimeException and don't need to be declared at all.";
        Evaluation e = scorer.score(q, answer);
        assertThat(e.marks().get(0).met()).as(e.marks().get(0).evidence()).isTrue();
        assertThat(e.marks().get(1).met()).as(e.marks().get(1).evidence()).isTrue();
        assertThat(e.marks()).noneMatch(m -> m.evidence().contains("contradicts it"));
    }

    private static Question withRubric(Question q, List<RubricCriterion> rubric) {
        return new Question(0, q.key(), q.category(), q.difficulty(), q.title(), q.prompt(), q.tags(), rubric,
                q.timeLimitSeconds(), q.status(), 0, null, null);
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
        // one point per sentence: a sentence that makes two criteria's points at once fits each less well
        answer.append("Finally: == compares references, so it tells whether both variables point to the same object.");
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
