package com.interviewiq.ui.shell;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.Simulator;
import com.interviewiq.ui.common.FxThread;
import com.interviewiq.ui.common.Page;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.List;

/**
 * The A/B view and the pool advisor on a real run: interview load on the console's engine for
 * a minute in sync, a live switch to async, a minute more, then the Dashboard's Compare window
 * (dashboard-ab.png) and the Settings screen's pool advisor (pool-advisor.png). Started by
 * {@link ConsoleTools} (advisor-shots); test code, so it does not ship.
 */
final class AdvisorTour {
    private static final double SWITCH_AT = 60;
    private static final double SHOTS_AT = 125;

    private AdvisorTour() {
    }

    static void run(Path dir, Engine engine, ShellController shell, Scene scene, Runnable done) {
        Simulator.Run load = engine.simulator().prepare(new SimulationOptions(Integer.MAX_VALUE, 8, 5, List.of(), null, 3),
                (d, t) -> { });
        engine.questions().count()
                .thenCompose(n -> n == 0 ? engine.transfer().importSampleBank().thenApply(r -> 0L)
                        : java.util.concurrent.CompletableFuture.completedFuture(n))
                .thenAccept(n -> {
                    engine.simulator().start(load);
                    FxThread.run(() -> tour(dir, engine, shell, scene, load, done));
                });
    }

    private static void tour(Path dir, Engine engine, ShellController shell, Scene scene, Simulator.Run load, Runnable done) {
        Timeline t = new Timeline(
                new KeyFrame(Duration.seconds(1), e -> {
                    shell.dark(false);
                    shell.show(Page.DASHBOARD);
                }),
                new KeyFrame(Duration.seconds(SWITCH_AT), e -> engine.switchMode(Mode.ASYNC, p -> { })),
                new KeyFrame(Duration.seconds(SHOTS_AT), e -> ((Button) scene.lookup("#compareButton")).fire()),
                new KeyFrame(Duration.seconds(SHOTS_AT + 2), e -> {
                    Stage compare = (Stage) Window.getWindows().stream()
                            .filter(w -> w instanceof Stage s && "Compare two time ranges".equals(s.getTitle()))
                            .findFirst().orElseThrow();
                    ScreenshotTour.save(compare.getScene(), dir.resolve("dashboard-ab.png"));
                    compare.close();
                    shell.show(Page.SETTINGS);
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                }),
                new KeyFrame(Duration.seconds(SHOTS_AT + 3.5), e -> {
                    javafx.scene.Node advise = scene.lookup("#poolAdvise");
                    ScreenshotTour.scrollTo(scene.lookup("#poolAdvisor"));
                    ((Button) advise).fire();
                }),
                new KeyFrame(Duration.seconds(SHOTS_AT + 5), e -> ScreenshotTour.save(scene, dir.resolve("pool-advisor.png"))),
                new KeyFrame(Duration.seconds(SHOTS_AT + 6), e -> {
                    load.stop();
                    done.run();
                }));
        t.play();
    }
}
