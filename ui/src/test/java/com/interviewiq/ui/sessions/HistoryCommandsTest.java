package com.interviewiq.ui.sessions;

import com.interviewiq.ui.common.QueuedFxThread;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.sessions.SessionStatus;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.engine.simulate.SimulationOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The history's commands on a real engine (temporary H2 file), without a screen. */
class HistoryCommandsTest {
    @TempDir
    Path dataDir;
    private Engine engine;
    private final QueuedFxThread fx = new QueuedFxThread();
    private final SessionsViewModel model = new SessionsViewModel(ZoneOffset.UTC);
    private HistoryCommands commands;
    private final List<SessionSummary> rows = new ArrayList<>();
    private final AtomicLong kept = new AtomicLong(Long.MIN_VALUE);

    @BeforeEach
    void open() throws Exception {
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(), Map.of(), Map.of()));
        engine.transfer().importSampleBank().toCompletableFuture().get(60, TimeUnit.SECONDS);
        engine.simulator().run(new SimulationOptions(3, 1, 2, List.of(), null, 7), (d, t) -> { })
                .toCompletableFuture().get(60, TimeUnit.SECONDS);
        // two a page: three sessions make two pages
        commands = new HistoryCommands(model, engine.sessions(), engine.answerExport(), fx, 2);
        commands.showWith((list, k) -> {
            rows.clear();
            rows.addAll(list);
            kept.set(k);
        });
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private void settle(BooleanSupplier condition) {
        fx.settle(condition);
    }

    private void search(long keep) {
        commands.search(keep);
    }

    private String count() {
        return commands.pager().countText().get();
    }

    @Test
    void theFiltersNarrowTheHistoryAndARefusedFilterReadsNothing() {
        search(-1);
        settle(() -> rows.size() == 2);
        assertThat(count()).isEqualTo("3 sessions match");
        assertThat(commands.pager().pageText().get()).isEqualTo("Page 1 of 2");

        model.status().set(SessionStatus.PAUSED);
        search(-1);
        settle(() -> rows.isEmpty() && count().equals("No sessions match"));
        assertThat(commands.pager().pageText().get()).isEqualTo("Page 1 of 1");

        model.status().set(null);
        model.minScore().set("lots");
        search(-1);
        assertThat(fx.waiting()).as("nothing asked of the engine").isZero();
        assertThat(model.error().get()).isNotBlank();
    }

    @Test
    void aReportIsShownWithTheRowKeptAndExportedPrivately() throws Exception {
        search(-1);
        settle(() -> rows.size() == 2);
        long id = rows.get(1).id();
        commands.loadReport(id);
        assertThat(commands.reportMessage().get()).isEqualTo("Loading report #" + id + "…");
        search(id);
        settle(() -> commands.shown().get() != null && kept.get() == id);
        assertThat(commands.shown().get().sessionId()).isEqualTo(id);
        assertThat(commands.reportMessage().get()).isEmpty();

        Path md = dataDir.resolve("out").resolve("report.md");
        Files.createDirectories(md.getParent());
        commands.export(md);
        settle(() -> commands.reportMessage().get().startsWith("Saved"));
        assertThat(Files.readString(md)).startsWith("# Interview report: ");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(md))).isEqualTo("rw-------");

        commands.loadReport(999_999);
        settle(() -> commands.reportMessage().get().startsWith("Cannot read report #999999"));
        assertThat(commands.shown().get().sessionId()).as("the shown report stays").isEqualTo(id);
    }

    @Test
    void pagesFollowOneAnotherAndAHeaderClickSortsEveryMatch() {
        List<Long> newestFirst = new ArrayList<>();
        search(-1);
        settle(() -> rows.size() == 2 && !commands.pager().loading().get());
        assertThat(commands.pager().hasPrevious().get()).isFalse();
        assertThat(commands.pager().hasNext().get()).isTrue();
        rows.forEach(r -> newestFirst.add(r.id()));

        commands.nextPage();
        assertThat(commands.pager().loading().get()).as("loading until the engine answers").isTrue();
        assertThat(commands.pager().pageText().get()).isEqualTo("Loading page 2…");
        settle(() -> rows.size() == 1 && !commands.pager().loading().get());
        rows.forEach(r -> newestFirst.add(r.id()));
        assertThat(commands.pager().pageText().get()).isEqualTo("Page 2 of 2");
        assertThat(commands.pager().hasNext().get()).isFalse();
        assertThat(newestFirst).doesNotHaveDuplicates().hasSize(3);

        commands.sortBy(com.interviewiq.engine.sessions.SessionSort.ID, false);
        settle(() -> !commands.pager().loading().get());
        assertThat(rows).extracting(SessionSummary::id)
                .containsExactlyElementsOf(newestFirst.stream().sorted().limit(2).toList());
        assertThat(commands.pager().pageText().get()).as("a new order starts at the first page").isEqualTo("Page 1 of 2");
        commands.lastPage();
        settle(() -> commands.pager().pageText().get().equals("Page 2 of 2"));
        assertThat(rows).extracting(SessionSummary::id).containsExactly(newestFirst.stream().max(Long::compare).orElseThrow());
    }

    @Test
    void exportAnswersWritesEveryMatchingSessionPrivatelyAndSaysHowMany() throws Exception {
        long answers = QueuedFxThread.done(engine.sessions().page(com.interviewiq.engine.sessions.SessionQuery
                .firstPage(model.filter(), 10))).items().stream().mapToLong(SessionSummary::answered).sum();
        Path csv = dataDir.resolve("answers.csv");
        commands.exportAnswers(csv);
        assertThat(commands.message().get()).isEqualTo("Exporting answers to answers.csv…");
        settle(() -> commands.message().get().startsWith("Exported"));
        assertThat(commands.message().get()).isEqualTo("Exported " + answers + " answer(s) of 3 session(s) to " + csv);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo("rw-------");
        assertThat(com.interviewiq.engine.transfer.Csv.parse(Files.readString(csv))).hasSize((int) answers + 1);

        Path json = dataDir.resolve("answers.json");
        model.candidate().set("nobody");
        commands.exportAnswers(json);
        settle(() -> commands.message().get().startsWith("Exported"));
        assertThat(Files.readString(json).strip()).isEqualTo("[]");

        Files.writeString(dataDir.resolve("plain-file"), "x");
        commands.exportAnswers(dataDir.resolve("plain-file").resolve("answers.csv"));
        settle(() -> commands.message().get().startsWith("Cannot export the answers: "));

        model.minScore().set("lots");
        commands.exportAnswers(csv);
        assertThat(fx.waiting()).as("a refused filter exports nothing").isZero();
        assertThat(model.error().get()).startsWith("Min score:");
    }

    @Test
    void nothingShownMeansNothingToExport() {
        commands.export(dataDir.resolve("report.md"));
        assertThat(commands.reportMessage().get()).isEqualTo("No report shown: select a session first.");
        assertThat(dataDir.resolve("report.md")).doesNotExist();
    }
}
