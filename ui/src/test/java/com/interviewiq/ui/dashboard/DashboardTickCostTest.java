package com.interviewiq.ui.dashboard;

import com.interviewiq.ui.charts.fx.ChartPanes;
import com.interviewiq.ui.charts.ChartTheme;
import com.interviewiq.engine.monitor.MetricsSample;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one sampling tick costs the FX thread with a full hour of history in the series: the
 * model update plus the three charts' redraws (ChartCanvas draws synchronously on the chart
 * change) and CSS/layout, one FX task per tick with pulses in between as in the running app;
 * the same back to back; and, as an upper bound, with a snapshot that also rasterises (normally
 * the render thread's work). Prints the figures; asserts nothing about time.
 */
class DashboardTickCostTest {
    private static final int HOUR = 3600;
    private static final int WARM_UP = 60;
    private static final int TICKS = 200;

    private static DashboardViewModel model;
    private static VBox root;
    private static JFreeChart[] charts;
    private static int next;

    @BeforeAll
    static void screen() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            model = new DashboardViewModel();
            DashboardCharts c = new DashboardCharts(model, ChartTheme.LIGHT);
            charts = c.all().toArray(JFreeChart[]::new);
            root = new VBox(8);
            for (JFreeChart chart : c.all()) {
                ChartViewer viewer = ChartPanes.viewer(chart, null, 600, 220, 140);
                StackPane card = new StackPane(viewer);
                VBox.setVgrow(card, Priority.ALWAYS);
                root.getChildren().add(card);
            }
        });
        // the chart column of the Dashboard in a 1280 x 800 window
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(root, 760, 640));
            stage.show();
        });
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void printsTheFxThreadCostPerTickWithAnHourOfHistory() throws Exception {
        Instant start = Instant.now().minus(Duration.ofSeconds(HOUR));
        FxToolkit.setupFixture(() -> {
            model.window().set(TimeWindow.SIXTY_MINUTES);
            model.append(Samples.run(start, HOUR));
        });
        assertThat(model.poolDataset().getItemCount(0)).isEqualTo(HOUR);
        next = HOUR;

        measure(start, WARM_UP, false); // let the JIT compile the drawing path first
        report("60 min window, update + redraw + layout", measure(start, TICKS, false));
        report("60 min window, same, ticks back to back (no pulse between)", backToBack(start, TICKS));
        // the snapshot row (an upper bound including rasterising, ~30 ms/tick) is left out of the
        // suite: it took most of this test's 45 s; run measure(start, TICKS, true) by hand to see it
        FxToolkit.setupFixture(() -> model.window().set(TimeWindow.FIVE_MINUTES));
        report(" 5 min window, update + redraw + layout", measure(start, TICKS, false));
        report(" 5 min window, same, ticks back to back (no pulse between)", backToBack(start, TICKS));

        // an hour plus at most the minute that is trimmed in one go
        assertThat(model.poolDataset().getItemCount(0)).isBetween(HOUR + 1, HOUR + 61);
    }

    private static double[] measure(Instant start, int ticks, boolean snapshot) throws Exception {
        double[] ms = new double[ticks];
        for (int i = 0; i < ticks; i++) {
            int index = i;
            // one FX task per tick, as the sampler's hand-off delivers them; pulses run in between
            FxToolkit.setupFixture(() -> {
                MetricsSample s = Samples.at(start.plusSeconds(next), next, false);
                next++;
                long t0 = System.nanoTime();
                model.append(s); // what the sample listener's hand-off calls
                root.applyCss();
                root.layout();
                if (snapshot) {
                    root.snapshot(null, null);
                }
                ms[index] = (System.nanoTime() - t0) / 1e6;
            });
        }
        return ms;
    }

    /**
     * The same ticks in one FX task: no pulse runs in between, so the render thread is not
     * rasterising (in software, on the same two cores) while the FX thread works.
     */
    private static double[] backToBack(Instant start, int ticks) throws Exception {
        double[] ms = new double[ticks];
        FxToolkit.setupFixture(() -> {
            for (int i = 0; i < ticks; i++) {
                MetricsSample s = Samples.at(start.plusSeconds(next), next, false);
                next++;
                long t0 = System.nanoTime();
                model.append(s);
                root.applyCss();
                root.layout();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        });
        return ms;
    }

    private static void report(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(ms).average().orElse(0);
        double p99 = sorted[(int) Math.ceil(0.99 * sorted.length) - 1];
        System.out.println(String.format(Locale.ROOT,
                "Dashboard FX tick cost (%d series points, %d ticks) %s: mean %.2f ms, p99 %.2f ms, max %.2f ms",
                model.poolDataset().getItemCount(0) * 10, ms.length, what, mean, p99, sorted[sorted.length - 1]));
    }
}
