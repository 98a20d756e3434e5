package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.ui.common.FxThread;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/** The Dashboard's exports: a file chooser that remembers its folder, the write off the FX thread, one status line. */
final class DashboardFiles {
    static final int PNG_WIDTH = 1200;
    static final int PNG_HEIGHT = 420;
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Node owner;
    private final Label status;
    private File directory;

    DashboardFiles(Node owner, Label status) {
        this.owner = owner;
        this.status = status;
    }

    /** The samples shown now, as CSV (what is shown now, even if the dialog stays open a while). */
    void exportCsv(List<MetricsSample> rows) {
        Path file = choose("CSV files", "*.csv", "interviewiq-metrics-" + stamp() + ".csv");
        if (file != null) {
            write(file, () -> DashboardExport.writeCsv(file, rows), rows.size() + " samples");
        }
    }

    /** The Export PNG menu's items: each chart alone, or all three in one picture. */
    void pngItems(DashboardCharts charts, javafx.scene.control.MenuItem pool, javafx.scene.control.MenuItem rate,
                  javafx.scene.control.MenuItem latency, javafx.scene.control.MenuItem all) {
        pool.setOnAction(e -> exportPng(List.of(charts.pool()), "pool", charts.theme().background()));
        rate.setOnAction(e -> exportPng(List.of(charts.rate()), "query-rate", charts.theme().background()));
        latency.setOnAction(e -> exportPng(List.of(charts.latency()), "response-times", charts.theme().background()));
        all.setOnAction(e -> exportPng(charts.all(), "dashboard", charts.theme().background()));
    }

    void exportPng(List<JFreeChart> which, String name, Color background) {
        Path file = choose("PNG images", "*.png", "interviewiq-" + name + "-" + stamp() + ".png");
        if (file != null) {
            // drawn here: the charts change only on this thread; only encoding and writing go elsewhere
            BufferedImage image = DashboardExport.render(which, PNG_WIDTH, PNG_HEIGHT, background);
            write(file, () -> DashboardExport.writePng(file, image), which.size() == 1 ? "the chart" : which.size() + " charts");
        }
    }

    private Path choose(String description, String pattern, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        chooser.setInitialFileName(initialName);
        if (directory != null && directory.isDirectory()) {
            chooser.setInitialDirectory(directory);
        }
        File chosen = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (chosen == null) {
            return null;
        }
        directory = chosen.getParentFile();
        return chosen.toPath();
    }

    private interface FileWrite {
        void run() throws IOException;
    }

    private void write(Path file, FileWrite action, String what) {
        status.setText("Writing " + file.getFileName() + "…");
        FxThread.then(CompletableFuture.runAsync(() -> {
            try {
                action.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), v -> status.setText("Exported " + what + " to " + file),
                e -> status.setText("Export failed: " + FxThread.message(e)));
    }

    private static String stamp() {
        return FILE_STAMP.format(LocalDateTime.now());
    }
}
