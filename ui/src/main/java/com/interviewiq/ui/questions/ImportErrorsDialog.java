package com.interviewiq.ui.questions;

import com.interviewiq.engine.transfer.ImportReport;
import com.interviewiq.engine.validation.FieldError;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Function;

/**
 * Lists every bad row of a rejected import (row, field, reason) with the file's name: the import
 * is all or nothing, so the user needs all of them to fix the file in one go.
 */
final class ImportErrorsDialog {
    private ImportErrorsDialog() {
    }

    static Dialog<ButtonType> show(Window owner, String fileName, ImportReport report) {
        long rows = report.errors().stream().map(FieldError::row).distinct().count();
        Label heading = new Label("Nothing was imported from " + fileName + ": "
                + QuestionBankViewModel.plural(report.errors().size(), "problem") + " in " + QuestionBankViewModel.plural(rows, "row") + ". Fix them and import the file again.");
        heading.setId("importErrorFile");
        heading.setWrapText(true);
        TableView<FieldError> table = new TableView<>(FXCollections.observableArrayList(report.errors()));
        table.setId("importErrors");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Row", 140, e -> e.row() == null ? "(file)" : e.row()));
        table.getColumns().add(column("Field", 170, FieldError::field));
        table.getColumns().add(column("Reason", 440, FieldError::message));
        table.setPrefHeight(340);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Import failed: " + fileName);
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setId("importErrorsDialog");
        dialog.getDialogPane().setPrefWidth(800);
        dialog.getDialogPane().setContent(new VBox(10, heading, table));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("closeImportErrors");
        dialog.show();
        return dialog;
    }

    private static TableColumn<FieldError, String> column(String title, double width, Function<FieldError, String> value) {
        TableColumn<FieldError, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.6);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
