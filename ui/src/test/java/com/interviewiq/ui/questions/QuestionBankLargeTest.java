package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.questions.RubricCriterion;
import com.interviewiq.engine.transfer.ImportReport;
import com.interviewiq.engine.transfer.ParsedFile;
import com.interviewiq.engine.transfer.ParsedRow;
import com.interviewiq.engine.transfer.Progress;
import javafx.application.Platform;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 10,000 questions through the real service: the table holds them all and the FX thread keeps answering. */
class QuestionBankLargeTest extends BankScreenFixture {
    private static final int N = 10_000;

    private static String n(int i) {
        return String.format(Locale.ROOT, "%05d", i);
    }

    @Test
    void tenThousandQuestionsScrollSortAndFilter() throws Exception {
        List<ParsedRow> rows = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            // titles run the other way round from the keys, so sorting by title visibly reorders
            rows.add(new ParsedRow("questions[" + i + "]", new QuestionDraft("gen-" + n(i), "cat-" + (i % 7), 1 + i % 5,
                    "Generated question " + n(N - 1 - i), "Prompt number " + n(i) + ".", List.of("t" + (i % 3)),
                    List.of(new RubricCriterion("covers it", 1, List.of("it"))), 60, QuestionStatus.READY)));
        }
        ImportReport report = done(engine.transfer().importRows(new ParsedFile(rows, List.of()), false, false, Progress.NONE));
        assertThat(report.imported()).isEqualTo(N);

        open();
        TableView<Question> table = table();
        assertThat(fx(() -> table.getItems().size())).isEqualTo(N);
        assertThat(text("#bankCount")).isEqualTo("10,000 questions");
        assertResponsive();

        // scroll to the very end: the last row is laid out with its item
        robot.interact(() -> table.scrollTo(N - 1));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(fx(() ->
                robot.lookup("#questionTable .table-row-cell").queryAllAs(TableRow.class).stream()
                        .filter(r -> r.getIndex() == N - 1 && r.getItem() != null)
                        .map(r -> ((Question) r.getItem()).key()).toList())).containsExactly("gen-" + n(N - 1)));

        // sort by clicking the Title header: the last key has the first title
        robot.clickOn(robot.lookup("#questionTable .column-header").lookup((javafx.scene.Node h) -> h.getId() != null
                && h.getId().equals("colTitle")).queryAs(javafx.scene.Node.class));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(fx(() -> table.getItems().getFirst().key()))
                .isEqualTo("gen-" + n(N - 1)));
        assertResponsive();
        assertThat(fx(() -> table.getItems().size())).isEqualTo(N);

        // filter by text: one match, still sorted by title
        robot.clickOn("#bankSearch").write("number 04242");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(fx(() -> table.getItems().stream().map(Question::key).toList())).containsExactly("gen-04242");
            assertThat(text("#bankCount")).isEqualTo("1 of 10,000 match");
        });
        robot.interact(() -> screen.model().text().set("question 0999")); // titles 09990..09999
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(fx(() ->
                table.getItems().stream().map(Question::title).toList())).hasSize(10).first()
                .isEqualTo("Generated question 09990"));
        robot.interact(() -> screen.model().clearFilters());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(text("#bankCount")).isEqualTo("10,000 questions"));
        assertResponsive();
    }

    /** A runnable posted now runs soon: nothing holds the FX thread. */
    private static void assertResponsive() {
        CountDownLatch ran = new CountDownLatch(1);
        Platform.runLater(ran::countDown);
        await().atMost(Duration.ofSeconds(10)).until(() -> ran.getCount() == 0);
    }
}
