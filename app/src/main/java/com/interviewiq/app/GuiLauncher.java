package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.http.MonitoringEndpoints;
import com.interviewiq.engine.config.DataDirs;
import com.interviewiq.ui.shell.ConsoleApplication;
import com.interviewiq.ui.shell.ConsoleObserver;
import javafx.application.Platform;
import javafx.stage.Stage;
import com.interviewiq.ui.startup.SavedSettingsStarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/** Opens the console window; the engine starts on a background thread inside the app. */
class GuiLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(GuiLauncher.class);
    private final boolean quitWhenShown;

    GuiLauncher() {
        this(false);
    }

    /** quitWhenShown: close the console once its first frame is shown (the packaging's AOT training run, {@link AotTraining}). */
    GuiLauncher(boolean quitWhenShown) {
        this.quitWhenShown = quitWhenShown;
    }

    int launch(GlobalOptions options) {
        // settings are read afresh at each start: a saved database that cannot be reached (or a
        // settings file that cannot be read) opens the window with a banner rather than failing here
        Path dataDir = DataDirs.resolve(options.dataDir, options.env);
        // JavaFX warns on stderr that it runs from the class path (a supported set-up for a shaded jar)
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        LOG.info("rendering: {}", Rendering.applyForThisMachine().why());
        ConsoleApplication.observeWith(new ConsoleObserver() {
            @Override
            public void shown(Stage stage) {
                // the start-up as a user sees it, in the log for support; the training run also prints it and quits
                String shown = "console window shown " + ManagementFactory.getRuntimeMXBean().getUptime()
                        + " ms after the JVM started";
                LOG.info(shown);
                if (quitWhenShown) {
                    System.err.println(shown);
                    Platform.runLater(Platform::exit);
                }
            }
        });
        ConsoleApplication.launch(dataDir, new SavedSettingsStarter(dataDir, options::settings, GuiLauncher::start));
        return 0;
    }

    /** The engine, plus the localhost HTTP endpoints when the settings enable them (off by default). */
    private static Engine start(Settings settings) {
        Engine engine = Engine.start(settings);
        engine.warmOtherDriver(); // Settings can switch the mode live at any time
        engine.startHousekeeping(); // daily backup and retention: the console stays open for days
        engine.startRecording("console"); // <data dir>/metrics: history and alerts outlive the window
        if (settings.http().enabled()) {
            try {
                // stopped with the engine: a restore restarts the engine, and the endpoints with it
                engine.closeWith(MonitoringEndpoints.start(engine, settings.http().port(), settings.http().token()));
            } catch (IOException e) {
                // the console stays usable without its endpoints; the log says why
                LOG.error("HTTP endpoints not started: {}", e.getMessage());
            }
        }
        return engine;
    }
}
