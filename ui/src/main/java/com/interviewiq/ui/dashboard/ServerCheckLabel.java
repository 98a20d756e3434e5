package com.interviewiq.ui.dashboard;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** Binds the server cross-check tile's label: its text, the reasoning as a tooltip, the warning style. */
final class ServerCheckLabel {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private ServerCheckLabel() {
    }

    static void bind(Label label, ServerCheckTile tile) {
        label.textProperty().bind(tile.text());
        label.tooltipProperty().bind(tile.detail().map(Tooltip::new));
        tile.warning().subscribe(w -> label.pseudoClassStateChanged(WARNING, w));
    }
}
