package com.interviewiq.ui.shell;

import com.interviewiq.engine.Engine;
import com.interviewiq.ui.common.Navigator;
import javafx.stage.Stage;

/**
 * What watches the console from outside its screens: the launcher (it logs when the window was
 * shown), the screenshot tour and the first-frame timer (in the ui module's test code). The window
 * shown, and an engine attached with its pages; called on the FX thread.
 */
public interface ConsoleObserver {
    ConsoleObserver NONE = new ConsoleObserver() {
    };

    default void shown(Stage stage) {
    }

    default void attached(Engine engine, ShellController shell, Navigator navigator) {
    }
}
