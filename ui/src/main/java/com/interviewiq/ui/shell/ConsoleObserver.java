package com.interviewiq.ui.shell;

import com.interviewiq.engine.Engine;
import com.interviewiq.ui.common.Navigator;
import javafx.stage.Stage;

/**
 * What tools outside the shipped console (the screenshot tour, the first-frame timer; both in the
 * ui module's test code) watch: the window shown, and an engine attached with its pages. Called on
 * the FX thread; the console itself has none.
 */
public interface ConsoleObserver {
    ConsoleObserver NONE = new ConsoleObserver() {
    };

    default void shown(Stage stage) {
    }

    default void attached(Engine engine, ShellController shell, Navigator navigator) {
    }
}
