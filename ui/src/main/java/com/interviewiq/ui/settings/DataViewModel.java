package com.interviewiq.ui.settings;

import com.interviewiq.ui.common.FxThread;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.data.BackupFile;
import com.interviewiq.engine.data.Backups;
import com.interviewiq.engine.data.Restore;
import com.interviewiq.ui.common.EngineRestart;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Settings → Data: back up now, restore a backup, export and import the portable archive. One
 * piece of work at a time, with progress; each ends in one sentence. Work runs on
 * {@code background}, state changes through {@code fx}; no controls here.
 */
public final class DataViewModel {
    private final Engine engine;
    private final EngineRestart restart;
    private final Executor background;
    private final Executor fx;

    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<BackupFile> backups = FXCollections.observableArrayList();

    public DataViewModel(Engine engine, EngineRestart restart, Executor background, Executor fx) {
        this.engine = engine;
        this.restart = restart;
        this.background = background;
        this.fx = fx;
    }

    /** Whether this database has backups here (the laptop's H2 file; PostgreSQL has pg_dump). */
    public boolean backupsSupported() {
        return Backups.supports(engine.currentSettings().database());
    }

    /** Why there are no backups here, or "". */
    public String backupsNote() {
        return backupsSupported() ? "" : Backups.notH2(engine.currentSettings().database());
    }

    /** Reads the backups folder again (newest first). */
    public CompletionStage<List<BackupFile>> refreshBackups() {
        return CompletableFuture.supplyAsync(() -> engine.backups().list(), background).thenApply(list -> {
            fx.execute(() -> backups.setAll(list));
            return list;
        });
    }

    public CompletionStage<String> backupNow() {
        return run("Backing up…", () -> engine.backups().backupNow(null).thenApply(b -> {
            refreshBackups();
            return String.format(Locale.ROOT, "Backed up to %s (%,d bytes).", b.path(), b.bytes());
        }));
    }

    /** Replaces the database with a backup: the engine closes, the file is replaced, every screen comes back on it. */
    public CompletionStage<String> restore(Path backup) {
        Settings running = engine.currentSettings();
        return run("Restoring " + backup.getFileName() + "…", () -> restart.around(() -> {
            Restore.Result r = Restore.restore(running.database(), backup, running.dataDir().resolve("backups"),
                    Clock.systemUTC());
            return "Restored " + backup.getFileName() + ": " + r.sessions() + " session(s), " + r.questions()
                    + " question(s)." + (r.keptAs() == null ? "" : " The database it replaced is kept as " + r.keptAs().getFileName() + ".");
        }));
    }

    public CompletionStage<String> exportTo(Path file) {
        return run("Exporting…", () -> CompletableFuture.supplyAsync(() -> {
            var s = engine.archiveExport().write(file, this::progress);
            return String.format(Locale.ROOT, "Exported %d question(s), %d session(s) and %d answer(s) to %s.",
                    s.questions(), s.sessions(), s.answers(), file);
        }, background));
    }

    public CompletionStage<String> importFrom(Path file, boolean update) {
        return run("Importing " + file.getFileName() + "…",
                () -> engine.archiveImport().run(file, update, false, this::progress).thenApply(r -> r.sentence()));
    }

    private void progress(long done, long total) {
        fx.execute(() -> progress.set(total <= 0 ? 0 : (double) done / total));
    }

    /** One piece of work at a time; its sentence (or its failure's) ends up in {@link #status()}. */
    private CompletionStage<String> run(String starting, Supplier<CompletionStage<String>> work) {
        if (busy.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("wait for the running data task to finish"));
        }
        busy.set(true);
        progress.set(-1); // indeterminate until the work says how far it is
        status.set(starting);
        CompletableFuture<String> result = new CompletableFuture<>();
        CompletionStage<String> stage;
        try {
            stage = work.get();
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        stage.whenComplete((sentence, e) -> fx.execute(() -> {
            busy.set(false);
            progress.set(0);
            if (e == null) {
                status.set(sentence);
                result.complete(sentence);
            } else {
                status.set(FxThread.message(e));
                result.completeExceptionally(e);
            }
        }));
        return result;
    }


    public ReadOnlyStringProperty status() {
        return status;
    }

    public ReadOnlyDoubleProperty progress() {
        return progress;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy;
    }

    public ObservableList<BackupFile> backups() {
        return backups;
    }
}
