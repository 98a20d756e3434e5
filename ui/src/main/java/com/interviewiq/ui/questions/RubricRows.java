package com.interviewiq.ui.questions;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * The editor's rubric: one row per criterion (text, weight, keywords, example answers, move and remove), bound to
 * the form's criteria and rebuilt when rows are added, removed or moved.
 */
final class RubricRows {
    private final VBox rubricBox;
    private final QuestionForm form;
    private final List<Runnable> rowBindings = new ArrayList<>();

    RubricRows(VBox rubricBox, QuestionForm form) {
        this.rubricBox = rubricBox;
        this.form = form;
    }

    static void showError(Label label, StringProperty error) {
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(error.isNotEmpty());
    }

    /** One row per criterion, rebuilt when rows are added, removed or moved (at most ten). */
    void build() {
        rowBindings.forEach(Runnable::run);
        rowBindings.clear();
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < form.criteria().size(); i++) {
            rows.add(rubricRow(form.criteria().get(i), i, form.criteria().size()));
        }
        rubricBox.getChildren().setAll(rows);
    }

    private Node rubricRow(CriterionForm c, int i, int count) {
        Label number = new Label((i + 1) + ".");
        number.setMinWidth(22);
        TextField text = field(c.criterion(), "criterion-" + i, "what a good answer covers");
        HBox.setHgrow(text, Priority.ALWAYS);
        TextField weight = field(c.weight(), "weight-" + i, "1..10");
        weight.setPrefColumnCount(3);
        weight.setTooltip(new Tooltip("Weight 1..10"));
        Button up = iconButton(Feather.ARROW_UP, "moveUp-" + i, "Move up", () -> {
            form.moveUp(i);
            focusRow(i - 1, "moveUp");
        });
        up.setDisable(i == 0);
        Button down = iconButton(Feather.ARROW_DOWN, "moveDown-" + i, "Move down", () -> {
            form.moveDown(i);
            focusRow(i + 1, "moveDown");
        });
        down.setDisable(i == count - 1);
        Button remove = iconButton(Feather.TRASH_2, "removeCriterion-" + i, "Remove criterion",
                () -> form.removeCriterion(i));
        Label weightLabel = new Label("weight");
        weightLabel.setLabelFor(weight);
        weightLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(6, number, text, weightLabel, weight);
        top.setAlignment(Pos.CENTER_LEFT);
        TextField keywords = field(c.keywords(), "keywords-" + i, "keywords, comma separated");
        HBox.setHgrow(keywords, Priority.ALWAYS);
        Label indent = new Label("");
        indent.setMinWidth(22);
        HBox bottom = new HBox(6, indent, keywords, up, down, remove);
        bottom.setAlignment(Pos.CENTER_LEFT);
        TextArea examples = new TextArea();
        examples.setId("examples-" + i);
        examples.setPromptText("example answers, one per line: how a candidate might make this point in other words"
                + " (the semantic evaluator learns paraphrases from them)");
        examples.setPrefRowCount(3);
        examples.setTooltip(new Tooltip("Example answers, one per line"));
        examples.setWrapText(true);
        examples.textProperty().bindBidirectional(c.examples());
        HBox.setHgrow(examples, Priority.ALWAYS);
        Label indent2 = new Label("");
        indent2.setMinWidth(22);
        HBox third = new HBox(6, indent2, examples);
        Label error = new Label();
        error.setId("error-criterion-" + i);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        showError(error, c.error());
        rowBindings.add(() -> {
            text.textProperty().unbindBidirectional(c.criterion());
            weight.textProperty().unbindBidirectional(c.weight());
            keywords.textProperty().unbindBidirectional(c.keywords());
            examples.textProperty().unbindBidirectional(c.examples());
            error.textProperty().unbind();
            error.visibleProperty().unbind();
            error.managedProperty().unbind();
        });
        VBox row = new VBox(4, top, bottom, third, error);
        row.getStyleClass().add("criterion-row");
        row.setId("criterion-row-" + i);
        return row;
    }

    private static TextField field(StringProperty value, String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    private static Button iconButton(Feather icon, String id, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Keeps keyboard users on the row they moved or added. */
    void focusRow(int index, String part) {
        Node n = rubricBox.lookup("#" + part + "-" + index);
        if (n != null && !n.isDisabled()) {
            n.requestFocus();
        } else if (rubricBox.lookup("#criterion-" + index) != null) {
            rubricBox.lookup("#criterion-" + index).requestFocus();
        }
    }
}
