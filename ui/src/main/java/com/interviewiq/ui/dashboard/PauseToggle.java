package com.interviewiq.ui.dashboard;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ToggleButton;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Pause/Resume toggle: bound both ways to the view model's paused state, its label and icon following. */
final class PauseToggle {
    private PauseToggle() {
    }

    static void bind(ToggleButton button, BooleanProperty paused) {
        button.selectedProperty().bindBidirectional(paused);
        button.textProperty().bind(Bindings.when(paused).then("Resume").otherwise("Pause"));
        button.graphicProperty().bind(Bindings.when(paused).then(new FontIcon(Feather.PLAY)).otherwise(new FontIcon(Feather.PAUSE)));
    }
}
