package com.interviewiq.app;

import com.interviewiq.engine.bench.BenchPoint;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The benchmark's PNG charts: throughput and p99 against concurrency, one line per mode. */
final class BenchCharts {
    private BenchCharts() {
    }

    static void write(Path dir, List<BenchPoint> results) throws IOException {
        chart(dir.resolve("throughput.png"), "Throughput vs concurrency", "steps/s", results, BenchPoint::stepsPerSecond);
        chart(dir.resolve("p99.png"), "p99 step latency vs concurrency", "ms", results, p -> p.latencyMs().p99());
    }

    private static void chart(Path file, String title, String unit, List<BenchPoint> results,
                              ToDoubleFunction<BenchPoint> value) throws IOException {
        Map<String, XYSeries> series = new LinkedHashMap<>();
        for (BenchPoint p : results) {
            String key = p.mode() + (results.stream().map(BenchPoint::poolSize).distinct().count() > 1 ? " pool " + p.poolSize() : "");
            series.computeIfAbsent(key, XYSeries::new).add(p.concurrency(), value.applyAsDouble(p));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        series.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "concurrency", unit, data, PlotOrientation.VERTICAL,
                true, false, false);
        if (results.stream().mapToInt(BenchPoint::concurrency).max().orElse(1) > 16) {
            LogarithmicAxis x = new LogarithmicAxis("concurrency (log scale)");
            x.setAllowNegativesFlag(false);
            chart.getXYPlot().setDomainAxis(x);
        }
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 900, 520);
    }
}
