package com.interviewiq.ui;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The main window's content until the full shell (navigation, dashboard) is built. */
final class MainView {
    private final Label status = new Label("Starting the engine…");
    private final VBox root;

    MainView() {
        Label title = new Label("InterviewIQ Console");
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");
        status.setId("engineStatus");
        status.setWrapText(true);
        root = new VBox(12, title, status);
        root.setPadding(new Insets(24));
    }

    Parent root() {
        return root;
    }

    void showConnected(String database, String mode) {
        status.setText("Connected: " + database + " · mode " + mode);
    }

    void showFailure(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        status.setText("The engine could not start: " + cause.getMessage());
    }
}
