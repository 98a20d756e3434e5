package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.monitor.MetricsHistory;
import com.interviewiq.engine.monitor.MetricsSample;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes what the Dashboard shows to files: samples as CSV, charts as PNG. No dialogs here, so
 * tests call it with a temporary path. Rendering a chart must happen on the thread that updates
 * it (the FX thread); encoding and writing the image can then happen on any thread.
 */
public final class DashboardExport {
    private DashboardExport() {
    }

    /** The samples in {@link MetricsHistory#toCsv} form (header line first). */
    public static void writeCsv(Path file, List<MetricsSample> samples) throws IOException {
        Files.writeString(file, MetricsHistory.toCsv(samples), StandardCharsets.UTF_8);
    }

    /** The chart as it is styled (a transparent chart background stays transparent). */
    public static void writePng(Path file, JFreeChart chart, int width, int height) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }

    public static void writePng(Path file, BufferedImage image) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtils.writeBufferedImageAsPNG(out, image);
        }
    }

    /**
     * The charts stacked top to bottom, each {@code width} x {@code heightEach}, on an opaque
     * {@code background}: the on-screen charts are transparent over the theme's background, and a
     * PNG viewer would otherwise show dark-theme text on white.
     */
    public static BufferedImage render(List<JFreeChart> charts, int width, int heightEach, Color background) {
        BufferedImage image = new BufferedImage(width, heightEach * charts.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(background);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            for (int i = 0; i < charts.size(); i++) {
                charts.get(i).draw(g, new Rectangle2D.Double(0, (double) i * heightEach, width, heightEach));
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
