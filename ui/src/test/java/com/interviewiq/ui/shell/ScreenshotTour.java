package com.interviewiq.ui.shell;

import com.interviewiq.ui.common.Navigator;
import com.interviewiq.ui.common.FxThread;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.Simulator;
import com.interviewiq.ui.common.Page;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Regenerates the screenshots in docs/: once the console's engine is attached it runs some load
 * (with one live mode switch, so the charts show a marker), then visits every page in the light and
 * the dark theme, saves each as PNG and exits. Started by {@link ConsoleTools} from
 * docs/screenshots/take.sh; test code, so it does not ship.
 */
final class ScreenshotTour {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);

    private ScreenshotTour() {
    }

    static void run(Path dir, Engine engine, ShellController shell, Navigator navigator, Scene scene, Runnable done) {
        Simulator.Run load = engine.simulator().prepare(new SimulationOptions(Integer.MAX_VALUE, 8, 5, List.of(), null, 3),
                (d, t) -> { });
        // load the sample bank if needed and start the load off the FX thread, then take the tour on it
        engine.questions().count()
                .thenCompose(n -> n == 0 ? engine.transfer().importSampleBank().thenApply(r -> 0L)
                        : java.util.concurrent.CompletableFuture.completedFuture(n))
                .thenCompose(n -> TourInterviews.make(engine))
                .thenAccept(made -> {
                    engine.simulator().start(load);
                    FxThread.run(() -> tour(dir, engine, shell, navigator, made, scene, load, done));
                });
    }

    private static void tour(Path dir, Engine engine, ShellController shell, Navigator navigator, TourInterviews.Made made,
                             Scene scene, Simulator.Run load, Runnable done) {
        List<Runnable> setup = new ArrayList<>();
        setup.add(() -> engine.switchMode(Mode.ASYNC, p -> { }));
        // the runner with an evaluated answer, and a finished interview's report
        setup.add(() -> navigator.resumeInterview(made.open()));
        setup.add(() -> {
            ((javafx.scene.control.TextArea) scene.lookup("#answer")).setText(
                    // a paraphrase (few of the rubric's keywords): the semantic evaluator's evidence sentences
                    "Point overrides equals but still inherits the default hashCode from Object, so two points with the"
                            + " same x and y get different hash values and land in different slots of the table; the map"
                            + " looks in the wrong slot and get returns null. Whenever two objects are equal, their hash"
                            + " values have to match as well. The fix is to write a hashCode that combines x and y, for"
                            + " example with Objects.hash(x, y).");
            ((javafx.scene.control.Button) scene.lookup("#submitAnswer")).fire();
        });
        setup.add(() -> navigator.openReport(made.finished()));
        // the question bank with a question open in the editor
        setup.add(() -> {
            shell.show(Page.QUESTION_BANK);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        setup.add(() -> {
            ((javafx.scene.control.TableView<?>) scene.lookup("#questionTable")).getSelectionModel().select(4);
            ((javafx.scene.control.Button) scene.lookup("#editQuestion")).fire();
        });
        // a short benchmark on its temporary database, so its page shows results (taken under the tour's load)
        setup.add(() -> {
            shell.show(Page.BENCHMARK);
            // a newly built page's scroll content joins the scene graph with its skin: lay it out first
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            ((javafx.scene.control.TextField) scene.lookup("#benchConcurrency")).setText("1,8");
            ((javafx.scene.control.TextField) scene.lookup("#benchDuration")).setText("2s");
            ((javafx.scene.control.TextField) scene.lookup("#benchWarmup")).setText("1s");
            ((javafx.scene.control.Button) scene.lookup("#benchStart")).fire();
        });
        List<Runnable> steps = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            for (Page page : Page.values()) {
                steps.add(() -> {
                    shell.dark(dark);
                    shell.show(page);
                });
                steps.add(() -> save(scene, dir.resolve(page.navId().substring(4) + (dark ? "-dark" : "-light") + ".png")));
            }
        }
        // the remote evaluator's settings, tried with Test evaluator (in light)
        steps.add(() -> {
            shell.dark(false);
            shell.show(Page.SETTINGS);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            javafx.scene.Node test = scene.lookup("#testEvaluator");
            scrollTo(test);
            ((javafx.scene.control.Button) test).fire();
        });
        steps.add(() -> { }); // the test's answer (a 1-2 s timeout at most in the tour)
        steps.add(() -> save(scene, dir.resolve("settings-evaluator-light.png")));
        // the dashboard replaying this run's recording (the console records to <data dir>/metrics)
        steps.add(() -> {
            shell.show(Page.DASHBOARD);
            ((javafx.scene.control.MenuButton) scene.lookup("#recordingsButton")).show(); // lists the recordings
        });
        steps.add(() -> {
            javafx.scene.control.MenuButton recordings = (javafx.scene.control.MenuButton) scene.lookup("#recordingsButton");
            Runnable openNewest = () -> { // newest first: this run
                recordings.getItems().getFirst().fire();
                recordings.hide();
            };
            if (!recordings.getItems().getFirst().isDisable()) {
                openNewest.run();
            } else { // still being read (the tour's load keeps the CPU busy): open it once listed
                recordings.getItems().addListener(new javafx.collections.ListChangeListener<javafx.scene.control.MenuItem>() {
                    @Override
                    public void onChanged(Change<? extends javafx.scene.control.MenuItem> c) {
                        if (!recordings.getItems().getFirst().isDisable()) {
                            recordings.getItems().removeListener(this);
                            openNewest.run();
                        }
                    }
                });
            }
        });
        steps.add(() -> { }); // read and drawn
        steps.add(() -> { });
        steps.add(() -> save(scene, dir.resolve("dashboard-replay.png")));
        steps.add(() -> {
            load.stop();
            done.run();
        });
        // set the scene up, let the charts fill and the benchmark end before the first picture, then one
        // step every 1.5 s (layout and a tick)
        Timeline timeline = new Timeline();
        double at = 2;
        for (Runnable step : setup) {
            timeline.getKeyFrames().add(new KeyFrame(Duration.seconds(at), e -> step.run()));
            at += 1.5;
        }
        at = 40;
        for (Runnable step : steps) {
            timeline.getKeyFrames().add(new KeyFrame(Duration.seconds(at), e -> step.run()));
            at += 1.5;
        }
        timeline.play();
    }

    /** Scrolls the page's scroll pane so that {@code node} shows in the middle of it. */
    static void scrollTo(javafx.scene.Node node) {
        javafx.scene.Parent p = node.getParent();
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        if (p instanceof javafx.scene.control.ScrollPane pane) {
            double y = pane.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double range = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - pane.getViewportBounds().getHeight() / 2) / range)));
        }
    }

    static void save(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
            LOG.info("screenshot {}", file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
