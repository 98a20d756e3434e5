package com.interviewiq.ui.shell;

import com.interviewiq.ui.common.UiState;
import com.interviewiq.ui.common.Views;
import com.interviewiq.ui.common.FxThread;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.ui.settings.SettingsViewModel;
import com.interviewiq.ui.startup.EngineStarter;
import com.interviewiq.ui.startup.SavedSettingsStarter;
import com.interviewiq.ui.startup.DatabaseBanner;
import com.interviewiq.ui.startup.OfflinePage;
import com.interviewiq.ui.health.HealthScreen;
import com.interviewiq.ui.settings.SettingsScreen;
import com.interviewiq.ui.common.Page;
import javafx.scene.Parent;
import com.interviewiq.ui.startup.StartupViewModel;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The JavaFX application. The window and its shell show at once; the engine starts on a
 * background thread and every page comes up on it when it is ready. When the database cannot be
 * opened the console still works: a banner names the database and the reason, with Retry,
 * Settings… and Use the local database; Settings and Health work, the other pages wait.
 */
public final class ConsoleApplication extends Application {
    private static volatile EngineStarter engineStarter;
    private static volatile Path dataDir;
    private static volatile ConsoleObserver observer = ConsoleObserver.NONE;
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

    /** For tools that watch the console (see {@link ConsoleObserver}); set before {@link #launch}. */
    public static void observeWith(ConsoleObserver watcher) {
        observer = watcher;
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
        // the theme from the start, so the window is styled before any page is built
        Application.setUserAgentStylesheet(state.dark() ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        EngineStarter starter = engineStarter;
        startup = new StartupViewModel(starter, ConsoleApplication::inBackground, FxThread::run, this::attach);
        // the shell opens at once; until an engine has started, pages that need the database are placeholders
        Views.Loaded<ShellController> loaded = Views.load(ShellController.class, "/com/interviewiq/ui/shell/MainWindow.fxml",
                type -> new ShellController(state, page -> offlinePage(page, starter)));
        shell = loaded.controller();
        shell.banner(DatabaseBanner.load(startup).root());
        startup.onOpenSettings(() -> shell.show(Page.SETTINGS));
        followStartInStatusBar();
        Scene scene = new Scene(new StackPane(loaded.root()), state.width(), state.height());
        shell.installShortcuts(scene);
        stage.setTitle("InterviewIQ Console");
        stage.setScene(scene);
        if (!Double.isNaN(state.x())) {
            stage.setX(state.x());
            stage.setY(state.y());
        }
        stage.setOnShown(e -> observer.shown(stage));
        stage.show();
        startup.start();
        stage.setOnCloseRequest(e -> state.bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
    }

    /** Before the engine: Settings (Apply starts on the fields) and Health (the start attempts) work, the rest wait. */
    private Parent offlinePage(Page page, EngineStarter starter) {
        return switch (page) {
            case SETTINGS -> SettingsScreen.create(new SettingsViewModel(dataDir, System.getenv(), starter.savedSettings()),
                    startup.applier(), dataDir);
            case HEALTH -> HealthScreen.create(startup);
            default -> OfflinePage.create(page, startup);
        };
    }

    private void followStartInStatusBar() {
        Runnable show = () -> {
            if (!startup.started().get()) {
                shell.status().offline(startup.database().get(),
                        startup.busy().get() ? startup.progress().get() : "could not be opened");
            }
        };
        startup.busy().addListener((o, was, now) -> show.run());
        startup.database().addListener((o, was, now) -> show.run());
        show.run();
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

    /**
     * Closes the engine around {@code work} (a restore replaces the database file) and starts it
     * again on the settings it ran with; meanwhile every page waits with a placeholder.
     */
    private java.util.concurrent.CompletionStage<String> restartAround(Callable<String> work) {
        java.util.concurrent.CompletableFuture<String> outcome = new java.util.concurrent.CompletableFuture<>();
        Engine old = engine;
        Screens oldScreens = screens;
        engine = null;
        screens = null;
        EngineStarter starter = engineStarter;
        shell.detach(page -> offlinePage(page, starter));
        startup.engineClosed("The database is closed for a restore…");
        inBackground(() -> {
            try {
                oldScreens.beforeExit().toCompletableFuture().get(3, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("could not pause the running interview before the restore: {}", FxThread.message(e));
            }
            com.interviewiq.engine.config.Settings settings = old.currentSettings();
            old.close();
            String sentence = null;
            Exception failure = null;
            try {
                sentence = work.call();
            } catch (Exception e) {
                failure = e;
            }
            String done = sentence;
            Exception failed = failure;
            FxThread.run(() -> startup.resume(settings).whenComplete((e, x) -> {
                String said = failed == null ? done : FxThread.message(failed);
                shell.notice(said);
                if (failed == null) {
                    outcome.complete(done);
                } else {
                    outcome.completeExceptionally(failed);
                }
            }));
        });
        return outcome;
    }

    private void attach(Engine started) {
        engine = started;
        screens = new Screens(engine, state, this::restartAround);
        screens.showWith(shell::show);
        shell.attach(engine, screens::build);
        observer.attached(engine, shell, screens);
    }

    /** The shell (tests); it exists from the first frame, with placeholders until the engine has started. */
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
