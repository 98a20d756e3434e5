package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.questions.RubricCriterion;
import com.interviewiq.engine.transfer.ImportFormat;
import com.interviewiq.engine.transfer.ParsedFile;
import com.interviewiq.engine.transfer.QuestionFileReader;
import com.interviewiq.engine.transfer.QuestionTransferService;
import com.interviewiq.engine.validation.FieldError;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Question bank screen on a real engine (temporary H2 file), driven by TestFX. */
class QuestionBankScreenTest extends BankScreenFixture {

    static String question(String key, Object difficulty, String title) {
        return """
                {"key": "%s", "category": "testing", "difficulty": %s, "title": "%s", "prompt": "Explain %s.",
                 "tags": ["unit"], "timeLimitSeconds": 120, "status": "ready",
                 "rubric": [{"criterion": "names the idea", "weight": 2, "keywords": ["idea"]}]}"""
                .formatted(key, difficulty, title, title);
    }

    static String bankFile(String... questions) {
        return "{\"format\": \"interviewiq-questions/1\", \"questions\": [" + String.join(",\n", questions) + "]}";
    }

    private Path write(String name, String content) throws Exception {
        Path file = dataDir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndListsTheRow() throws Exception {
        loadSampleBank();
        open();
        long before = done(engine.questions().count());
        Path file = write("three.json", bankFile(question("imp-1", 2, "First"), question("imp-2", 9, "Second"),
                question("imp-3", 3, "Third")));

        robot.interact(() -> screen.importFile(file));

        await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup("#importErrors").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<FieldError> errors = robot.lookup("#importErrors").queryAs(TableView.class);
        assertThat(fx(() -> List.copyOf(errors.getItems())))
                .containsExactly(new FieldError("questions[1]", "difficulty", "must be 1..5, got 9"));
        assertThat(text("#importErrorFile")).contains("three.json").contains("Nothing was imported");
        // the rendered cells show the same three things
        assertThat(robot.lookup("#importErrors .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(c -> c.getText() == null ? "" : c.getText())
                .contains("questions[1]", "difficulty", "must be 1..5, got 9");
        assertThat(done(engine.questions().count())).isEqualTo(before);
        assertThat(text("#bankStatus")).startsWith("Nothing imported from three.json");
        robot.clickOn("#closeImportErrors");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#importErrors").tryQuery().isEmpty());
    }

    @Test
    void aGoodFileImportsAndTheTableShowsTheRows() throws Exception {
        open();
        // a CSV with two questions, under the header an export writes
        Path file = write("good.csv", QuestionTransferService.toCsv(List.of())
                + "csv-1,testing,2,CSV first,Explain one.,unit;csv,120,ready,\"[{\"\"criterion\"\":\"\"a\"\",\"\"weight\"\":1,\"\"keywords\"\":[\"\"x\"\"]}]\"\r\n"
                + "csv-2,testing,4,CSV second,Explain two.,unit,300,draft,\"[{\"\"criterion\"\":\"\"b\"\",\"\"weight\"\":3,\"\"keywords\"\":[\"\"y\"\"]}]\"\r\n");

        robot.interact(() -> screen.importFile(file));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(fx(() -> table().getItems().stream().map(Question::key).toList())).containsExactly("csv-1", "csv-2"));
        assertThat(text("#bankStatus")).startsWith("Imported 2, updated 0, skipped 0");
        assertThat(text("#bankCount")).isEqualTo("2 questions");

        // again with "update existing": the same keys are replaced, not added
        robot.interact(() -> node("#importUpdate", javafx.scene.control.CheckBox.class).setSelected(true));
        robot.interact(() -> screen.importFile(file));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(text("#bankStatus")).startsWith("Imported 0, updated 2, skipped 0"));
        assertThat(done(engine.questions().count())).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotAQuestionFileGetsOneClearMessage() throws Exception {
        open();
        Path file = write("notes.json", "these are not questions");
        robot.interact(() -> screen.importFile(file));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(text("#bankStatus")).startsWith("Cannot import notes.json:").contains("is not valid JSON"));
        assertThat(robot.lookup("#importErrors").tryQuery()).isEmpty();
        assertThat(done(engine.questions().count())).isZero();
    }

    @Test
    void editingAndSavingStoresTheNewContentAndVersion() throws Exception {
        loadSampleBank();
        open();
        Question original = done(engine.questions().search(QuestionQuery.all())).items().get(5);
        selectKey(original.key());
        robot.push(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#questionEditor").tryQuery().isPresent());
        assertThat(fx(() -> node("#editTitle", TextField.class).getText())).isEqualTo(original.title());

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
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> robot.lookup("#editorConflict").query().isVisible()));
        assertThat(text("#conflictMessage")).contains("Someone else saved this question").contains("now version "
                + (original.version() + 1));
        assertThat(done(engine.questions().find(original.id())).orElseThrow().title()).isEqualTo("Their title");

        robot.clickOn("#reloadQuestion");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(fx(() -> node("#editTitle", TextField.class).getText())).isEqualTo("Their title");
            assertThat(text("#editorHeading")).endsWith("(version " + (original.version() + 1) + ")");
        });
        assertThat(fx(() -> robot.lookup("#editorConflict").query().isVisible())).isFalse();
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

    @Test
    void theEmptyBankOffersTheSampleBank() throws Exception {
        open();
        assertThat(fx(() -> robot.lookup("#emptyBank").query().isVisible())).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(fx(() -> node("#loadSample", Button.class).getText())).isEqualTo("Load sample bank (162 questions)"));
        robot.clickOn("#loadSample");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(fx(() -> table().getItems().size())).isEqualTo(162);
            assertThat(text("#bankCount")).isEqualTo("162 questions");
        });
        assertThat(done(engine.questions().count())).isEqualTo(162);
        assertThat(fx(() -> robot.lookup("#emptyBank").query().isVisible())).isFalse();
        assertThat(fx(() -> node("#categoryFilter", ComboBox.class).getItems().size())).isGreaterThan(2);
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
    void exportWritesTheFilteredQuestionsAsJsonOrCsv() throws Exception {
        loadSampleBank();
        open();
        String category = done(engine.questions().categories()).getFirst().category();
        robot.interact(() -> screen.model().category().set(category));
        await().atMost(Duration.ofSeconds(30)).until(() -> text("#bankCount").endsWith("of 162 match"));
        int shown = fx(() -> table().getItems().size());

        Path csv = dataDir.resolve("out.csv");
        robot.interact(() -> screen.exportTo(csv));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(text("#bankStatus")).isEqualTo("Exported " + shown + " questions (CSV) to " + csv + "."));
        ParsedFile back = QuestionFileReader.read(csv, ImportFormat.CSV);
        assertThat(back.errors()).isEmpty();
        assertThat(back.rows()).hasSize(shown).allSatisfy(r -> assertThat(r.draft().category()).isEqualTo(category));

        Path json = dataDir.resolve("out.json");
        robot.interact(() -> screen.exportTo(json));
        await().atMost(Duration.ofSeconds(30)).until(() -> text("#bankStatus").contains("(JSON) to " + json));
        assertThat(QuestionFileReader.read(json, ImportFormat.JSON).rows()).hasSize(shown);
        assertThat(BankFiles.withExtension(dataDir.resolve("plain"), ".csv").getFileName().toString())
                .isEqualTo("plain.csv");
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
