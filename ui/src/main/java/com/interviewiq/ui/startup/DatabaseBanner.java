package com.interviewiq.ui.startup;

import com.interviewiq.ui.common.Views;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The banner above every page while the database cannot be opened: which, why, and three ways on. Binds only. */
public final class DatabaseBanner {
    private final StartupViewModel model;

    @FXML private VBox banner;
    @FXML private Label databaseLabel;
    @FXML private Label reasonLabel;
    @FXML private Button retryButton;
    @FXML private Button settingsButton;
    @FXML private Button localButton;
    @FXML private Label busyLabel;

    private DatabaseBanner(StartupViewModel model) {
        this.model = model;
    }

    public static Views.Loaded<DatabaseBanner> load(StartupViewModel model) {
        return Views.load(DatabaseBanner.class, "/com/interviewiq/ui/startup/DatabaseBanner.fxml", type -> new DatabaseBanner(model));
    }

    @FXML
    private void initialize() {
        banner.visibleProperty().bind(model.failed().and(model.started().not()));
        banner.managedProperty().bind(banner.visibleProperty());
        // Enter retries only while the banner shows: a hidden default button would take Enter from every page
        retryButton.defaultButtonProperty().bind(banner.visibleProperty());
        databaseLabel.textProperty().bind(model.database());
        reasonLabel.textProperty().bind(model.reason());
        busyLabel.textProperty().bind(model.progress());
        for (Button b : new Button[] {retryButton, localButton}) {
            b.disableProperty().bind(model.busy());
        }
        retryButton.setOnAction(e -> model.retry());
        localButton.setOnAction(e -> model.useLocalDatabase());
        settingsButton.setOnAction(e -> model.openSettings());
    }
}
