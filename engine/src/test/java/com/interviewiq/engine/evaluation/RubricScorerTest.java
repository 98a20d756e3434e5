package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.RubricCriterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RubricScorerTest {
    private final RubricScorer scorer = new RubricScorer();
    private final Question question = Questions.indexQuestion(); // weights 2 + 1 + 2

    @ParameterizedTest(name = "[{0}] -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            An index is a lookup structure                           | 40  | YNN
            Indexes are usually B-Trees                              | 60  | YYN
            A balanced tree makes SLOWER WRITES                      | 60  | NYY
            INDEXING uses a btree and causes slower inserts          | 100 | YYY
            It costs more disk space                                 | 40  | NNY
            Tables have rows and columns                             | 0   | NNN
            An indexer daemon rebalances trees                       | 0   | NNN
            """)
    void scoresTheMetShareOfTheWeight(String answer, int score, String met) {
        Evaluation evaluation = scorer.score(question, answer);

        assertThat(evaluation.score()).isEqualTo(score);
        assertThat(evaluation.marks()).extracting(m -> m.met() ? 'Y' : 'N')
                .containsExactly(met.chars().mapToObj(c -> (char) c).toArray(Character[]::new));
        assertThat(evaluation.marks()).extracting(CriterionMark::criterion)
                .containsExactly("Explains what an index is", "Names the B-tree", "Mentions the write cost");
        assertThat(evaluation.marks()).extracting(CriterionMark::weight).containsExactly(2, 1, 2);
        assertThat(evaluation.source()).isEqualTo(EvaluatorSource.RUBRIC);
        assertThat(evaluation.source().label()).isEqualTo("rubric");
        assertThat(evaluation.detail()).isNull();
    }

    @ParameterizedTest(name = "{0} of 3 equal criteria -> {1}")
    @CsvSource({"0, 0", "1, 33", "2, 67", "3, 100"})
    void roundsToTheNearestWholeScore(int metCount, int score) {
        Question equal = Questions.question(new RubricCriterion("a", 1, List.of("alpha")),
                new RubricCriterion("b", 1, List.of("beta")), new RubricCriterion("c", 1, List.of("gamma")));
        String answer = String.join(" ", List.of("alpha", "beta", "gamma").subList(0, metCount));

        assertThat(scorer.score(equal, answer.isEmpty() ? "nothing" : answer).score()).isEqualTo(score);
    }

    @Test
    void marksListEveryMatchedKeywordAsWrittenInTheRubric() {
        Evaluation evaluation = scorer.score(question, "An index, i.e. a lookup structure, mostly b-trees.");

        assertThat(evaluation.marks().get(0).matched()).containsExactly("index", "lookup structure");
        assertThat(evaluation.marks().get(1).matched()).containsExactly("B-tree");
        assertThat(evaluation.marks().get(2).matched()).isEmpty();
    }

    @Test
    void feedbackNamesMetAndMissedCriteriaWithExamples() {
        Evaluation evaluation = scorer.score(question, "Indexes are usually B-Trees");

        assertThat(evaluation.feedback()).isEqualTo("""
                Met 2 of 3 criteria (score 60/100).
                Met: Explains what an index is (found 'index')
                Met: Names the B-tree (found 'B-tree')
                Missed: Mentions the write cost (expected e.g. 'write amplification', 'slower writes', 'slower inserts')""");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t "})
    void blankAnswerScoresZero(String answer) {
        Evaluation evaluation = scorer.score(question, answer);

        assertThat(evaluation.score()).isZero();
        assertThat(evaluation.marks()).hasSize(3).noneMatch(CriterionMark::met);
        assertThat(evaluation.feedback()).contains("No answer");
        assertThat(evaluation.source()).isEqualTo(EvaluatorSource.RUBRIC);
    }

    @Test
    void allCriteriaMetScoresHundred() {
        Evaluation evaluation = scorer.score(question,
                "A B-tree index gives fast lookups, at the price of write amplification.");

        assertThat(evaluation.score()).isEqualTo(100);
        assertThat(evaluation.feedback()).startsWith("Met 3 of 3 criteria (score 100/100).").doesNotContain("Missed");
    }

    @Test
    void sameAnswerAlwaysGetsTheSameEvaluation() {
        String answer = "An index is a balanced tree; inserts get slower writes.";
        Evaluation first = scorer.score(question, answer);

        assertThat(new RubricScorer().score(question, answer)).isEqualTo(first);
        assertThat(scorer.score(question, answer)).isEqualTo(first);
    }

    @Test
    void questionWithoutRubricScoresZeroAndSaysWhy() {
        Evaluation evaluation = scorer.score(Questions.question(), "Any answer at all");

        assertThat(evaluation.score()).isZero();
        assertThat(evaluation.marks()).isEmpty();
        assertThat(evaluation.feedback()).contains("no rubric");
    }
}
