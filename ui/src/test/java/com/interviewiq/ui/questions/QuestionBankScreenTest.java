package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.questions.RubricCriterion;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Question bank screen on a real engine (temporary H2 file): filters, search and its shortcuts. */
class QuestionBankScreenTest extends BankScreenFixture {
    @Test
    void theShortcutsLeaveWithThePage() throws Exception {
        open();
        javafx.scene.Scene scene = fx(() -> screen.root().getScene());
        var ctrlN = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        var ctrlS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        assertThat(fx(() -> List.copyOf(scene.getAccelerators().keySet()))).contains(ctrlN, ctrlS);
        robot.interact(() -> scene.setRoot(new javafx.scene.layout.Pane())); // the shell shows another page
        assertThat(fx(() -> List.copyOf(scene.getAccelerators().keySet()))).doesNotContain(ctrlN, ctrlS);
        robot.interact(() -> scene.setRoot(screen.root()));
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#questionEditor").tryQuery().isPresent());
        // the key field has the focus: typing goes there; Esc closes the editor again
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> scene.getFocusOwner() != null
                && "editKey".equals(scene.getFocusOwner().getId())));
        robot.push(KeyCode.ESCAPE);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#questionEditor").tryQuery().isEmpty());
    }

    @Test
    void filtersNarrowTheTableAndTheCountSaysHowMany() throws Exception {
        loadSampleBank();
        open(50); // 162 questions come in four pages
        assertThat(fx(() -> table().getItems().stream().map(Question::id).distinct().count())).isEqualTo(162);
        String category = done(engine.questions().categories()).getFirst().category();
        long inCategory = done(engine.questions().search(new QuestionQuery(category, 2, null, null, null, 0, 10_000))).total();

        robot.interact(() -> {
            screen.model().category().set(category);
            screen.model().difficulty().set(2);
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(fx(() -> table().getItems())).hasSize((int) inCategory)
                    .allSatisfy(q -> assertThat(q.category() + q.difficulty()).isEqualTo(category + 2));
            assertThat(text("#bankCount")).isEqualTo(inCategory + " of 162 match");
        });
        // the category box shows the choice made through the model
        assertThat(fx(() -> node("#categoryFilter", ComboBox.class).getValue().toString())).startsWith(category + " (");

        robot.interact(() -> screen.model().status().set(QuestionStatus.DRAFT));
        robot.clickOn("#clearFilters");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(text("#bankCount")).isEqualTo("162 questions"));
        assertThat(fx(() -> table().getItems().size())).isEqualTo(162);
    }

    @Test
    void typingInTheSearchBoxFiltersAfterAPause() throws Exception {
        open();
        done(engine.questions().create(new QuestionDraft("s-1", "c", 1, "Hash maps", "Explain hashing.", List.of(),
                List.of(new RubricCriterion("x", 1, List.of("x"))), null, null)));
        done(engine.questions().create(new QuestionDraft("s-2", "c", 1, "Trees", "Explain balancing.", List.of(),
                List.of(new RubricCriterion("x", 1, List.of("x"))), null, null)));
        robot.interact(() -> screen.reload());
        await().atMost(Duration.ofSeconds(30)).until(() -> text("#bankCount").equals("2 questions"));
        robot.clickOn("#bankSearch").write("balanc");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(fx(() -> table().getItems().stream().map(Question::key).toList())).containsExactly("s-2");
            assertThat(text("#bankCount")).isEqualTo("1 of 2 match");
        });
    }
}
