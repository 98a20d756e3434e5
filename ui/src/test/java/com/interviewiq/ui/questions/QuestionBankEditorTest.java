package com.interviewiq.ui.questions;

import com.interviewiq.ui.common.FxScene;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.questions.RubricCriterion;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Editing in the Question bank on a real engine (temporary H2 file): save, errors, rubric, copies, conflicts. */
class QuestionBankEditorTest extends BankScreenFixture {
    @Test
    void editingAndSavingStoresTheNewContentAndVersion() throws Exception {
        loadSampleBank();
        open();
        Question original = done(engine.questions().search(QuestionQuery.all())).items().get(5);
        selectKey(original.key());
        robot.push(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#questionEditor").tryQuery().isPresent());
        assertThat(fx(() -> node("#editTitle", TextField.class).getText())).isEqualTo(original.title());
        assertThat(fx(() -> tagsColumnShown())).as("the editor shows the tags; the table makes room").isFalse();

        robot.interact(() -> {
            node("#editTitle", TextField.class).setText("A clearer title");
            node("#editTags", TextField.class).setText("alpha, beta");
        });
        robot.push(KeyCode.SHORTCUT, KeyCode.S);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Question saved = done(engine.questions().find(original.id())).orElseThrow();
            assertThat(saved.title()).isEqualTo("A clearer title");
            assertThat(saved.tags()).containsExactly("alpha", "beta");
            assertThat(saved.version()).isEqualTo(original.version() + 1);
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(text("#editorHeading")).isEqualTo("Edit " + original.key() + " (version " + (original.version() + 1) + ")");
            assertThat(fx(() -> table().getItems().stream().filter(q -> q.id() == original.id()).findFirst().orElseThrow().title()))
                    .isEqualTo("A clearer title");
        });
        robot.push(KeyCode.ESCAPE);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#questionEditor").tryQuery().isEmpty());
        assertThat(fx(() -> tagsColumnShown())).isTrue();
    }

    private boolean tagsColumnShown() {
        return table().getColumns().stream().filter(c -> "colTags".equals(c.getId())).findFirst().orElseThrow().isVisible();
    }

    @Test
    void invalidValuesAreShownBesideTheirFieldsAndNothingIsSaved() throws Exception {
        loadSampleBank();
        open();
        Question original = done(engine.questions().search(QuestionQuery.all())).items().getFirst();
        selectKey(original.key());
        robot.clickOn("#editQuestion");
        robot.interact(() -> {
            node("#editTitle", TextField.class).setText("   ");
            node("#editDifficulty", TextField.class).setText("9");
        });
        robot.clickOn("#saveQuestion");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(text("#error-title")).isEqualTo("Title is required");
            assertThat(text("#error-difficulty")).isEqualTo("Difficulty must be 1..5, got 9");
        });
        assertThat(fx(() -> node("#error-title", Label.class).isVisible())).isTrue();
        assertThat(fx(() -> node("#error-key", Label.class).isVisible())).isFalse();
        assertThat(text("#editorMessage")).startsWith("Not saved");
        Question stored = done(engine.questions().find(original.id())).orElseThrow();
        assertThat(stored.version()).isEqualTo(original.version());
        assertThat(stored.title()).isEqualTo(original.title());

        // text that is no number is caught before the engine, with the other fields' problems
        robot.interact(() -> node("#editDifficulty", TextField.class).setText("hard"));
        robot.clickOn("#saveQuestion");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(text("#error-difficulty")).isEqualTo("Difficulty must be a whole number 1..5, got 'hard'");
            assertThat(text("#error-title")).isEqualTo("Title is required");
        });

        // fixed, it saves and the errors go away
        robot.interact(() -> {
            node("#editTitle", TextField.class).setText("Fixed");
            node("#editDifficulty", TextField.class).setText("4");
        });
        robot.clickOn("#saveQuestion");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                done(engine.questions().find(original.id())).orElseThrow().version() == original.version() + 1);
        assertThat(fx(() -> node("#error-title", Label.class).isVisible())).isFalse();
    }

    @Test
    void rubricRowsAddedRemovedAndMovedAreSavedInThatOrder() throws Exception {
        open();
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#questionEditor").tryQuery().isPresent());
        assertThat(text("#editorHeading")).isEqualTo("New question");
        robot.interact(() -> {
            node("#editKey", TextField.class).setText("rubric-order");
            node("#editCategory", TextField.class).setText("design");
            node("#editTitle", TextField.class).setText("Rubric order");
            node("#editPrompt", javafx.scene.control.TextArea.class).setText("Design a cache.");
            node("#criterion-0", TextField.class).setText("Alpha");
            node("#keywords-0", TextField.class).setText("a1, a2");
        });
        robot.clickOn("#addCriterion");
        robot.clickOn("#addCriterion");
        robot.interact(() -> {
            node("#criterion-1", TextField.class).setText("Beta");
            node("#keywords-1", TextField.class).setText("b");
            node("#criterion-2", TextField.class).setText("Gamma");
            node("#weight-2", TextField.class).setText("5");
            node("#keywords-2", TextField.class).setText("g");
        });
        assertThat(fx(() -> node("#rubricRows", VBox.class).getChildren().size())).isEqualTo(3);
        // fired rather than clicked: rows are rebuilt on every change and may still be laying out
        robot.interact(() -> node("#removeCriterion-1", Button.class).fire());   // Alpha, Gamma
        robot.interact(() -> node("#moveUp-1", Button.class).fire());            // Gamma, Alpha
        assertThat(fx(() -> node("#criterion-0", TextField.class).getText())).isEqualTo("Gamma");
        assertThat(fx(() -> node("#moveUp-0", Button.class).isDisabled())).isTrue();
        robot.push(KeyCode.SHORTCUT, KeyCode.S);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                done(engine.questions().findByKey("rubric-order"))).hasValueSatisfying(q -> assertThat(q.rubric())
                .containsExactly(new RubricCriterion("Gamma", 5, List.of("g")),
                        new RubricCriterion("Alpha", 1, List.of("a1", "a2")))));
        // then moved down again in the editor and saved over the new version
        robot.interact(() -> node("#moveDown-0", Button.class).fire());
        robot.clickOn("#saveQuestion");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                done(engine.questions().findByKey("rubric-order"))).hasValueSatisfying(q -> {
            assertThat(q.rubric()).extracting(RubricCriterion::criterion).containsExactly("Alpha", "Gamma");
            assertThat(q.version()).isEqualTo(2);
        }));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(text("#bankCount")).isEqualTo("1 question"));
    }

    @Test
    void duplicateOpensAnUnsavedCopyAndDeleteAsksFirst() throws Exception {
        loadSampleBank();
        open();
        Question original = done(engine.questions().search(QuestionQuery.all())).items().get(2);
        selectKey(original.key());
        robot.clickOn("#duplicateQuestion");
        String copyKey = original.key() + "-copy";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(fx(() -> node("#editKey", TextField.class).getText())).isEqualTo(copyKey));
        assertThat(fx(() -> node("#editTitle", TextField.class).getText())).isEqualTo(original.title() + " (copy)");
        assertThat(text("#editorHeading")).isEqualTo("New question");
        assertThat(done(engine.questions().findByKey(copyKey))).isEmpty();
        robot.clickOn("#saveQuestion");
        await().atMost(Duration.ofSeconds(30)).until(() -> done(engine.questions().findByKey(copyKey)).isPresent());
        Question copy = done(engine.questions().findByKey(copyKey)).orElseThrow();
        assertThat(copy.rubric()).isEqualTo(original.rubric());
        assertThat(copy.prompt()).isEqualTo(original.prompt());

        // the first copy key is taken now
        selectKey(original.key());
        robot.clickOn("#duplicateQuestion");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(fx(() -> node("#editKey", TextField.class).getText())).isEqualTo(original.key() + "-copy-2"));
        // an unsaved copy is not dropped without asking
        robot.clickOn("#closeEditor");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#confirmDiscard").tryQuery().isPresent());
        robot.clickOn("#confirmDiscard");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#questionEditor").tryQuery().isEmpty());
        assertThat(done(engine.questions().findByKey(original.key() + "-copy-2"))).isEmpty();

        // Delete key on the table: cancel keeps it, confirm removes it
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() ->
                table().getItems().stream().anyMatch(q -> q.key().equals(copyKey))));
        selectKey(copyKey);
        robot.push(KeyCode.DELETE);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#cancelDelete").tryQuery().isPresent());
        robot.clickOn("#cancelDelete");
        assertThat(done(engine.questions().findByKey(copyKey))).isPresent();

        selectKey(copyKey);
        robot.push(KeyCode.DELETE);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#confirmDelete").tryQuery().isPresent());
        robot.clickOn("#confirmDelete");
        await().atMost(Duration.ofSeconds(30)).until(() -> done(engine.questions().findByKey(copyKey)).isEmpty());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(fx(() -> table().getItems().stream().noneMatch(q -> q.key().equals(copyKey)))).isTrue();
            assertThat(text("#bankStatus")).isEqualTo("Deleted " + copyKey + ".");
        });
    }

    @Test
    void unsavedEditsAreKeptUnlessTheUserAgreesToDiscardThem() throws Exception {
        loadSampleBank();
        open();
        Question original = done(engine.questions().search(QuestionQuery.all())).items().get(3);
        selectKey(original.key());
        robot.push(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#questionEditor").tryQuery().isPresent());
        robot.interact(() -> node("#editTitle", TextField.class).setText("A better title"));
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#cancelDiscard").tryQuery().isPresent());
        robot.clickOn("#cancelDiscard");
        assertThat(fx(() -> node("#editTitle", TextField.class).getText())).isEqualTo("A better title");

        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#confirmDiscard").tryQuery().isPresent());
        robot.clickOn("#confirmDiscard");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(fx(() -> node("#editTitle", TextField.class).getText())).isEmpty());
        assertThat(done(engine.questions().find(original.id())).orElseThrow().title()).isEqualTo(original.title());
    }

    @Test
    void someoneElsesSaveIsAConflictThatOffersReload() throws Exception {
        loadSampleBank();
        open();
        Question original = done(engine.questions().search(QuestionQuery.all())).items().get(7);
        selectKey(original.key());
        robot.push(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#questionEditor").tryQuery().isPresent());
        // another console saves first
        done(engine.questions().update(original.id(), original.version(), original.toDraft().withTitle("Their title")));

        robot.interact(() -> node("#editTitle", TextField.class).setText("My title"));
        robot.clickOn("#saveQuestion");
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> FxScene.visible(robot, "#editorConflict")));
        assertThat(text("#conflictMessage")).contains("Someone else saved this question").contains("now version "
                + (original.version() + 1));
        assertThat(done(engine.questions().find(original.id())).orElseThrow().title()).isEqualTo("Their title");

        robot.clickOn("#reloadQuestion");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(fx(() -> node("#editTitle", TextField.class).getText())).isEqualTo("Their title");
            assertThat(text("#editorHeading")).endsWith("(version " + (original.version() + 1) + ")");
        });
        assertThat(fx(() -> FxScene.visible(robot, "#editorConflict"))).isFalse();
    }

    @Test
    void aKeyThatIsTakenIsShownAtTheKeyField() throws Exception {
        loadSampleBank();
        open();
        String taken = done(engine.questions().search(QuestionQuery.all())).items().getFirst().key();
        robot.clickOn("#newQuestion");
        robot.interact(() -> {
            node("#editKey", TextField.class).setText(taken);
            node("#editCategory", TextField.class).setText("x");
            node("#editTitle", TextField.class).setText("x");
            node("#editPrompt", javafx.scene.control.TextArea.class).setText("x");
            node("#criterion-0", TextField.class).setText("x");
            node("#keywords-0", TextField.class).setText("x");
        });
        long before = done(engine.questions().count());
        robot.clickOn("#saveQuestion");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(text("#error-key")).isEqualTo("Key: a question with key '" + taken + "' already exists"));
        assertThat(done(engine.questions().count())).isEqualTo(before);
    }
}
