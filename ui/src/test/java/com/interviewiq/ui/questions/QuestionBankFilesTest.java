package com.interviewiq.ui.questions;

import com.interviewiq.ui.common.FxScene;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.transfer.ImportFormat;
import com.interviewiq.engine.transfer.ParsedFile;
import com.interviewiq.engine.transfer.QuestionFileReader;
import com.interviewiq.engine.transfer.QuestionTransferService;
import com.interviewiq.engine.validation.FieldError;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Question bank's files on a real engine (temporary H2 file): import, export, the sample bank. */
class QuestionBankFilesTest extends BankScreenFixture {

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
        assertThat(FxScene.read(() -> robot.lookup("#importErrors .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().map(c -> c.getText() == null ? "" : c.getText()).toList()))
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
    void theEmptyBankOffersTheSampleBank() throws Exception {
        open();
        assertThat(fx(() -> FxScene.visible(robot, "#emptyBank"))).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(fx(() -> node("#loadSample", Button.class).getText())).isEqualTo("Load sample bank (162 questions)"));
        robot.clickOn("#loadSample");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(fx(() -> table().getItems().size())).isEqualTo(162);
            assertThat(text("#bankCount")).isEqualTo("162 questions");
        });
        assertThat(done(engine.questions().count())).isEqualTo(162);
        assertThat(fx(() -> FxScene.visible(robot, "#emptyBank"))).isFalse();
        assertThat(fx(() -> node("#categoryFilter", ComboBox.class).getItems().size())).isGreaterThan(2);
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
}
