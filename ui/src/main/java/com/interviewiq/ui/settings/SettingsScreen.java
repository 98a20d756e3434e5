package com.interviewiq.ui.settings;

import com.interviewiq.ui.ConsoleContext;
import com.interviewiq.ui.placeholder.PlaceholderView;
import com.interviewiq.ui.shell.Page;
import javafx.scene.Parent;

/** Settings (being built). */
public final class SettingsScreen {
    private SettingsScreen() {
    }

    public static Parent create(ConsoleContext context) {
        return PlaceholderView.of(Page.SETTINGS, "Edit settings.json in the data directory meanwhile.");
    }
}
