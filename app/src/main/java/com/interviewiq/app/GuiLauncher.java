package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.ui.ConsoleApplication;

/** Opens the console window; the engine starts on a background thread inside the app. */
class GuiLauncher {
    int launch(GlobalOptions options) {
        Settings settings = options.settings(); // bad settings fail here, before a window opens
        // JavaFX warns on stderr that it runs from the class path (a supported set-up for a shaded jar)
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        ConsoleApplication.launch(settings.dataDir(), () -> Engine.start(settings));
        return 0;
    }
}
