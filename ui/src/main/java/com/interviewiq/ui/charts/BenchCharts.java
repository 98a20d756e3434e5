package com.interviewiq.ui.charts;

import com.interviewiq.engine.bench.BenchMode;
import com.interviewiq.engine.bench.BenchPoint;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark's two charts, throughput and p99 latency against concurrency, one line per mode
 * (per mode and pool size when several pool sizes were measured), with a log x axis beyond 16
 * callers. The Benchmark screen shows them live; the screen's export and the {@code bench} command
 * write them as PNGs, so both draw the same charts. Plain JFreeChart: no JavaFX here.
 */
public final class BenchCharts {
    public static final int PNG_WIDTH = 900;
    public static final int PNG_HEIGHT = 520;
    static final int LOG_AXIS_ABOVE = 16;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final XYSeriesCollection throughputData = new XYSeriesCollection();
    private final XYSeriesCollection p99Data = new XYSeriesCollection();
    private final JFreeChart throughput;
    private final JFreeChart p99;
    private ChartTheme theme;

    public BenchCharts(ChartTheme theme) {
        throughput = chart("Throughput vs concurrency", "steps/s", throughputData);
        p99 = chart("p99 step latency vs concurrency", "ms", p99Data);
        theme(theme);
    }

    /** Writes throughput.png and p99.png for these results into {@code dir} (light theme, white background). */
    public static void write(Path dir, List<BenchPoint> results) throws IOException {
        BenchCharts charts = new BenchCharts(ChartTheme.LIGHT);
        charts.show(results, results.stream().mapToInt(BenchPoint::concurrency).max().orElse(1));
        for (JFreeChart c : List.of(charts.throughput, charts.p99)) {
            c.setBackgroundPaint(Color.WHITE);
        }
        ChartUtils.saveChartAsPNG(dir.resolve("throughput.png").toFile(), charts.throughput, PNG_WIDTH, PNG_HEIGHT);
        ChartUtils.saveChartAsPNG(dir.resolve("p99.png").toFile(), charts.p99, PNG_WIDTH, PNG_HEIGHT);
    }

    /** Shows these points; {@code maxConcurrency} (of the whole run, so the axis does not change mid-run) picks the x axis. */
    public void show(List<BenchPoint> points, int maxConcurrency) {
        fill(throughputData, points, BenchPoint::stepsPerSecond);
        fill(p99Data, points, p -> p.latencyMs().p99());
        boolean log = maxConcurrency > LOG_AXIS_ABOVE;
        for (JFreeChart c : List.of(throughput, p99)) {
            XYPlot plot = c.getXYPlot();
            if (log != plot.getDomainAxis() instanceof LogarithmicAxis) {
                ValueAxis x = log ? logAxis() : new NumberAxis("concurrency");
                if (x instanceof NumberAxis n) {
                    n.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
                }
                plot.setDomainAxis(x);
                styleAxis(x);
            }
            colourSeries(plot);
        }
    }

    public void theme(ChartTheme t) {
        theme = t;
        for (JFreeChart c : List.of(throughput, p99)) {
            c.setBackgroundPaint(new Color(0, 0, 0, 0));
            c.getTitle().setPaint(t.text());
            c.getLegend().setBackgroundPaint(new Color(0, 0, 0, 0));
            c.getLegend().setItemPaint(t.text());
            XYPlot plot = c.getXYPlot();
            plot.setBackgroundPaint(new Color(0, 0, 0, 0));
            plot.setDomainGridlinePaint(t.grid());
            plot.setRangeGridlinePaint(t.grid());
            styleAxis(plot.getDomainAxis());
            styleAxis(plot.getRangeAxis());
            colourSeries(plot);
        }
    }

    public JFreeChart throughput() {
        return throughput;
    }

    public JFreeChart p99() {
        return p99;
    }

    private static JFreeChart chart(String title, String unit, XYSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, "concurrency", unit, data, PlotOrientation.VERTICAL,
                true, false, false);
        chart.setAntiAlias(true);
        chart.setBorderVisible(false);
        chart.getTitle().setFont(TITLE);
        chart.getLegend().setFrame(BlockBorder.NONE);
        chart.getLegend().setItemFont(LABEL);
        XYPlot plot = chart.getXYPlot();
        plot.setOutlineVisible(false);
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        lines.setDefaultStroke(new BasicStroke(1.8f));
        lines.setAutoPopulateSeriesStroke(false);
        plot.setRenderer(lines);
        return chart;
    }

    private static LogarithmicAxis logAxis() {
        LogarithmicAxis x = new LogarithmicAxis("concurrency (log scale)");
        x.setAllowNegativesFlag(false);
        x.setStrictValuesFlag(false);
        return x;
    }

    private static void fill(XYSeriesCollection data, List<BenchPoint> points, ToDoubleFunction<BenchPoint> value) {
        boolean pools = points.stream().map(BenchPoint::poolSize).distinct().count() > 1;
        Map<String, XYSeries> series = new LinkedHashMap<>();
        for (BenchPoint p : points) {
            String key = p.mode() + (pools ? " pool " + p.poolSize() : "");
            series.computeIfAbsent(key, k -> new XYSeries(k, true, false)).addOrUpdate(p.concurrency(), value.applyAsDouble(p));
        }
        data.removeAllSeries();
        series.values().forEach(data::addSeries);
    }

    private void styleAxis(ValueAxis axis) {
        if (theme == null) {
            return;
        }
        axis.setLabelFont(LABEL);
        axis.setLabelPaint(theme.muted());
        axis.setTickLabelPaint(theme.muted());
        axis.setAxisLinePaint(theme.grid());
        axis.setTickMarkPaint(theme.grid());
    }

    /** The same colour for a mode in both charts and in every run. */
    private void colourSeries(XYPlot plot) {
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            plot.getRenderer().setSeriesPaint(i, paint(data.getSeriesKey(i).toString()));
        }
    }

    private Paint paint(String seriesKey) {
        String mode = seriesKey.split(" ")[0];
        if (mode.equals(BenchMode.SYNC.label())) {
            return theme.blue();
        }
        if (mode.equals(BenchMode.SYNC_VIRTUAL.label())) {
            return theme.purple();
        }
        if (mode.equals(BenchMode.ASYNC.label())) {
            return theme.green();
        }
        return theme.orange();
    }
}
