package com.interviewiq.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The "Test evaluator" button under the remote evaluator's fields, with its result and the key note. */
final class EvaluatorTestRow {
    private EvaluatorTestRow() {
    }

    static Node create(EvaluatorTestViewModel model) {
        Button test = new Button("Test evaluator");
        test.setId("testEvaluator");
        test.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long result wraps; the button keeps its label
        test.disableProperty().bind(model.running());
        test.setOnAction(e -> model.test());
        Label result = new Label();
        result.setId("evaluatorTestResult");
        result.setWrapText(true);
        result.textProperty().bind(model.result());
        Label keyNote = new Label();
        keyNote.setId("evaluatorKeyNote");
        keyNote.setWrapText(true);
        keyNote.getStyleClass().add("env-note");
        keyNote.textProperty().bind(model.keyNote());
        keyNote.managedProperty().bind(keyNote.textProperty().isNotEmpty());
        keyNote.visibleProperty().bind(keyNote.textProperty().isNotEmpty());
        HBox line = new HBox(10, test, result);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(4, keyNote, line);
    }
}
