package com.interviewiq.ui.settings;

import com.interviewiq.engine.data.BackupFile;
import com.interviewiq.ui.common.Confirmation;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Settings → Data: the buttons, the backups list and the progress of {@link DataViewModel}. Binds only. */
final class DataPanel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

    private DataPanel() {
    }

    static Node create(DataViewModel model) {
        Label heading = new Label("Backups and archive");
        heading.getStyleClass().add("tile-value");
        Button backup = button("Back up now", "backupNow");
        Button restore = button("Restore selected…", "restoreBackup");
        Button export = button("Export archive…", "exportArchive");
        Button importButton = button("Import archive…", "importArchive");
        CheckBox update = new CheckBox("replace questions whose key exists");
        update.setId("importUpdate");
        ListView<BackupFile> list = new ListView<>(model.backups());
        list.setId("backupList");
        list.setPrefHeight(140);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupFile b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : String.format(Locale.ROOT, "%s  ·  %s  ·  %,d KB  ·  %s",
                        WHEN.format(b.created()), b.automatic() ? "daily" : "by hand", (b.bytes() + 1023) / 1024,
                        b.path().getFileName()));
            }
        });
        list.setPlaceholder(new Label("No backups yet: the console makes one a day; Back up now makes one at once."));
        ProgressBar bar = new ProgressBar();
        bar.setId("dataProgress");
        bar.progressProperty().bind(model.progress());
        bar.visibleProperty().bind(model.busy());
        bar.setPrefWidth(220);
        Label status = new Label();
        status.setId("dataStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.status());

        boolean local = model.backupsSupported();
        backup.setDisable(!local);
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(model.busy()));
        for (Button b : new Button[] {export, importButton}) {
            b.disableProperty().bind(model.busy());
        }
        if (local) {
            backup.disableProperty().bind(model.busy());
        }
        backup.setOnAction(e -> model.backupNow());
        restore.setOnAction(e -> {
            BackupFile chosen = list.getSelectionModel().getSelectedItem();
            Confirmation.ask(restore, "restore", "Restore a backup", "Replace the database with the backup of "
                            + WHEN.format(chosen.created()) + "?",
                    "The console closes the database, replaces it and opens it again; every screen follows. The database "
                            + "it replaces is kept in the backups folder.", "Restore", () -> model.restore(chosen.path()), () -> { });
        });
        export.setOnAction(e -> {
            File f = chooser("Export everything", "interviewiq-archive.json").showSaveDialog(export.getScene().getWindow());
            if (f != null) {
                model.exportTo(f.toPath());
            }
        });
        importButton.setOnAction(e -> {
            File f = chooser("Import an archive", null).showOpenDialog(importButton.getScene().getWindow());
            if (f != null) {
                model.importFrom(f.toPath(), update.isSelected());
            }
        });
        Label note = new Label(local ? "Backups of this laptop database are in the data directory's backups folder "
                + "(0600). The archive moves interviews between databases, e.g. to the team's PostgreSQL." : model.backupsNote() + ".");
        note.setWrapText(true);
        note.getStyleClass().add("tile-caption");
        VBox box = new VBox(8, heading, note, new HBox(8, backup, restore), list,
                new HBox(8, export, importButton, update), new HBox(8, bar, status));
        box.setId("dataPanel");
        box.setPadding(new Insets(8, 0, 0, 0));
        model.refreshBackups();
        return box;
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }

    private static FileChooser chooser(String title, String name) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        if (name != null) {
            c.setInitialFileName(name);
        }
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("InterviewIQ archive (JSON)", "*.json"));
        return c;
    }
}
