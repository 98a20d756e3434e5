package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.health.Alert;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One line of the Dashboard's alert list: time, raised or cleared, check and level; the message on hover. */
final class AlertCell extends ListCell<Alert> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    @Override
    protected void updateItem(Alert a, boolean empty) {
        super.updateItem(a, empty);
        getStyleClass().removeAll("alert-raised", "alert-cleared");
        if (empty || a == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(TIME.format(a.time()) + "  " + a.kind() + "  " + a.check() + " (" + a.level() + ")");
        setTooltip(new Tooltip(a.message()));
        getStyleClass().add(Alert.RAISED.equals(a.kind()) ? "alert-raised" : "alert-cleared");
    }
}
