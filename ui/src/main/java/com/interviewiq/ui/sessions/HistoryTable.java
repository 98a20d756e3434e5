package com.interviewiq.ui.sessions;

import com.interviewiq.engine.sessions.SessionSort;
import com.interviewiq.engine.sessions.SessionSummary;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The history table's columns. A click on a header does not sort the rows on screen (they are one
 * page of many): it hands the column's {@link SessionSort} to the commands, and the database sorts
 * every match. A third click (no column sorted) goes back to newest first.
 */
final class HistoryTable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

    private HistoryTable() {
    }

    static void build(TableView<SessionSummary> table, BiConsumer<SessionSort, Boolean> sortBy) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column(table, "colId", "#", 55, SessionSort.ID, s -> String.valueOf(s.id()));
        column(table, "colCandidate", "Candidate", 130, SessionSort.CANDIDATE, SessionSummary::candidate);
        column(table, "colInterviewer", "Interviewer", 100, SessionSort.INTERVIEWER, SessionSummary::interviewer);
        column(table, "colStatus", "Status", 90, SessionSort.STATUS, s -> s.status().label().replace('_', ' '));
        TableColumn<SessionSummary, String> created = column(table, "colCreated", "Created", 120, SessionSort.CREATED,
                s -> WHEN.format(s.createdAt()));
        column(table, "colStarted", "Started", 120, SessionSort.STARTED,
                s -> s.startedAt() == null ? "–" : WHEN.format(s.startedAt()));
        column(table, "colAnswered", "Answered", 70, SessionSort.ANSWERED, s -> String.valueOf(s.answered()));
        column(table, "colScore", "Score", 60, SessionSort.SCORE, s -> s.averageScore() == null || s.answered() == 0 ? "–"
                : String.format(Locale.ROOT, "%.1f", s.averageScore()));
        // the rows arrive sorted: the table must keep their order, only its arrows follow the clicks
        table.setSortPolicy(t -> true);
        created.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(created);
        Runnable changed = () -> {
            if (table.getSortOrder().isEmpty()) {
                sortBy.accept(SessionSort.CREATED, true);
            } else {
                TableColumn<SessionSummary, ?> first = table.getSortOrder().getFirst();
                sortBy.accept((SessionSort) first.getUserData(), first.getSortType() == TableColumn.SortType.DESCENDING);
            }
        };
        table.getSortOrder().addListener((ListChangeListener<TableColumn<SessionSummary, ?>>) c -> changed.run());
        for (TableColumn<SessionSummary, ?> c : table.getColumns()) {
            c.sortTypeProperty().addListener((o, was, now) -> {
                if (!table.getSortOrder().isEmpty() && table.getSortOrder().getFirst() == c) {
                    changed.run();
                }
            });
        }
    }

    private static TableColumn<SessionSummary, String> column(TableView<SessionSummary> table, String id, String title,
                                                              double width, SessionSort sort,
                                                              Function<SessionSummary, String> value) {
        TableColumn<SessionSummary, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setUserData(sort);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        table.getColumns().add(c);
        return c;
    }
}
