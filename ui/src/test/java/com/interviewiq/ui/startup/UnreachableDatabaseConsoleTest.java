package com.interviewiq.ui.startup;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.ui.ConsoleApplication;
import com.interviewiq.ui.shell.Page;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A console whose saved database is unreachable still opens: banner, settings, and the local database. */
class UnreachableDatabaseConsoleTest {
    private static final String GONE = "postgresql://nobody:nothing@127.0.0.1:1/gone";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    private Application app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowOpensWithTheBannerAndTheLocalDatabaseBringsTheScreensUp() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{\"databaseUrl\": \"" + GONE + "\"}");
        FxToolkit.registerPrimaryStage();
        ConsoleApplication.useEngineStarter(dataDir, new SavedSettingsStarter(dataDir,
                () -> SettingsResolver.load(dataDir, Map.of(), Map.of()), Engine::start));
        app = FxToolkit.setupApplication(ConsoleApplication::new);
        FxRobot robot = new FxRobot();

        await().atMost(WAIT).until(() -> robot.lookup("#databaseBanner").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#bannerDatabase")).isEqualTo("PostgreSQL 127.0.0.1:1/gone");
        assertThat(text(robot, "#bannerReason")).contains("127.0.0.1:1").doesNotContain("nothing");

        robot.clickOn(robot.lookup("#bannerSettingsButton").queryAs(Button.class));
        await().atMost(WAIT).until(() -> robot.lookup("#bannerUrl").queryAs(TextField.class).isVisible());
        assertThat(robot.lookup("#bannerUrl").queryAs(TextField.class).getText()).isEqualTo(GONE);

        robot.clickOn(robot.lookup("#useLocalButton").queryAs(Button.class));
        await().atMost(WAIT).until(() -> robot.lookup("#nav-dashboard").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        ConsoleApplication console = (ConsoleApplication) app;
        assertThat(console.engine().settings().database().location()).startsWith("H2 file " + dataDir);
        assertThat(console.shell().current()).isEqualTo(Page.DASHBOARD);
        robot.clickOn(robot.lookup("#" + Page.INTERVIEW.navId()).queryAs(ToggleButton.class));
        await().atMost(WAIT).until(() -> robot.lookup("#candidate").tryQuery().isPresent());
        assertThat(console.shell().current()).isEqualTo(Page.INTERVIEW);
        assertThat(Files.readString(dataDir.resolve("settings.json"))).as("the saved setting is kept").contains(GONE);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
