package com.interviewiq.ui.bench;

import com.interviewiq.ui.charts.BenchExport;
import com.interviewiq.ui.common.FxScene;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.bench.BenchMode;
import com.interviewiq.engine.bench.BenchPoint;
import com.interviewiq.engine.bench.BenchWorkload;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.UiState;
import com.interviewiq.ui.common.Views;
import com.interviewiq.ui.bench.BenchmarkViewModel.State;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Benchmark screen on a real engine, running real (tiny) benchmarks on a temporary H2 database, headless. */
class BenchmarkScreenTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private Engine engine;
    private BenchmarkScreen screen;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (screen != null) {
            // never leave a run going into the next test
            await().atMost(Duration.ofSeconds(60)).until(() -> fx(() -> {
                if (screen.model().state().get() == State.RUNNING) {
                    robot.lookup("#benchStop").queryButton().fire();
                }
                return screen.model().state().get() == State.IDLE;
            }));
        }
        FxToolkit.cleanupStages();
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aTinyBenchmarkFillsInLiveAndExportsItsFiles() throws Exception {
        open();
        form("sync,async", "1,2", "1s", "0");

        robot.clickOn("#benchStart");

        // rows and chart lines appear while the run is still going
        await().atMost(Duration.ofSeconds(60)).until(() -> fx(() -> screen.model().points().size() >= 1
                && screen.model().state().get() == State.RUNNING));
        assertThat(fx(() -> table().getItems().size())).isBetween(1, 3);
        assertThat(fx(() -> chart("#chartThroughput").getXYPlot().getDataset().getSeriesCount())).isGreaterThanOrEqualTo(1);
        assertThat(fx(() -> robot.lookup("#benchStart").queryButton().isDisabled())).isTrue();
        assertThat(text("#benchProgressText")).contains("of 4 runs");

        await().atMost(Duration.ofSeconds(90)).until(() -> fx(() -> screen.model().state().get() == State.IDLE));
        assertThat(text("#benchMessage")).isEmpty();
        assertThat(fx(() -> robot.lookup("#benchProgress").queryAs(ProgressBar.class).getProgress())).isEqualTo(1.0);
        assertThat(text("#benchProgressText")).isEqualTo("Done: 4 of 4 runs measured.");
        assertThat(fx(() -> table().getItems())).hasSize(4).extracting(BenchPoint::mode)
                .containsExactly("sync", "async", "sync", "async");
        for (String id : List.of("#chartThroughput", "#chartP99")) {
            XYDataset data = fx(() -> chart(id).getXYPlot().getDataset());
            assertThat(seriesKeys(data)).as(id).containsExactly("sync", "async");
            assertThat(data.getItemCount(0)).as(id).isEqualTo(2);
            assertThat(data.getItemCount(1)).as(id).isEqualTo(2);
        }
        assertThat(text("#benchVerdict")).contains("At concurrency 1 (pool 10)", "At concurrency 2 (pool 10)");
        assertThat(fx(() -> FxScene.visible(robot, "#benchVerdict"))).isTrue();
        assertThat(text("#benchMachine")).contains("database: H2 file", "cores: ", "runs: 4 of 4");
        assertThat(screen.lastTemporaryDir()).isNotNull().doesNotExist();

        Path out = dataDir.resolve("export");
        fx(() -> {
            screen.export(out);
            return null;
        });
        for (String f : BenchExport.FILES) {
            assertThat(out.resolve(f)).as(f).isNotEmptyFile();
        }
        JsonNode doc = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertThat(doc.get("results")).hasSize(4);
        for (JsonNode p : doc.get("results")) {
            assertThat(p.get("mode").asText()).isIn("sync", "async");
            assertThat(p.get("concurrency").asInt()).isIn(1, 2);
            assertThat(p.get("stepsPerSecond").asDouble()).isPositive();
        }
        assertThat(doc.get("verdict").asText()).isEqualTo(text("#benchVerdict"));
        assertThat(Files.readString(out.resolve("results.csv"))).startsWith("mode,concurrency,pool_size,steps_per_second");
        assertThat(text("#benchProgressText")).startsWith("Wrote results.json, results.csv, throughput.png, p99.png to ");
    }

    @Test
    void stopEndsTheRunPromptlyWithThePointsSoFarAndRemovesTheTemporaryDatabase() throws Exception {
        open();
        form("sync,async", "1,2,4", "2s", "0");

        robot.clickOn("#benchStart");
        await().atMost(Duration.ofSeconds(60)).until(() -> fx(() -> screen.model().points().size() >= 1));
        Path temporary = screen.lastTemporaryDir();
        assertThat(temporary).isDirectory();

        robot.clickOn("#benchStop");
        long stoppedAt = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> screen.model().state().get() == State.IDLE));
        assertThat((System.nanoTime() - stoppedAt) / 1e9).as("seconds from Stop to idle").isLessThan(8);

        int measured = fx(() -> table().getItems().size());
        assertThat(measured).isBetween(1, 5);
        assertThat(text("#benchVerdict")).startsWith("Stopped after ");
        assertThat(text("#benchProgressText")).startsWith("Stopped: ").endsWith("of 6 runs measured.");
        assertThat(fx(() -> robot.lookup("#benchProgress").queryAs(ProgressBar.class).getProgress())).isLessThan(1.0);
        assertThat(temporary).doesNotExist();
        assertThat(fx(() -> robot.lookup("#benchExport").queryButton().isDisabled())).as("partial results export").isFalse();
    }

    @Test
    void theInterviewWorkloadIsOfferedAndRunsWithoutRaw() throws Exception {
        open();
        form("sync,raw", "2", "1s", "0");
        fx(() -> {
            robot.lookup("#benchWorkload").queryAs(ChoiceBox.class).getSelectionModel().select(BenchWorkload.INTERVIEW);
            return null;
        });
        assertThat(text("#benchWorkloadNote")).contains("raw and raw-async have no services and are skipped");

        robot.clickOn("#benchStart");

        await().atMost(Duration.ofSeconds(60)).until(() -> fx(() -> screen.model().state().get() == State.IDLE
                && screen.model().report().get() != null));
        assertThat(fx(() -> table().getItems())).singleElement().satisfies(p -> {
            assertThat(p.mode()).isEqualTo("sync");
            assertThat(p.stepsPerSecond()).isPositive();
            assertThat(p.errors()).isZero();
        });
        assertThat(text("#benchVerdict")).contains("raw was not run");
        assertThat(text("#benchMachine")).contains("workload: interview");
        assertThat(screen.lastTemporaryDir()).doesNotExist();
    }

    @Test
    void anInvalidConcurrencyShowsItsErrorAndDoesNotStart() throws Exception {
        open();
        form("sync,async", "1,abc", "1s", "0");

        robot.clickOn("#benchStart");

        assertThat(text("#error-concurrency"))
                .isEqualTo("Concurrency levels: 'abc' is not a whole number; write them like 1,8,64");
        assertThat(fx(() -> FxScene.visible(robot, "#error-concurrency"))).isTrue();
        assertThat(fx(() -> FxScene.visible(robot, "#error-duration"))).isFalse();
        assertThat(fx(() -> screen.model().state().get())).isEqualTo(State.IDLE);
        assertThat(screen.lastTemporaryDir()).isNull();
        assertThat(text("#benchProgressText")).isEmpty();
        assertThat(text("#benchEstimate")).isEmpty();

        fx(() -> {
            robot.lookup("#benchConcurrency").queryAs(TextField.class).setText("1,2");
            return null;
        });
        assertThat(text("#benchEstimate")).isEqualTo("Estimated time ≈ 5 s");
    }

    private void open() throws Exception {
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(), Map.of(), Map.of()));
        ConsoleContext context = new ConsoleContext(engine, UiState.load(dataDir));
        Views.Loaded<BenchmarkScreen> loaded = FxToolkit.setupFixture(() -> BenchmarkScreen.load(context));
        screen = loaded.controller();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(loaded.root(), 1200, 800));
            stage.show();
        });
    }

    /** Fills the form as a user would leave it (modes by label; pool 10, one round and step stay as default). */
    private void form(String modes, String concurrency, String duration, String warmup) throws Exception {
        fx(() -> {
            List<String> chosen = List.of(modes.split(","));
            for (BenchMode m : BenchMode.values()) {
                robot.lookup("#mode-" + m.label()).queryAs(CheckBox.class).setSelected(chosen.contains(m.label()));
            }
            robot.lookup("#benchConcurrency").queryAs(TextField.class).setText(concurrency);
            robot.lookup("#benchDuration").queryAs(TextField.class).setText(duration);
            robot.lookup("#benchWarmup").queryAs(TextField.class).setText(warmup);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private TableView<BenchPoint> table() {
        return robot.lookup("#benchResults").queryAs(TableView.class);
    }

    private JFreeChart chart(String id) {
        return robot.lookup(id).queryAs(ChartViewer.class).getChart();
    }

    private static List<String> seriesKeys(XYDataset data) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            keys.add(data.getSeriesKey(i).toString());
        }
        return keys;
    }

    private String text(String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return FxToolkit.setupFixture(action);
    }
}
