package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.Question;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The bank's table: its columns (sorted by clicking a header, over the loaded rows), double-click or
 * Enter to edit, the Delete key to delete. TableView is virtualised, so 10,000 rows stay smooth.
 */
final class QuestionTable {
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private static final Set<String> SECONDARY = Set.of("colTags", "colTimeLimit", "colUpdated");

    private QuestionTable() {
    }

    static void build(TableView<Question> table, ObservableList<Question> rows, Consumer<Question> edit,
                      Runnable editSelected, Runnable deleteSelected) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<Question> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column("Key", 150, "colKey", Question::key));
        table.getColumns().add(column("Title", 300, "colTitle", Question::title));
        table.getColumns().add(column("Category", 120, "colCategory", Question::category));
        table.getColumns().add(column("Difficulty", 80, "colDifficulty", Question::difficulty));
        table.getColumns().add(column("Status", 70, "colStatus", q -> q.status().label()));
        table.getColumns().add(column("Tags", 180, "colTags", q -> String.join(", ", q.tags())));
        table.getColumns().add(column("Time limit (s)", 100, "colTimeLimit", Question::timeLimitSeconds));
        TableColumn<Question, Instant> updated = column("Updated", 130, "colUpdated", Question::updatedAt);
        updated.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : UPDATED.format(item));
            }
        });
        table.getColumns().add(updated);
        table.setRowFactory(t -> {
            TableRow<Question> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.accept(row.getItem());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                editSelected.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected.run();
                e.consume();
            }
        });
    }

    /**
     * With the editor open the table has about half the width: the columns the editor shows anyway
     * (tags, time limit, last update) make way so key, title and status stay readable.
     */
    static void compact(TableView<Question> table, boolean compact) {
        for (TableColumn<Question, ?> c : table.getColumns()) {
            if (SECONDARY.contains(c.getId())) {
                c.setVisible(!compact);
            }
        }
    }

    private static <T> TableColumn<Question, T> column(String title, double width, String id, Function<Question, T> value) {
        TableColumn<Question, T> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
