package com.interviewiq.ui.dashboard;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Function;

/**
 * The Compare (A/B) window: two ranges as clock times, Compare and Defaults, the table metric | A |
 * B | B/A (its tooltip says how the figures are made) and the verdict. Binds only; the state and
 * the arithmetic are {@link CompareViewModel}'s.
 */
public final class CompareView {
    private CompareView() {
    }

    /** Opens the window beside the dashboard (not modal: the charts keep running). */
    public static Stage open(Window owner, CompareViewModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Compare two time ranges");
        Scene scene = new Scene(content(model), 760, 560);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** The window's content (tests and screenshots show it on their own stage). */
    public static Parent content(CompareViewModel model) {
        Label title = new Label("Compare: did the switch help here?");
        title.getStyleClass().add(Styles.TITLE_3); // AtlantaFX's own classes: the window has none of the console's sheets
        Label why = label("compareWhy", Styles.TEXT_MUTED);
        why.textProperty().bind(model.why());
        HBox a = rangeRow("A", "compareAFrom", model.aFrom(), "compareATo", model.aTo());
        HBox b = rangeRow("B", "compareBFrom", model.bFrom(), "compareBTo", model.bTo());
        Button compare = new Button("Compare");
        compare.setId("compareRun");
        compare.setDefaultButton(true);
        compare.getStyleClass().add(Styles.ACCENT);
        compare.setOnAction(e -> model.compare());
        Button defaults = new Button("Before / after the last switch");
        defaults.setId("compareDefaults");
        defaults.setOnAction(e -> model.useDefaults());
        Label error = label("compareError", Styles.DANGER);
        error.textProperty().bind(model.error());
        HBox buttons = new HBox(8, compare, defaults, error);
        buttons.setAlignment(Pos.CENTER_LEFT);

        TableView<CompareViewModel.Line> table = new TableView<>(model.lines());
        table.setId("compareTable");
        table.getColumns().add(column("metric", CompareViewModel.Line::metric, 200));
        table.getColumns().add(column("A", CompareViewModel.Line::a, 140));
        table.getColumns().add(column("B", CompareViewModel.Line::b, 140));
        table.getColumns().add(column("B/A", CompareViewModel.Line::ratio, 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.setMinHeight(250); // the header and seven rows, no scroll bar
        table.setPrefHeight(250);
        table.setTooltip(new Tooltip(CompareViewModel.METHOD));
        Label verdict = label("compareVerdict", Styles.TEXT_BOLD);
        verdict.setWrapText(true);
        verdict.textProperty().bind(model.verdict());
        Label method = label("compareMethod", Styles.TEXT_MUTED);
        method.setWrapText(true);
        method.setMinHeight(Region.USE_PREF_SIZE);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        method.setText("Percentiles are approximate: the statement-weighted mean of each second's percentile (hover the table for more).");

        VBox root = new VBox(10, title, why, a, b, buttons, table, verdict, method);
        root.setPadding(new Insets(16, 20, 16, 20));
        root.setId("compareView");
        return root;
    }

    private static HBox rangeRow(String name, String fromId, javafx.beans.property.StringProperty from, String toId,
                                 javafx.beans.property.StringProperty to) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(24);
        HBox row = new HBox(8, label, new Label("from"), field(fromId, from), new Label("to"), field(toId, to));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(7);
        t.setPromptText("HH:mm:ss");
        t.textProperty().bindBidirectional(value);
        return t;
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        return l;
    }

    private static TableColumn<CompareViewModel.Line, String> column(String name,
                                                                     Function<CompareViewModel.Line, String> value,
                                                                     double width) {
        TableColumn<CompareViewModel.Line, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
