package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.http.MonitoringEndpoints;
import com.interviewiq.ui.ConsoleApplication;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/** Opens the console window; the engine starts on a background thread inside the app. */
class GuiLauncher {
    int launch(GlobalOptions options) {
        Settings settings = options.settings(); // bad settings fail here, before a window opens
        // JavaFX warns on stderr that it runs from the class path (a supported set-up for a shaded jar)
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        ConsoleApplication.launch(settings.dataDir(), () -> start(settings));
        return 0;
    }

    /** The engine, plus the localhost HTTP endpoints when the settings enable them (off by default). */
    private static Engine start(Settings settings) {
        Engine engine = Engine.start(settings);
        engine.warmOtherDriver(); // Settings can switch the mode live at any time
        if (settings.http().enabled()) {
            try {
                MonitoringEndpoints.start(engine, settings.http().port(), settings.http().token());
            } catch (IOException e) {
                // the console stays usable without its endpoints; the log says why
                LoggerFactory.getLogger(GuiLauncher.class).error("HTTP endpoints not started: {}", e.getMessage());
            }
        }
        return engine;
    }
}
