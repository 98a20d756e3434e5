package com.interviewiq.ui.placeholder;

import com.interviewiq.ui.shell.Page;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Stands in for a screen that a later release builds; says where to find the same function now. */
public final class PlaceholderView {
    private PlaceholderView() {
    }

    public static Parent of(Page page, String whereNow) {
        FontIcon icon = new FontIcon(page.icon());
        icon.setIconSize(48);
        Label title = new Label(page.title());
        title.getStyleClass().add("page-title");
        Label text = new Label("This screen is not built yet. " + whereNow);
        text.setWrapText(true);
        text.getStyleClass().add("page-subtitle");
        VBox box = new VBox(12, icon, title, text);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        box.setMaxWidth(560);
        box.setId("placeholder-" + page.navId());
        return box;
    }
}
