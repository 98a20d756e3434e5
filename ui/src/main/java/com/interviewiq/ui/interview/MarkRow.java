package com.interviewiq.ui.interview;

import com.interviewiq.engine.evaluation.CriterionMark;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One criterion in the evaluation panel: its verdict, and the evidence sentence in smaller type under it. */
final class MarkRow extends VBox {
    MarkRow(CriterionMark m) {
        Label verdict = new Label(MarkText.verdict(m));
        verdict.getStyleClass().add(m.met() ? "mark-met" : "mark-missed");
        verdict.setWrapText(true);
        getChildren().add(verdict);
        String evidence = MarkText.evidence(m);
        if (!evidence.isEmpty()) {
            Label e = new Label(evidence);
            e.getStyleClass().add("mark-evidence");
            e.setWrapText(true);
            getChildren().add(e);
        }
        getStyleClass().add("mark-row");
    }
}
