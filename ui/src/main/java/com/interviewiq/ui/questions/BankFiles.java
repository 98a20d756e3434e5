package com.interviewiq.ui.questions;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.transfer.ImportFileException;
import com.interviewiq.engine.transfer.ImportFormat;
import com.interviewiq.engine.transfer.ImportReport;
import com.interviewiq.engine.transfer.QuestionFileReader;
import com.interviewiq.engine.transfer.QuestionTransferService;
import com.interviewiq.ui.common.FxThread;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ProgressBar;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The question bank's files: import (JSON/CSV, all or nothing, every bad row listed), export of the
 * current filter, and the bundled sample bank on first run. Files are read and written on worker
 * threads; the engine's progress reaches the bar through {@link FxProgress}.
 */
final class BankFiles {
    /** The screen's controls this part drives. */
    record Controls(Button importButton, Button exportButton, CheckBox updateExisting, ProgressBar progress,
                    Button loadSample, ProgressBar sampleProgress) {
    }

    private final Engine engine;
    private final Controls c;
    private final Supplier<QuestionQuery> filter;
    private final Runnable changed;
    private final Consumer<String> status;
    private final Supplier<Window> window;
    private File lastDirectory;

    /**
     * @param filter  the table's current filter (what Export writes)
     * @param changed called after questions were added or replaced
     */
    BankFiles(Engine engine, Controls controls, Supplier<QuestionQuery> filter, Runnable changed,
              Consumer<String> status, Supplier<Window> window) {
        this.engine = engine;
        this.c = controls;
        this.filter = filter;
        this.changed = changed;
        this.status = status;
        this.window = window;
        c.importButton().setOnAction(e -> chooseImport());
        c.exportButton().setOnAction(e -> chooseExport());
        c.loadSample().setOnAction(e -> loadSampleBank());
        countSampleBank();
    }

    private void chooseImport() {
        FileChooser chooser = chooser("Import questions");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Question files (*.json, *.csv)", "*.json", "*.csv"),
                new FileChooser.ExtensionFilter("JSON", "*.json"), new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showOpenDialog(window.get());
        if (file != null) {
            lastDirectory = file.getParentFile();
            importFile(file.toPath());
        }
    }

    /**
     * Reads and imports a file (JSON unless it ends in .csv). Reading happens on a worker thread;
     * the progress bar follows the engine's progress. A file with any bad row imports nothing and
     * every bad row is listed.
     */
    void importFile(Path file) {
        boolean update = c.updateExisting().isSelected();
        String name = file.getFileName().toString();
        running(true);
        status.accept("Reading " + name + "…");
        FxProgress progress = new FxProgress(c.progress().progressProperty());
        CompletionStage<ImportReport> stage = CompletableFuture
                .supplyAsync(() -> QuestionFileReader.read(file, ImportFormat.of(file)))
                .thenCompose(parsed -> {
                    FxThread.run(() -> status.accept("Importing " + QuestionBankViewModel.plural(parsed.rows().size(), "row")
                            + " from " + name + "…"));
                    return engine.transfer().importRows(parsed, update, false, progress);
                });
        FxThread.then(stage, report -> {
            running(false);
            if (!report.ok()) {
                status.accept("Nothing imported from " + name + ": "
                        + QuestionBankViewModel.plural(report.errors().size(), "problem") + ".");
                ImportErrorsDialog.show(window.get(), name, report);
                return;
            }
            status.accept(imported(report) + " (" + name + ").");
            changed.run();
        }, e -> {
            running(false);
            status.accept(e instanceof ImportFileException ? "Cannot import " + name + ": " + e.getMessage()
                    : "Import of " + name + " failed, nothing was imported: " + FxThread.message(e));
        });
    }

    static String imported(ImportReport r) {
        return "Imported " + r.imported() + ", updated " + r.updated() + ", skipped " + r.skipped();
    }

    private void chooseExport() {
        FileChooser chooser = chooser("Export questions");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter("JSON", "*.json");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter("CSV", "*.csv");
        chooser.getExtensionFilters().addAll(json, csv);
        chooser.setInitialFileName("interviewiq-questions.json");
        File file = chooser.showSaveDialog(window.get());
        if (file != null) {
            lastDirectory = file.getParentFile();
            exportTo(withExtension(file.toPath(), chooser.getSelectedExtensionFilter() == csv ? ".csv" : ".json"));
        }
    }

    /** Some platforms' save dialogs return the name as typed; the extension decides the format. */
    static Path withExtension(Path file, String wanted) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".csv") ? file : file.resolveSibling(file.getFileName() + wanted);
    }

    /** Exports the questions matching the current filter, as JSON or CSV by the file's extension. */
    void exportTo(Path file) {
        ImportFormat format = ImportFormat.of(file);
        QuestionQuery query = filter.get();
        running(true);
        c.progress().setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        status.accept("Exporting to " + file + "…");
        CompletionStage<Long> written = engine.questions().search(query.page(0, 1)).thenCompose(first ->
                engine.transfer().export(format, query).thenApplyAsync(text -> {
                    try {
                        Files.writeString(file, text);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return first.total();
                }));
        FxThread.then(written, n -> {
            running(false);
            status.accept("Exported " + QuestionBankViewModel.plural(n, "question") + " (" + format.name() + ") to "
                    + file + ".");
        }, e -> {
            running(false);
            status.accept("Export failed, " + file.getFileName() + " was not written: " + FxThread.message(e));
        });
    }

    /** First run: loads the bundled sample bank, then shows it. */
    void loadSampleBank() {
        c.loadSample().setDisable(true);
        c.sampleProgress().setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        c.sampleProgress().setVisible(true);
        c.sampleProgress().setManaged(true);
        status.accept("Loading the sample bank…");
        // started on a worker: the engine parses the bundled file before it answers
        CompletionStage<ImportReport> stage = CompletableFuture.supplyAsync(() -> engine.transfer().importSampleBank())
                .thenCompose(s -> s);
        FxThread.then(stage, report -> {
            sampleDone();
            status.accept(report.ok() ? "Sample bank loaded: " + imported(report) + "."
                    : "The sample bank was not loaded: " + report.errors().getFirst());
            changed.run();
        }, e -> {
            sampleDone();
            status.accept("The sample bank was not loaded: " + FxThread.message(e));
        });
    }

    private void sampleDone() {
        c.loadSample().setDisable(false);
        c.sampleProgress().setVisible(false);
        c.sampleProgress().setManaged(false);
    }

    /** Names the sample bank's size on its button, counted from the bundled file (off the FX thread). */
    private void countSampleBank() {
        FxThread.then(CompletableFuture.supplyAsync(() -> {
            try (InputStream in = QuestionTransferService.class.getResourceAsStream(QuestionTransferService.SAMPLE_BANK)) {
                if (in == null) {
                    return -1;
                }
                return QuestionFileReader.parse(in.readAllBytes(), ImportFormat.JSON, "sample bank").rows().size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), n -> {
            if (n < 0) {
                c.loadSample().setText("Sample bank not included in this build");
                c.loadSample().setDisable(true);
            } else {
                c.loadSample().setText("Load sample bank (" + QuestionBankViewModel.plural(n, "question") + ")");
            }
        }, e -> c.loadSample().setText("Load sample bank"));
    }

    private void running(boolean running) {
        c.importButton().setDisable(running);
        c.exportButton().setDisable(running);
        c.progress().setProgress(0);
        c.progress().setVisible(running);
        c.progress().setManaged(running);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }
}
