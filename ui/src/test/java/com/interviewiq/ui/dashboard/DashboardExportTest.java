package com.interviewiq.ui.dashboard;

import com.interviewiq.ui.charts.ChartTheme;
import com.interviewiq.engine.monitor.MetricsSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The export files, written without a dialog. */
class DashboardExportTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void csvHasTheHeaderAndOneLinePerVisibleSample() throws Exception {
        DashboardViewModel model = new DashboardViewModel(Clock.fixed(T0, ZoneOffset.UTC));
        model.append(Samples.run(T0, 600));
        model.window().set(TimeWindow.ONE_MINUTE);
        List<MetricsSample> visible = model.visibleSamples();
        Path csv = dir.resolve("metrics.csv");

        DashboardExport.writeCsv(csv, visible);

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).startsWith("time,mode,active,idle,pending,total,max,").isEqualTo(MetricsSample.CSV_HEADER);
        assertThat(lines).hasSize(62);
        assertThat(lines.get(1)).startsWith(T0.plusSeconds(599 - 60) + ",sync,");
    }

    @Test
    void pngsOfOneChartAndOfAllThree() throws Exception {
        DashboardViewModel model = new DashboardViewModel(Clock.fixed(T0, ZoneOffset.UTC));
        model.append(Samples.run(T0, 300));
        DashboardCharts charts = new DashboardCharts(model, ChartTheme.DARK);
        Path one = dir.resolve("pool.png");
        Path all = dir.resolve("dashboard.png");

        DashboardExport.writePng(one, charts.pool(), 800, 300);
        DashboardExport.writePng(all, DashboardExport.render(charts.all(), 1200, 420, ChartTheme.DARK.background()));

        BufferedImage single = ImageIO.read(one.toFile());
        assertThat(single.getWidth()).isEqualTo(800);
        assertThat(single.getHeight()).isEqualTo(300);
        BufferedImage stacked = ImageIO.read(all.toFile());
        assertThat(stacked.getWidth()).isEqualTo(1200);
        assertThat(stacked.getHeight()).isEqualTo(3 * 420);
        // opaque theme background in the corner, and something drawn on it
        assertThat(stacked.getRGB(1, 1) & 0xffffff).isEqualTo(ChartTheme.DARK.background().getRGB() & 0xffffff);
        assertThat(distinctColours(stacked)).isGreaterThan(10);
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getHeight()).boxed()
                .flatMap(y -> java.util.stream.IntStream.range(0, image.getWidth()).mapToObj(x -> image.getRGB(x, y)))
                .distinct().count();
    }
}
