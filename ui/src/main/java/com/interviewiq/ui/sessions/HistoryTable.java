package com.interviewiq.ui.sessions;

import com.interviewiq.engine.sessions.SessionSort;
import com.interviewiq.engine.sessions.SessionSummary;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The history table's columns. A click on a header does not sort the rows on screen (they are one
 * page of many): it hands the column's {@link SessionSort} to the commands, and the database sorts
 * every match. A third click (no column sorted) goes back to newest first.
 */
final class HistoryTable {
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.systemDefault());

    private HistoryTable() {
    }

    static void build(TableView<SessionSummary> table, BiConsumer<SessionSort, Boolean> sortBy) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column(table, "colId", "#", 50, SessionSort.ID, s -> String.valueOf(s.id()));
        column(table, "colCandidate", "Candidate", 150, SessionSort.CANDIDATE, SessionSummary::candidate);
        TableColumn<SessionSummary, String> interviewer = column(table, "colInterviewer", "Interviewer", 100,
                SessionSort.INTERVIEWER, SessionSummary::interviewer);
        column(table, "colStatus", "Status", 95, SessionSort.STATUS, s -> s.status().label().replace('_', ' '));
        TableColumn<SessionSummary, String> created = column(table, "colCreated", "Created", 105, SessionSort.CREATED,
                s -> when(s.createdAt()));
        TableColumn<SessionSummary, String> started = column(table, "colStarted", "Started", 105, SessionSort.STARTED,
                s -> s.startedAt() == null ? "–" : when(s.startedAt()));
        TableColumn<SessionSummary, String> answered = column(table, "colAnswered", "Answered", 70, SessionSort.ANSWERED,
                s -> String.valueOf(s.answered()));
        column(table, "colScore", "Score", 55, SessionSort.SCORE, s -> s.averageScore() == null || s.answered() == 0 ? "–"
                : String.format(Locale.ROOT, "%.1f", s.averageScore()));
        // the list shares the width with the report: five columns fit it, the others are a click away
        // in the table's column menu (the "+" at the header's end)
        List.of(interviewer, started, answered).forEach(c -> c.setVisible(false));
        table.setTableMenuButtonVisible(true);
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

    /** As a mail client shows dates: the time within this year, the year for older ones (a narrow column). */
    static String when(java.time.Instant t) {
        ZoneId zone = ZoneId.systemDefault();
        return t.atZone(zone).getYear() == java.time.Year.now(zone).getValue() ? THIS_YEAR.format(t) : OTHER_YEAR.format(t);
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
