package com.interviewiq.ui.startup;

import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.ui.Views;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The startup view: the splash while the engine starts, the database banner when it cannot. Binds only. */
public final class StartupScreen {
    private final StartupViewModel model;

    @FXML private VBox splash;
    @FXML private Label progressLabel;
    @FXML private VBox banner;
    @FXML private Label databaseLabel;
    @FXML private Label reasonLabel;
    @FXML private Button retryButton;
    @FXML private Button settingsButton;
    @FXML private Button localButton;
    @FXML private Label busyLabel;
    @FXML private VBox settingsForm;
    @FXML private TextField urlField;
    @FXML private Label urlError;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private Button saveRetryButton;

    private StartupScreen(StartupViewModel model) {
        this.model = model;
    }

    public static Views.Loaded<StartupScreen> load(StartupViewModel model) {
        return Views.load(StartupScreen.class, "/com/interviewiq/ui/startup/Startup.fxml", type -> new StartupScreen(model));
    }

    @FXML
    private void initialize() {
        splash.visibleProperty().bind(model.failed().not());
        banner.visibleProperty().bind(model.failed());
        progressLabel.textProperty().bind(model.progress());
        databaseLabel.textProperty().bind(model.database());
        reasonLabel.textProperty().bind(model.reason());
        busyLabel.textProperty().bind(model.progress());
        busyLabel.managedProperty().bind(model.progress().isNotEmpty());
        for (Button b : new Button[] {retryButton, settingsButton, localButton, saveRetryButton}) {
            b.disableProperty().bind(model.busy());
        }
        settingsForm.visibleProperty().bind(model.settingsShown());
        settingsForm.managedProperty().bind(model.settingsShown());
        retryButton.setOnAction(e -> model.retry());
        localButton.setOnAction(e -> model.useLocalDatabase());
        settingsButton.setOnAction(e -> {
            if (model.settingsShown().get()) {
                urlField.requestFocus();
                return;
            }
            model.showSettings();
            urlField.textProperty().bindBidirectional(model.settings().value(SettingKey.DATABASE_URL));
            userField.textProperty().bindBidirectional(model.settings().value(SettingKey.DATABASE_USER));
            passwordField.textProperty().bindBidirectional(model.settings().value(SettingKey.DATABASE_PASSWORD));
            urlError.textProperty().bind(model.settings().error(SettingKey.DATABASE_URL));
            urlField.requestFocus();
        });
        saveRetryButton.setOnAction(e -> model.saveAndRetry());
    }
}
