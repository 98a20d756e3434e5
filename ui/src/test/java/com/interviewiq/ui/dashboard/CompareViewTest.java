package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.ui.common.FxScene;
import com.interviewiq.ui.common.TrafficSamples;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Compare window renders the model's table and verdict, and Compare recomputes what is typed. */
class CompareViewTest {
    private static final Instant T0 = Instant.parse("2026-12-02T14:00:00Z");
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        List<MetricsSample> samples = new ArrayList<>(TrafficSamples.steady(T0, 60, "sync", 100, 10, 5, 1));
        samples.addAll(TrafficSamples.steady(T0.plusSeconds(60), 60, "async", 150, 12, 4, 0));
        CompareViewModel model = new CompareViewModel(samples, List.of(new MetricsEvent(T0.plusMillis(60_500),
                MetricsEvent.MODE_SWITCH, "sync → async", "")), ZoneOffset.UTC);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(CompareView.content(model), 720, 470));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void showsTheTableAndTheVerdictForTheDefaultRanges() {
        TableView<?> table = robot.lookup("#compareTable").queryAs(TableView.class);
        assertThat(FxScene.read(() -> table.getItems().size())).isEqualTo(7);
        assertThat(FxScene.read(() -> table.getColumns().stream().map(c -> c.getText()).toList()))
                .containsExactly("metric", "A", "B", "B/A");
        assertThat(FxScene.text(robot, "#compareVerdict")).startsWith("async against sync: throughput +50%, p95 +20%");
        assertThat(FxScene.read(() -> table.getTooltip().getText())).contains("weighted by their statements");
    }

    @Test
    void compareRecomputesTheTypedRangesAndABadTimeIsNamed() {
        TextField aTo = robot.lookup("#compareATo").queryAs(TextField.class);
        robot.interact(() -> aTo.setText("25 past"));
        robot.clickOn("#compareRun");
        assertThat(FxScene.text(robot, "#compareError")).isEqualTo("A to: '25 past' is not a time like 14:05:30");

        robot.interact(() -> {
            robot.lookup("#compareAFrom").queryAs(TextField.class).setText("14:01:10");
            aTo.setText("14:01:30");
        });
        robot.clickOn("#compareRun");
        assertThat(FxScene.text(robot, "#compareError")).isEmpty();
        assertThat(FxScene.text(robot, "#compareVerdict")).startsWith("B against A (async)");
    }
}
