package com.interviewiq.ui.dashboard;

import com.interviewiq.ui.charts.ChartTheme;
import com.interviewiq.engine.monitor.MetricsEvent;
import javafx.collections.ListChangeListener;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.TimeSeriesCollection;

import java.awt.Color;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Dashboard's three charts over the view model's datasets: pool usage, query rate and
 * response times. Follows the model's visible range and markers, and wraps each model batch so
 * every chart redraws once per tick.
 */
final class DashboardCharts {
    private final JFreeChart pool;
    private final JFreeChart rate;
    private final JFreeChart latency;
    private final List<JFreeChart> all;
    private final Map<MetricsEvent, List<ValueMarker>> markers = new HashMap<>();
    private ChartTheme theme;

    DashboardCharts(DashboardViewModel model, ChartTheme theme) {
        this.theme = theme;
        pool = chart("Pool usage", "connections", model.poolDataset());
        ((NumberAxis) pool.getXYPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        rate = chart("Query rate", "per second", model.rateDataset());
        latency = chart("Response times", "ms", model.latencyDataset());
        all = List.of(pool, rate, latency);
        paint();
        model.batchScope(this::batch);
        model.range().addListener((obs, old, now) -> showRange(now));
        showRange(model.range().get());
        model.redraws().addListener((obs, old, now) -> showRange(model.range().get())); // a replay, or back to live
        model.markers().addListener((ListChangeListener<MetricsEvent>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeMarker);
                change.getAddedSubList().forEach(this::addMarker);
            }
        });
        model.markers().forEach(this::addMarker);
    }

    JFreeChart pool() {
        return pool;
    }

    JFreeChart rate() {
        return rate;
    }

    JFreeChart latency() {
        return latency;
    }

    List<JFreeChart> all() {
        return all;
    }

    ChartTheme theme() {
        return theme;
    }

    /** Restyles for the light or dark theme (one redraw per chart). */
    void theme(ChartTheme newTheme) {
        if (newTheme.equals(theme)) {
            return;
        }
        theme = newTheme;
        batch(this::paint);
    }

    private void batch(Runnable changes) {
        all.forEach(c -> c.setNotify(false));
        try {
            changes.run();
        } finally {
            all.forEach(c -> c.setNotify(true)); // the one redraw
        }
    }

    /** The model's signal after each batch of samples or a window change. */
    private void showRange(DashboardViewModel.TimeRange r) {
        for (JFreeChart c : all) {
            c.getXYPlot().getDomainAxis().setRange(r.from().toEpochMilli(), r.to().toEpochMilli());
            c.getXYPlot().configureRangeAxes(); // fit the value axis to what the window shows
        }
    }

    private void addMarker(MetricsEvent e) {
        List<ValueMarker> made = all.stream().map(c -> {
            ValueMarker m = new ValueMarker(e.time().toEpochMilli());
            m.setLabel(e.label());
            m.setLabelFont(ChartTheme.TICK_FONT);
            // the label left of the line: new events are at the right edge, where a label on the right is cut off
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            m.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
            style(m, e);
            c.getXYPlot().addDomainMarker(m, Layer.FOREGROUND);
            return m;
        }).toList();
        markers.put(e, made);
    }

    private void removeMarker(MetricsEvent e) {
        List<ValueMarker> made = markers.remove(e);
        if (made != null) {
            for (int i = 0; i < all.size(); i++) {
                all.get(i).getXYPlot().removeDomainMarker(made.get(i), Layer.FOREGROUND);
            }
        }
    }

    private void style(ValueMarker m, MetricsEvent e) {
        boolean refused = MetricsEvent.SWITCH_REFUSED.equals(e.kind());
        m.setPaint(refused ? theme.refused() : theme.marker());
        m.setStroke(refused ? ChartTheme.REFUSED_MARKER : ChartTheme.MARKER);
        m.setLabelPaint(theme.text());
        m.setLabelBackgroundColor(theme.labelBackground());
    }

    private void paint() {
        all.forEach(theme::apply);
        colours(pool, ChartTheme::blue, ChartTheme::green, ChartTheme::orange, ChartTheme::muted);
        // max is the ceiling the other lines run up against: a dashed line, not a fourth value
        pool.getXYPlot().getRenderer().setSeriesStroke(3, ChartTheme.DASHED);
        colours(rate, ChartTheme::blue, ChartTheme::purple);
        colours(latency, ChartTheme::green, ChartTheme::blue, ChartTheme::orange, ChartTheme::purple);
        markers.forEach((e, made) -> made.forEach(m -> style(m, e)));
    }

    @SafeVarargs
    private void colours(JFreeChart chart, Function<ChartTheme, Color>... perSeries) {
        XYItemRenderer r = chart.getXYPlot().getRenderer();
        for (int i = 0; i < perSeries.length; i++) {
            r.setSeriesPaint(i, perSeries[i].apply(theme), false);
        }
    }

    private static JFreeChart chart(String title, String unit, TimeSeriesCollection dataset) {
        DateAxis time = new DateAxis();
        time.setDateFormatOverride(new SimpleDateFormat("HH:mm:ss"));
        time.setLowerMargin(0);
        time.setUpperMargin(0);
        time.setRange(new Date(System.currentTimeMillis() - 60_000), new Date());
        NumberAxis value = new NumberAxis(unit);
        value.setAutoRangeIncludesZero(true);
        value.setAutoRangeMinimumSize(1.0); // an idle system shows 0..1, not a magnified 0
        // an hour is 3600 points per series on a few hundred pixels: draw per pixel column, not per point
        SampledLineRenderer renderer = new SampledLineRenderer();
        renderer.setDefaultStroke(ChartTheme.LINE, false);
        renderer.setAutoPopulateSeriesStroke(false);
        XYPlot plot = new XYPlot(dataset, time, value, renderer);
        plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
        plot.setDomainPannable(false);
        plot.setRangePannable(false);
        JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE_FONT, plot, true);
        chart.setPadding(new RectangleInsets(6, 6, 4, 10));
        return chart;
    }
}
