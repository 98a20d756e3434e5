package com.interviewiq.ui.dashboard;

import atlantafx.base.theme.PrimerLight;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.engine.monitor.recording.Recording;
import com.interviewiq.engine.monitor.recording.RecordingSummary;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.UiState;
import com.interviewiq.ui.common.Views;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's second run replays its first from the Recordings… menu: the banner shows, the
 * charts and alert list hold the recording, and Back to live returns to the running engine.
 */
class DashboardReplayScreenTest {
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
        }
        FxToolkit.cleanupStages();
        if (engine != null) {
            engine.close();
        }
    }

    private Engine start() {
        Engine e = Engine.start(SettingsResolver.resolve(dataDir, Map.of(SettingKey.SAMPLE_INTERVAL_MILLIS, "200"),
                Map.of(), Map.of()));
        e.startRecording("console");
        return e;
    }

    @Test
    void aPastRunReplaysUnderABannerAndBackToLiveReturns() throws Exception {
        Path first;
        try (Engine previous = start()) {
            first = previous.recorder().orElseThrow().file();
            previous.health().raise("test check", "warn", "raised in the first run");
            previous.transfer().importSampleBank().toCompletableFuture().join(); // statements to chart
            await().atMost(Duration.ofSeconds(30)).until(() -> previous.monitor().history().samples().size() >= 8);
        }
        Recording recorded = Recording.read(first);

        engine = start();
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
        assertThat(fx(() -> lookup("#replayBar").isVisible())).isFalse();

        robot.clickOn("#recordingsButton");
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> screen.replay().recordings().size()) == 2);
        String item = fx(() -> {
            RecordingSummary s = screen.replay().recordings().stream()
                    .filter(r -> r.path().equals(first.toAbsolutePath().toString())).findFirst().orElseThrow();
            return screen.replay().label(s);
        });
        robot.clickOn(item);

        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> lookup("#replayBar").isVisible()));
        assertThat(fx(() -> ((Label) lookup("#replayBanner")).getText()))
                .startsWith("Replay (read-only) of console pid " + ProcessHandle.current().pid())
                .contains(recorded.samples().size() + " samples");
        assertThat(fx(() -> robot.lookup("#chartRate").queryAs(ChartViewer.class).getChart().getXYPlot().getDataset()
                .getItemCount(1))).isEqualTo(recorded.samples().size());
        assertThat(fx(() -> alertsShown().stream().map(Alert::message).toList())).contains("raised in the first run");
        double busiest = recorded.samples().stream().mapToDouble(MetricsSample::statementsPerSecond).max().orElseThrow();
        assertThat(fx(() -> robot.lookup("#chartRate").queryAs(ChartViewer.class).getChart().getXYPlot().getRangeAxis()
                .getUpperBound())).as("the value axis fits the recording").isGreaterThanOrEqualTo(busiest);
        assertThat(fx(() -> ((Label) lookup("#tileHealth")).getText())).isEqualTo("replay");

        robot.clickOn("#replayBackToLive");
        assertThat(fx(() -> lookup("#replayBar").isVisible())).isFalse();
        assertThat(fx(() -> alertsShown().stream().map(Alert::message).toList())).doesNotContain("raised in the first run");
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> ((Label) lookup("#tileHealth")).getText()).equals("UP"));
    }

    @SuppressWarnings("unchecked")
    private java.util.List<Alert> alertsShown() {
        return ((ListView<Alert>) lookup("#alertList")).getItems();
    }

    private Node lookup(String id) {
        return robot.lookup(id).query();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return FxToolkit.setupFixture(action);
    }
}
