package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.questions.RubricCriterion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The table's view model without a screen. */
class QuestionBankViewModelTest {
    private static Question q(long id) {
        return new Question(id, "k" + id, "c", 1, "t", "p", List.of(), List.of(new RubricCriterion("x", 1, List.of("x"))),
                300, QuestionStatus.READY, 1, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void blankFieldsMeanAnyAndTheRestIsTrimmed() {
        QuestionBankViewModel m = new QuestionBankViewModel();
        assertThat(m.query()).isEqualTo(QuestionQuery.all());
        assertThat(m.filtered()).isFalse();
        m.text().set("  hash map ");
        m.tag().set("  ");
        m.category().set("backend");
        m.difficulty().set(3);
        m.status().set(QuestionStatus.DRAFT);
        assertThat(m.query()).isEqualTo(new QuestionQuery("backend", 3, null, QuestionStatus.DRAFT, "hash map", 0,
                QuestionQuery.MAX_LIMIT));
        assertThat(m.filtered()).isTrue();
        m.clearFilters();
        assertThat(m.query()).isEqualTo(QuestionQuery.all());
    }

    @Test
    void theCountSaysAllOrHowManyMatch() {
        assertThat(QuestionBankViewModel.countText(162, 162, false)).isEqualTo("162 questions");
        assertThat(QuestionBankViewModel.countText(1, 1, false)).isEqualTo("1 question");
        assertThat(QuestionBankViewModel.countText(12, 162, true)).isEqualTo("12 of 162 match");
        assertThat(QuestionBankViewModel.countText(0, 10_000, true)).isEqualTo("0 of 10,000 match");
    }

    @Test
    void anOlderLoadNeverReplacesANewerOne() {
        QuestionBankViewModel m = new QuestionBankViewModel();
        int first = m.beginLoad();
        int second = m.beginLoad();
        assertThat(m.show(second, List.of(q(1), q(2)), 2, false)).isTrue();
        assertThat(m.show(first, List.of(q(3)), 9, false)).isFalse();
        assertThat(m.rows()).extracting(Question::id).containsExactly(1L, 2L);
        assertThat(m.countText().get()).isEqualTo("2 questions");
        assertThat(m.loading().get()).isFalse();
    }

    @Test
    void emptyMeansTheWholeBankNotTheFilter() {
        QuestionBankViewModel m = new QuestionBankViewModel();
        m.show(m.beginLoad(), List.of(), 5, true);
        assertThat(m.bankEmpty().get()).isFalse();
        m.show(m.beginLoad(), List.of(), 0, false);
        assertThat(m.bankEmpty().get()).isTrue();
    }
}
