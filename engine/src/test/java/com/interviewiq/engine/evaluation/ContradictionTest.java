package com.interviewiq.engine.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The word rules alone (every aligned clause pair counts as about the same thing). */
class ContradictionTest {
    @Test
    void aNegationOfTheOtherTextsClaimContradicts() {
        assertThat(Contradiction.between("Requires sorted input", "Binary search does not require sorted input."))
                .contains("denies what the criterion asserts");
        assertThat(Contradiction.between("HashMap is not thread-safe", "A HashMap is thread-safe.")).isNotNull();
    }

    @Test
    void aNegatedTermBothTextsUseIsNoDenial() {
        // "no preemption" is one of the Coffman conditions, not a denial of them
        assertThat(Contradiction.between("Coffman conditions: mutual exclusion, hold and wait, no preemption, circular wait",
                "It needs all four: mutual exclusion, hold and wait, no preemption and circular wait.")).isNull();
        // one word family: "need no declaration" and "don't need to be declared"
        assertThat(Contradiction.between("Unchecked exceptions extend RuntimeException (or Error) and need no declaration",
                "Unchecked exceptions extend RuntimeException and don't need to be declared at all.")).isNull();
    }

    @Test
    void anOppositeWordContradicts() {
        assertThat(Contradiction.between("Orders by the average descending", "Ascending order puts the highest average first."))
                .isEqualTo("'ascending' where the criterion says 'descending'");
    }
}
