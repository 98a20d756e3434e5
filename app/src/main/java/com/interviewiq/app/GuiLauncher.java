package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.ui.ConsoleApplication;

/** Opens the console window; the engine starts on a background thread inside the app. */
class GuiLauncher {
    int launch(GlobalOptions options) {
        Settings settings = options.settings(); // bad settings fail here, before a window opens
        ConsoleApplication.launch(() -> Engine.start(settings));
        return 0;
    }
}
