package com.interviewiq.ui;

import com.interviewiq.engine.Engine;
import com.interviewiq.ui.shell.ShellController;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The JavaFX application. The window shows at once; the engine starts on a background thread
 * and the shell appears when it is ready (or the window says why it could not start).
 */
public final class ConsoleApplication extends Application {
    private static volatile Callable<Engine> engineStarter;
    private static volatile Path dataDir;
    private Engine engine;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConsoleApplication.class);
    private ShellController shell;
    private Screens screens;
    private UiState state;

    /** Called by the launcher with the composition root's way of starting the engine. */
    public static void launch(Path dataDirectory, Callable<Engine> starter, String... args) {
        useEngineStarter(dataDirectory, starter);
        Application.launch(ConsoleApplication.class, args);
    }

    /** For tests that start the application through TestFX rather than {@link #launch}. */
    public static void useEngineStarter(Path dataDirectory, Callable<Engine> starter) {
        dataDir = dataDirectory;
        engineStarter = starter;
    }

    @Override
    public void start(Stage stage) {
        state = UiState.load(dataDir);
        Label status = new Label("Starting the engine…");
        status.setId("engineStatus");
        status.setWrapText(true);
        VBox splash = new VBox(16, new ProgressIndicator(), status);
        splash.setAlignment(Pos.CENTER);
        StackPane root = new StackPane(splash);
        Scene scene = new Scene(root, state.width(), state.height());
        stage.setTitle("InterviewIQ Console");
        stage.setScene(scene);
        if (!Double.isNaN(state.x())) {
            stage.setX(state.x());
            stage.setY(state.y());
        }
        if (System.getenv("INTERVIEWIQ_EXIT_AFTER_FIRST_FRAME") != null) {
            // start-up measurement (docs/BENCHMARKS.md): quit once the first frame has been shown
            stage.setOnShown(e -> javafx.application.Platform.runLater(javafx.application.Platform::exit));
        }
        stage.show();

        Task<Engine> startEngine = new Task<>() {
            @Override
            protected Engine call() throws Exception {
                return engineStarter.call();
            }
        };
        startEngine.setOnSucceeded(e -> {
            engine = startEngine.getValue();
            screens = new Screens(engine, state);
            ConsoleContext context = screens.context();
            Views.Loaded<ShellController> loaded = Views.load(ShellController.class, "/com/interviewiq/ui/shell/MainWindow.fxml",
                    type -> new ShellController(context, screens::build));
            shell = loaded.controller();
            screens.showWith(shell::show);
            status.setText("Connected: " + engine.database().describe() + " · mode " + engine.backend().mode().label());
            root.getChildren().setAll(loaded.root());
            shell.installShortcuts(scene);
            java.nio.file.Path tour = ScreenshotTour.requested();
            if (tour != null) {
                ScreenshotTour.run(tour, engine, shell, screens, scene, javafx.application.Platform::exit);
            }
        });
        startEngine.setOnFailed(e -> status.setText("The engine could not start: " + FxThread.message(startEngine.getException())));
        Thread t = new Thread(startEngine, "engine-start");
        t.setDaemon(true);
        t.start();
        stage.setOnCloseRequest(e -> state.bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
    }

    /** The shell, once the engine has started (tests). */
    public ShellController shell() {
        return shell;
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public void stop() {
        if (screens != null) {
            // the window is gone; a short bounded wait lets a running interview be paused before the engine closes
            try {
                screens.beforeExit().toCompletableFuture().get(3, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("could not pause the running interview before exit: {}", FxThread.message(e));
            }
        }
        if (shell != null) {
            shell.close();
        }
        if (state != null) {
            state.save();
        }
        if (engine != null) {
            engine.close();
        }
    }
}
