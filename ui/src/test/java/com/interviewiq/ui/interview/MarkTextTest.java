package com.interviewiq.ui.interview;

import com.interviewiq.engine.evaluation.CriterionMark;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkTextTest {
    @Test
    void aMetCriterionShowsTheSentenceThatMetItAndAMissedOneWhyNot() {
        CriterionMark met = new CriterionMark("States the contract", 3, true, List.of(), "\u201cEqual objects need equal hashes.\u201d");
        CriterionMark missed = new CriterionMark("Warns about mutable keys", 1, false, List.of(),
                "closest: \u201cThe fix is Objects.hash.\u201d (similarity 0.32)");
        CriterionMark rubric = new CriterionMark("Names the B-tree", 1, true, List.of("b-tree"));

        assertThat(MarkText.verdict(met)).isEqualTo("✓ States the contract (weight 3)");
        assertThat(MarkText.evidence(met)).isEqualTo("said: \u201cEqual objects need equal hashes.\u201d");
        assertThat(MarkText.verdict(missed)).startsWith("✗ Warns about mutable keys");
        assertThat(MarkText.evidence(missed)).startsWith("closest: ");
        assertThat(MarkText.verdict(rubric)).isEqualTo("✓ Names the B-tree (weight 1): b-tree");
        assertThat(MarkText.evidence(rubric)).as("the rubric gives no evidence sentence").isEmpty();
    }
}
