package com.interviewiq.ui.dashboard;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Pane;

/** The time-window pills (5 min, 15 min, 60 min), bound both ways to the chosen window; one is always chosen. */
final class WindowChoice {
    private WindowChoice() {
    }

    static void fill(Pane box, ObjectProperty<TimeWindow> window) {
        ToggleGroup group = new ToggleGroup();
        TimeWindow[] windows = TimeWindow.values();
        for (int i = 0; i < windows.length; i++) {
            ToggleButton b = new ToggleButton(windows[i].label());
            b.setId("window-" + windows[i].minutes());
            b.setUserData(windows[i]);
            b.setToggleGroup(group);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == windows.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setSelected(windows[i] == window.get());
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                window.set((TimeWindow) now.getUserData());
            }
        });
        window.addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
    }
}
