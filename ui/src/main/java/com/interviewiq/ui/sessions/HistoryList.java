package com.interviewiq.ui.sessions;

import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.ui.common.Navigator;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.List;

/**
 * The list half of the Sessions screen, bound to the history commands: the table (a click on a row
 * reads its report, Enter resumes an open one), the pager, and Export answers…. Binds only.
 */
final class HistoryList {
    private final TableView<SessionSummary> table;
    private final HistoryCommands commands;
    private boolean restoringSelection;

    HistoryList(TableView<SessionSummary> table, HistoryCommands commands, Navigator navigator) {
        this.table = table;
        this.commands = commands;
        HistoryTable.build(table, commands::sortBy);
        commands.showWith(this::showRows);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !restoringSelection) {
                commands.loadReport(now.id());
            }
        });
        table.setOnKeyPressed(e -> {
            SessionSummary s = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && s != null && s.status().isOpen()) {
                navigator.resumeInterview(s.id());
            }
        });
    }

    void bindPager(Label count, Label message, Button first, Button previous, Label page, Button next, Button last) {
        HistoryPager pager = commands.pager();
        count.textProperty().bind(pager.countText());
        message.textProperty().bind(commands.message());
        page.textProperty().bind(pager.pageText());
        first.disableProperty().bind(pager.hasPrevious().not());
        previous.disableProperty().bind(pager.hasPrevious().not());
        next.disableProperty().bind(pager.hasNext().not());
        last.disableProperty().bind(pager.hasNext().not());
        first.setOnAction(e -> commands.firstPage());
        previous.setOnAction(e -> commands.previousPage());
        next.setOnAction(e -> commands.nextPage());
        last.setOnAction(e -> commands.lastPage());
    }

    /** Export answers…: every answer of every session the filters select, to a file the user picks. */
    void bindExport(Button exportAnswers) {
        exportAnswers.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the answers of every matching session");
            chooser.setInitialFileName("interview-answers.csv");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV (spreadsheets)", "*.csv"),
                    new FileChooser.ExtensionFilter("JSON", "*.json"));
            File file = chooser.showSaveDialog(table.getScene().getWindow());
            if (file != null) {
                commands.exportAnswers(file.toPath());
            }
        });
    }

    private void showRows(List<SessionSummary> list, long kept) {
        // selecting the kept row again must not read its report again: it is shown or on its way
        restoringSelection = true;
        try {
            table.getItems().setAll(list);
            list.stream().filter(s -> s.id() == kept).findFirst().ifPresent(s -> table.getSelectionModel().select(s));
        } finally {
            restoringSelection = false;
        }
    }
}
