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
        commands = new HistoryCommands(model, engine.sessions(), fx);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private void settle(BooleanSupplier condition) {
        fx.settle(condition);
    }

    private void search(long keep) {
        commands.search(keep, (list, k) -> {
            rows.clear();
            rows.addAll(list);
            kept.set(k);
        });
    }

    @Test
    void theFiltersNarrowTheHistoryAndARefusedFilterReadsNothing() {
        search(-1);
        settle(() -> rows.size() == 3);
        assertThat(commands.count().get()).isEqualTo(SessionsViewModel.countText(3));

        model.status().set(SessionStatus.PAUSED);
        search(-1);
        settle(() -> rows.isEmpty() && commands.count().get().equals(SessionsViewModel.countText(0)));

        model.status().set(null);
        model.minScore().set("lots");
        search(-1);
        assertThat(fx.waiting()).as("nothing asked of the engine").isZero();
        assertThat(model.error().get()).isNotBlank();
    }

    @Test
    void aReportIsShownWithTheRowKeptAndExportedPrivately() throws Exception {
        search(-1);
        settle(() -> rows.size() == 3);
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
    void nothingShownMeansNothingToExport() {
        commands.export(dataDir.resolve("report.md"));
        assertThat(commands.reportMessage().get()).isEqualTo("No report shown: select a session first.");
        assertThat(dataDir.resolve("report.md")).doesNotExist();
    }
}
