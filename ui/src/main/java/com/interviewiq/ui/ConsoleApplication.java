package com.interviewiq.ui;

import com.interviewiq.engine.Engine;
import com.interviewiq.ui.shell.ShellController;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.ui.settings.SettingsViewModel;
import com.interviewiq.ui.startup.EngineStarter;
import com.interviewiq.ui.startup.SavedSettingsStarter;
import com.interviewiq.ui.startup.StartupScreen;
import com.interviewiq.ui.startup.StartupViewModel;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The JavaFX application. The window shows at once; the engine starts on a background thread
 * and the shell appears when it is ready. When the database cannot be opened the window stays,
 * with a banner naming it and the reason, and Retry, Settings… and Use the local database.
 */
public final class ConsoleApplication extends Application {
    private static volatile EngineStarter engineStarter;
    private static volatile Path dataDir;
    private Engine engine;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConsoleApplication.class);
    private ShellController shell;
    private Screens screens;
    private UiState state;
    private StartupViewModel startup;

    /** Called by the launcher with the composition root's way of starting the engine. */
    public static void launch(Path dataDirectory, EngineStarter starter, String... args) {
        useEngineStarter(dataDirectory, starter);
        Application.launch(ConsoleApplication.class, args);
    }

    /** For tests that start the application through TestFX rather than {@link #launch}. */
    public static void useEngineStarter(Path dataDirectory, EngineStarter starter) {
        dataDir = dataDirectory;
        engineStarter = starter;
    }

    /** For tests: the saved settings of the data directory, started by {@code start}. */
    public static void useEngineStarter(Path dataDirectory, Callable<Engine> start) {
        useEngineStarter(dataDirectory, new SavedSettingsStarter(dataDirectory,
                () -> SettingsResolver.load(dataDirectory, Map.of(), Map.of()), settings -> {
                    try {
                        return start.call();
                    } catch (Exception e) {
                        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                    }
                }));
    }

    @Override
    public void start(Stage stage) {
        state = UiState.load(dataDir);
        // the theme from the start, so the banner (shown before the shell) is styled like the rest
        Application.setUserAgentStylesheet(state.dark() ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        EngineStarter starter = engineStarter;
        startup = new StartupViewModel(starter, () -> new SettingsViewModel(dataDir, System.getenv(), starter.savedSettings()),
                ConsoleApplication::inBackground, FxThread::run, started -> showShell(started, stage.getScene()));
        StackPane root = new StackPane(StartupScreen.load(startup).root());
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
        startup.start();
        stage.setOnCloseRequest(e -> state.bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
    }

    private static void inBackground(Runnable r) {
        Thread t = new Thread(r, "engine-start");
        t.setDaemon(true);
        t.start();
    }

    /** The banner state (tests). */
    public StartupViewModel startup() {
        return startup;
    }

    private void showShell(Engine started, Scene scene) {
        engine = started;
        screens = new Screens(engine, state);
        ConsoleContext context = screens.context();
        Views.Loaded<ShellController> loaded = Views.load(ShellController.class, "/com/interviewiq/ui/shell/MainWindow.fxml",
                type -> new ShellController(context, screens::build));
        shell = loaded.controller();
        screens.showWith(shell::show);
        ((StackPane) scene.getRoot()).getChildren().setAll(loaded.root());
        shell.installShortcuts(scene);
        java.nio.file.Path tour = ScreenshotTour.requested();
        if (tour != null) {
            ScreenshotTour.run(tour, engine, shell, screens, scene, javafx.application.Platform::exit);
        }
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
