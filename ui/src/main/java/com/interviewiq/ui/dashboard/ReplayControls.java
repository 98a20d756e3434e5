package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.monitor.recording.MetricsRecorder;
import com.interviewiq.engine.monitor.recording.RecordingSummary;
import com.interviewiq.engine.monitor.recording.Recordings;
import com.interviewiq.ui.common.FxThread;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.concurrent.ForkJoinPool;

/**
 * Builds the replay banner and wires the Recordings… menu to a {@link ReplayViewModel}: listing,
 * opening, scrolling and going back to live are the view model's; this only binds.
 */
final class ReplayControls {
    private ReplayControls() {
    }

    /** Wires the menu and fills {@code bar} with the banner; returns the view model behind them. */
    static ReplayViewModel wire(Engine engine, DashboardViewModel dashboard, MenuButton menu, HBox bar, Label status) {
        ReplayViewModel replay = new ReplayViewModel(dashboard, Recordings.in(engine.settings().dataDir()),
                engine.recorder().map(MetricsRecorder::file).orElse(null), FxThread::run, ForkJoinPool.commonPool());
        menu.setGraphic(new FontIcon(Feather.FILM));
        menu.setDisable(false);
        menu.setOnShowing(e -> replay.refresh());
        replay.recordings().addListener((ListChangeListener<RecordingSummary>) c -> fill(menu, replay));
        replay.message().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                status.setText(now);
            }
        });
        fill(menu, replay);

        Label text = new Label();
        text.setId("replayBanner");
        text.setWrapText(true);
        text.textProperty().bind(replay.banner());
        text.setTooltip(new Tooltip("A past recording, read from " + Recordings.in(engine.settings().dataDir()).dir()
                + "; live samples keep being collected meanwhile"));
        HBox.setHgrow(text, Priority.ALWAYS);
        Slider position = new Slider(0, 1, 1);
        position.setId("replayPosition");
        position.setPrefWidth(220);
        position.setMinWidth(120);
        position.valueProperty().bindBidirectional(replay.position());
        position.setTooltip(new Tooltip("Scroll the window through the recording"));
        Button live = new Button("Back to live", new FontIcon(Feather.RADIO));
        live.setId("replayBackToLive");
        live.setMinWidth(Button.USE_PREF_SIZE);
        live.setOnAction(e -> replay.backToLive());
        bar.getChildren().setAll(new FontIcon(Feather.FILM), text, position, live);
        bar.visibleProperty().bind(replay.replaying());
        bar.managedProperty().bind(replay.replaying());
        return replay;
    }

    private static void fill(MenuButton menu, ReplayViewModel replay) {
        if (replay.recordings().isEmpty()) {
            MenuItem none = new MenuItem(replay.loading().get() ? "Reading…" : "No recordings yet");
            none.setDisable(true);
            menu.getItems().setAll(none);
            return;
        }
        menu.getItems().setAll(replay.recordings().stream().map(r -> {
            MenuItem item = new MenuItem(replay.label(r));
            item.setOnAction(e -> replay.open(r));
            return item;
        }).toList());
    }
}
