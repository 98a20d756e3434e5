package com.interviewiq.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.interviewiq.ui.ConsoleContext;
import javafx.application.Application;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** The main window: navigation, the current screen, the status bar. Screens are built on first visit. */
public final class ShellController {
    private final ConsoleContext context;
    private final Function<Page, Parent> screens;
    private final StatusViewModel status = new StatusViewModel();
    private final Map<Page, Parent> built = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);
    private final ToggleGroup group = new ToggleGroup();

    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private Label databaseLabel;
    @FXML private Label modeLabel;
    @FXML private Label healthLabel;
    @FXML private Label poolLabel;
    @FXML private ProgressBar poolBar;
    @FXML private ToggleButton themeToggle;

    public ShellController(ConsoleContext context, Function<Page, Parent> screens) {
        this.context = context;
        this.screens = screens;
    }

    @FXML
    private void initialize() {
        for (Page page : Page.values()) {
            ToggleButton b = new ToggleButton(page.title(), new FontIcon(page.icon()));
            b.setId(page.navId());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            b.setOnAction(e -> show(page));
            buttons.put(page, b);
            navigation.getChildren().add(b);
        }
        // keep one page selected: clicking the selected button again must not leave none
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        status.bind(context.engine());
        databaseLabel.textProperty().bind(status.database());
        modeLabel.textProperty().bind(status.mode().map(m -> "mode " + m));
        com.interviewiq.ui.FxThread.colourByStatus(healthLabel);
        healthLabel.textProperty().bind(status.health());
        healthLabel.idProperty().set("statusHealth");
        poolLabel.textProperty().bind(status.pool());
        poolBar.progressProperty().bind(status.utilisation());
        themeToggle.setGraphic(new FontIcon(Feather.MOON));
        themeToggle.setSelected(context.state().dark());
        themeToggle.setOnAction(e -> applyTheme(themeToggle.isSelected()));
        applyTheme(context.state().dark());
        show(Page.DASHBOARD);
    }

    /** Ctrl+1..7 for the pages; installed once the scene exists (and the theme marked on its root). */
    public void installShortcuts(Scene scene) {
        scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark());
        for (Page page : Page.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(page.key(), KeyCombination.SHORTCUT_DOWN), () -> show(page));
        }
    }

    public void show(Page page) {
        Parent view = built.computeIfAbsent(page, screens);
        content.getChildren().setAll(view);
        buttons.get(page).setSelected(true);
    }

    public Page current() {
        for (var e : buttons.entrySet()) {
            if (e.getValue().isSelected()) {
                return e.getKey();
            }
        }
        return Page.DASHBOARD;
    }

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        context.state().dark(dark);
        Node root = content.getScene() == null ? null : content.getScene().getRoot();
        if (root != null) {
            root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
        }
        // remembered in UiState; ConsoleApplication.stop() writes it once, off any hot path
    }

    public void close() {
        status.unbind();
    }

    public boolean dark() {
        return themeToggle.isSelected();
    }

    /** Switches the theme as the toggle does (and remembers it). */
    public void dark(boolean dark) {
        themeToggle.setSelected(dark);
        applyTheme(dark);
    }
}
