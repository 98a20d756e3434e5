package com.interviewiq.ui.startup;

import com.interviewiq.ui.common.Page;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** What a page that needs the database shows while the console has none: a short placeholder that follows the start. */
public final class OfflinePage {
    private OfflinePage() {
    }

    public static Parent create(Page page, StartupViewModel model) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        spinner.visibleProperty().bind(model.busy());
        spinner.managedProperty().bind(model.busy());
        Label title = new Label(page.title() + " opens once the console has a database.");
        title.getStyleClass().add("tile-value");
        Label detail = new Label();
        detail.setId("offlineDetail");
        detail.setWrapText(true);
        detail.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        detail.textProperty().bind(Bindings.when(model.busy()).then(model.progress())
                .otherwise("Retry, fix the database on the Settings page, or use the local database (the banner above)."));
        VBox box = new VBox(12, spinner, title, detail);
        box.setId("offline-" + page.navId().substring("nav-".length()));
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(560);
        return box;
    }
}
