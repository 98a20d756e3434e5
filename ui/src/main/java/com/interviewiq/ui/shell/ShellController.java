package com.interviewiq.ui.shell;

import com.interviewiq.ui.common.Page;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.interviewiq.engine.Engine;
import com.interviewiq.ui.common.UiState;
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

/**
 * The main window: navigation, a banner slot, the current screen, the status bar. Screens are
 * built on first visit. The window opens before the engine has started (pages then come from a
 * factory of placeholders and engine-free screens); {@link #attach} brings every page up on it.
 */
public final class ShellController {
    private final UiState state;
    private Function<Page, Parent> screens;
    private final StatusViewModel status = new StatusViewModel();
    private Runnable stopNotifications = () -> { };
    private final Map<Page, Parent> built = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);
    private final ToggleGroup group = new ToggleGroup();

    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private StackPane bannerSlot;
    @FXML private Label databaseLabel;
    @FXML private Label modeLabel;
    @FXML private Label healthLabel;
    @FXML private Label poolLabel;
    @FXML private Label evaluatorLabel;
    @FXML private Label noticeLabel;
    @FXML private ProgressBar poolBar;
    @FXML private ToggleButton themeToggle;

    public ShellController(UiState state, Function<Page, Parent> screens) {
        this.state = state;
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
        databaseLabel.textProperty().bind(status.database());
        modeLabel.textProperty().bind(status.mode().map(m -> "mode " + m));
        com.interviewiq.ui.common.FxThread.colourByStatus(healthLabel);
        healthLabel.textProperty().bind(status.health());
        healthLabel.idProperty().set("statusHealth");
        poolLabel.textProperty().bind(status.pool());
        evaluatorLabel.textProperty().bind(status.evaluator());
        evaluatorLabel.visibleProperty().bind(status.evaluator().isNotEmpty());
        evaluatorLabel.managedProperty().bind(evaluatorLabel.visibleProperty());
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        why.textProperty().bind(status.evaluatorWhy());
        evaluatorLabel.setTooltip(why);
        poolBar.progressProperty().bind(status.utilisation());
        themeToggle.setGraphic(new FontIcon(Feather.MOON));
        themeToggle.setSelected(state.dark());
        themeToggle.setOnAction(e -> applyTheme(themeToggle.isSelected()));
        applyTheme(state.dark());
        show(Page.DASHBOARD);
    }

    /** Ctrl+1..7 for the pages; installed once the scene exists (and the theme marked on its root). */
    public void installShortcuts(Scene scene) {
        scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark());
        for (Page page : Page.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(page.key(), KeyCombination.SHORTCUT_DOWN), () -> show(page));
        }
    }

    /** The engine has started: the status bar follows it and every page is rebuilt on it, the current one at once. */
    public void attach(Engine engine, Function<Page, Parent> engineScreens) {
        Page now = current();
        status.bind(engine);
        stopNotifications.run();
        // a lambda, not a method reference: the AWT notifier's class loads only on the first critical alert
        stopNotifications = CriticalAlertNotifications.watch(engine.health().alerts(),
                engine.settings().health().desktopNotifications(), () -> TrayNotifier.shared());
        screens = engineScreens;
        built.clear();
        show(now);
    }

    /** The engine is closing (a restore): the status bar lets go of it and every page goes back to {@code offline}. */
    public void detach(Function<Page, Parent> offline) {
        Page now = current();
        status.unbind();
        stopNotifications.run();
        stopNotifications = () -> { };
        screens = offline;
        built.clear();
        show(now);
    }

    /** A sentence that outlives the page it came from (a restore's outcome), until the next one. */
    public void notice(String sentence) {
        noticeLabel.setText(sentence);
    }

    /** Shown above every page (the database banner); it hides itself when it has nothing to say. */
    public void banner(Node node) {
        bannerSlot.getChildren().setAll(node);
    }

    public Scene scene() {
        return content.getScene();
    }

    /** The status bar's state (the console feeds it before there is an engine). */
    public StatusViewModel status() {
        return status;
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
        state.dark(dark);
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
