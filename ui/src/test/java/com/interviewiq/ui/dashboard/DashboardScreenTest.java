package com.interviewiq.ui.dashboard;

import com.interviewiq.ui.charts.ChartTheme;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.SwitchResult;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.UiState;
import com.interviewiq.ui.common.Views;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.Marker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Dashboard on a real engine (temporary H2 file, 200 ms sampling), headless. */
class DashboardScreenTest {
    private static final List<String> CHARTS = List.of("#chartPool", "#chartRate", "#chartLatency");

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private Engine engine;
    private DashboardScreen screen;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (screen != null) {
            fx(() -> {
                screen.close();
                return null;
            });
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> fx(() -> screen.loadGenerator().state().get()) == LoadGenerator.State.IDLE);
        }
        FxToolkit.cleanupStages();
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void chartsAndTilesFollowTheRunningEngine() throws Exception {
        open(Map.of());
        int before = fx(() -> itemCount("#chartPool"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String chart : CHARTS) {
                assertThat(fx(() -> itemCount(chart))).as(chart).isGreaterThanOrEqualTo(before + 5);
            }
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(text("#tileHealth")).isEqualTo("UP"));
        assertThat(text("#tileMode")).isEqualTo("sync");
        assertThat(text("#tileDatabase")).isEqualTo(engine.settings().database().location());
        assertThat(text("#tilePool")).matches("\\d+ / \\d+");
        assertThat(text("#dashboardSubtitle")).isEqualTo("Sampled every 200 ms · last 5 min");
    }

    @Test
    void pauseWindowChoiceAndThemeDriveTheCharts() throws Exception {
        open(Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> itemCount("#chartRate")) >= 2);

        robot.clickOn("#pauseButton");
        int frozen = fx(() -> itemCount("#chartRate"));
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> screen.model().waiting().get()) >= 3);
        assertThat(fx(() -> itemCount("#chartRate"))).isEqualTo(frozen);
        assertThat(text("#dashboardSubtitle")).startsWith("Paused at");
        robot.clickOn("#pauseButton");
        assertThat(fx(() -> itemCount("#chartRate"))).isGreaterThanOrEqualTo(frozen + 3);

        robot.clickOn("#window-1");
        assertThat(fx(() -> chart("#chartLatency").getXYPlot().getDomainAxis().getRange().getLength()))
                .isEqualTo(60_000.0);

        fx(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> screen.charts().theme()) == ChartTheme.DARK);
        assertThat(fx(() -> chart("#chartPool").getTitle().getPaint())).isEqualTo(ChartTheme.DARK.text());
    }

    @Test
    void aLiveModeSwitchIsMarkedOnEveryChart() throws Exception {
        open(Map.of());

        SwitchResult result = engine.switchMode(Mode.ASYNC, p -> { }).toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(result.switched()).as(result.summary()).isTrue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String chart : CHARTS) {
                assertThat(fx(() -> DashboardViewModelTest.domainMarkers(chart(chart))))
                        .as(chart).extracting(Marker::getLabel).containsExactly("sync → async");
            }
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(text("#tileMode")).isEqualTo("async"));
    }

    @Test
    void generateLoadRunsInterviewsUntilStopped() throws Exception {
        open(Map.of());
        fx(() -> {
            robot.lookup("#loadConcurrency").<javafx.scene.control.Spinner<Integer>>query().getValueFactory().setValue(4);
            return null;
        });

        robot.clickOn("#loadStart");

        await().atMost(Duration.ofSeconds(60)).until(() -> fx(() -> screen.loadGenerator().sessions().get()) > 0);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(text("#loadProgress")).doesNotStartWith("0 interviews"));
        assertThat(fx(() -> lookup("#loadStart").isDisabled())).isTrue();
        assertThat(engine.questions().count().toCompletableFuture().get()).isPositive(); // the sample bank was loaded

        robot.clickOn("#loadStop");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(text("#loadMessage")).startsWith("Stopped after"));
        assertThat(fx(() -> lookup("#loadStart").isDisabled())).isFalse();
        assertThat(fx(() -> screen.loadGenerator().errors().get())).isZero();
        // the load was seen by the monitor: statements were drawn on the rate chart
        assertThat(fx(() -> screen.model().visibleSamples().stream().mapToDouble(MetricsSample::statementsPerSecond).max()
                .orElse(0))).isPositive();
    }

    @Test
    void exportsWriteTheVisibleSamplesAndTheCharts() throws Exception {
        open(Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> screen.model().visibleSamples().size()) >= 3);
        Path csv = dataDir.resolve("metrics.csv");
        Path png = dataDir.resolve("pool.png");
        Path all = dataDir.resolve("all.png");

        DashboardExport.writeCsv(csv, fx(() -> screen.model().visibleSamples()));
        fx(() -> {
            DashboardExport.writePng(png, screen.charts().pool(), 900, 320);
            DashboardExport.writePng(all, DashboardExport.render(screen.charts().all(), DashboardFiles.PNG_WIDTH,
                    DashboardFiles.PNG_HEIGHT, screen.charts().theme().background()));
            return null;
        });

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).startsWith("time,mode,active,");
        assertThat(lines.size()).isGreaterThanOrEqualTo(4);
        assertThat(Files.size(png)).isPositive();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(900);
        assertThat(ImageIO.read(all.toFile()).getHeight()).isEqualTo(3 * DashboardFiles.PNG_HEIGHT);
    }

    @Test
    void withMonitoringOffItSaysSoInsteadOfShowingEmptyCharts() throws Exception {
        open(Map.of(SettingKey.MONITORING_ENABLED, "false"));

        assertThat(fx(() -> lookup("#monitoringOff").isVisible())).isTrue();
        assertThat(robot.lookup("#chartPool").tryQuery()).isEmpty();
        assertThat(text("#tileMode")).isEqualTo("sync");
        assertThat(fx(() -> lookup("#exportCsvButton").isDisabled())).isTrue();
    }

    private void open(Map<SettingKey, String> settings) throws Exception {
        Map<SettingKey, String> cli = new java.util.EnumMap<>(SettingKey.class);
        cli.put(SettingKey.SAMPLE_INTERVAL_MILLIS, "200");
        cli.putAll(settings);
        engine = Engine.start(SettingsResolver.resolve(dataDir, cli, Map.of(), Map.of()));
        ConsoleContext context = new ConsoleContext(engine, UiState.load(dataDir));
        Views.Loaded<DashboardScreen> loaded = FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            return DashboardScreen.load(context);
        });
        screen = loaded.controller();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(loaded.root(), 1280, 800));
            stage.show();
        });
    }

    private Node lookup(String id) {
        return robot.lookup(id).query();
    }

    private JFreeChart chart(String id) {
        return robot.lookup(id).queryAs(ChartViewer.class).getChart();
    }

    private int itemCount(String id) {
        return chart(id).getXYPlot().getDataset().getItemCount(0);
    }

    private String text(String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    /** Reads or changes the scene on the FX thread, where the dashboard changes it. */
    private static <T> T fx(Callable<T> action) throws Exception {
        return FxToolkit.setupFixture(action);
    }
}
