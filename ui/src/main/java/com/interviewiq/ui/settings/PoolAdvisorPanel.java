package com.interviewiq.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The pool advisor under the pool fields: the suggestion, its reasoning, Advise and Apply. Binds only. */
final class PoolAdvisorPanel {
    private PoolAdvisorPanel() {
    }

    static Node create(PoolAdvisorViewModel model) {
        Label title = new Label("Pool advisor");
        title.getStyleClass().add("panel-title");
        Label suggestion = new Label();
        suggestion.setId("poolAdvice");
        suggestion.getStyleClass().add("tile-value");
        suggestion.textProperty().bind(model.suggestion());
        Label reasoning = new Label();
        reasoning.setId("poolAdviceReasoning");
        reasoning.setWrapText(true);
        reasoning.setMinHeight(Region.USE_PREF_SIZE);
        reasoning.textProperty().bind(model.reasoning());
        Button advise = new Button("Advise from the last 5 min");
        advise.setId("poolAdvise");
        advise.setMinWidth(Region.USE_PREF_SIZE);
        advise.setTooltip(new Tooltip("Little's law on the traffic the monitor measured: transactions/s x mean time"
                + " holding a connection, with headroom, bounded by the server's free connections on PostgreSQL"));
        advise.setOnAction(e -> model.refresh());
        Button apply = new Button("Apply suggestion");
        apply.setId("poolAdviceApply");
        apply.setMinWidth(Region.USE_PREF_SIZE);
        apply.setTooltip(new Tooltip("Puts the sizes into the pool fields and applies the fields live, like Apply:"
                + " in-flight work finishes on the old pool. Save keeps them for the next start."));
        apply.disableProperty().bind(model.canApply().not());
        apply.setOnAction(e -> model.apply());
        Label result = new Label();
        result.setId("poolAdviceResult");
        result.setWrapText(true);
        result.textProperty().bind(model.result());
        Label progress = new Label();
        progress.getStyleClass().add("tile-caption");
        progress.textProperty().bind(model.progress());
        HBox buttons = new HBox(10, advise, apply, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, title, suggestion, reasoning, buttons, result);
        box.setId("poolAdvisor");
        box.getStyleClass().add("panel");
        box.setMaxWidth(760);
        return box;
    }
}
