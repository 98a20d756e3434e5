package com.interviewiq.ui.settings;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.ui.common.EngineRestart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settings → Data without a screen: each piece of work on a real H2 database ends in one sentence. */
class DataViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    private final AtomicReference<Engine> current = new AtomicReference<>();

    @AfterEach
    void close() {
        if (current.get() != null) {
            current.get().close();
        }
    }

    private static <T> T get(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(120, TimeUnit.SECONDS);
    }

    private int sessions() throws Exception {
        return get(current.get().sessions().list(new SessionFilter(null, null, null, null, null, 0, 1000))).size();
    }

    /** What the console does around a restore: close, work, start again on the same settings. */
    private final EngineRestart restart = work -> CompletableFuture.supplyAsync(() -> {
        Settings running = current.get().currentSettings();
        current.get().close();
        try {
            return work.call();
        } catch (Exception e) {
            throw new CompletionException(e);
        } finally {
            current.set(Engine.start(running));
        }
    });

    @Test
    void backUpExportRestoreAndImportEachSayWhatTheyDid() throws Exception {
        current.set(Engine.start(SettingsResolver.resolve(dataDir, Map.of(), Map.of(), Map.of())));
        get(current.get().transfer().importSampleBank());
        get(current.get().simulator().run(new SimulationOptions(3, 1, 4, List.of(), null, 2), (d, t) -> { }));
        DataViewModel model = new DataViewModel(current.get(), restart, ForkJoinPool.commonPool(), Runnable::run);
        assertThat(model.backupsSupported()).isTrue();

        String backedUp = get(model.backupNow());
        assertThat(backedUp).startsWith("Backed up to " + dataDir.resolve("backups")).endsWith(" bytes).");
        assertThat(model.status().get()).isEqualTo(backedUp);
        assertThat(model.busy().get()).isFalse();
        assertThat(get(model.refreshBackups())).hasSize(1);
        assertThat(model.backups()).hasSize(1);

        Path archive = elsewhere.resolve("all.json");
        assertThat(get(model.exportTo(archive))).startsWith("Exported 162 question(s), 3 session(s) and 12 answer(s) to " + archive);

        get(current.get().simulator().run(new SimulationOptions(2, 1, 4, List.of(), null, 3), (d, t) -> { }));
        assertThat(sessions()).isEqualTo(5);
        String restored = get(model.restore(model.backups().getFirst().path()));
        assertThat(restored).startsWith("Restored " + model.backups().getFirst().path().getFileName()
                + ": 3 session(s), 162 question(s). The database it replaced is kept as before-restore-");
        assertThat(sessions()).as("the engine came back on the backup").isEqualTo(3);

        DataViewModel after = new DataViewModel(current.get(), restart, ForkJoinPool.commonPool(), Runnable::run);
        assertThat(get(after.importFrom(archive, false)))
                .isEqualTo("Imported 0 question(s) (162 already there), 3 session(s) and 12 answer(s).");
        assertThat(sessions()).isEqualTo(6);

        Path missing = elsewhere.resolve("missing.json");
        assertThatThrownBy(() -> get(after.importFrom(missing, false)));
        assertThat(after.status().get()).isEqualTo(missing + " does not exist");
        assertThat(after.busy().get()).isFalse();
    }
}
