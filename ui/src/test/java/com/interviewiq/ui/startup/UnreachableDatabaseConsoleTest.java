package com.interviewiq.ui.startup;

import com.interviewiq.ui.common.FxScene;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.ui.shell.ConsoleApplication;
import com.interviewiq.ui.common.Page;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
        ConsoleApplication console = (ConsoleApplication) app;
        assertThat(text(robot, "#bannerDatabase")).isEqualTo("PostgreSQL 127.0.0.1:1/gone");
        assertThat(text(robot, "#bannerReason")).contains("127.0.0.1:1").doesNotContain("nothing");
        assertThat(console.shell().status().database().get()).isEqualTo("PostgreSQL 127.0.0.1:1/gone · could not be opened");
        assertThat(console.shell().status().health().get()).isEqualTo("DOWN");
        assertThat(console.shell().current()).isEqualTo(Page.DASHBOARD);
        assertThat(robot.lookup("#offline-dashboard").tryQuery()).as("a placeholder where the dashboard goes").isPresent();

        // Settings works without a database: the saved URL is there to fix
        robot.clickOn(robot.lookup("#bannerSettingsButton").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.shell().current()).isEqualTo(Page.SETTINGS);
        assertThat(FxScene.text(robot, "#field-databaseUrl")).isEqualTo(GONE);

        // so does Health: the database check is down with the reason, the attempt is in the log
        robot.clickOn(robot.lookup("#" + Page.HEALTH.navId()).queryAs(ToggleButton.class));
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(text(robot, "#healthStatus")).isEqualTo("DOWN");
            assertThat(FxScene.items(robot, "#healthAlerts")).hasSize(1);
        });

        robot.clickOn(robot.lookup("#useLocalButton").queryAs(Button.class));
        await().atMost(WAIT).until(() -> console.engine() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.engine().settings().database().location()).startsWith("H2 file " + dataDir);
        assertThat(FxScene.visible(robot, "#databaseBanner")).as("the banner goes").isFalse();
        assertThat(console.shell().current()).as("the page the user was on").isEqualTo(Page.HEALTH);
        await().atMost(WAIT).untilAsserted(() -> assertThat(text(robot, "#healthStatus")).isEqualTo("UP"));
        robot.clickOn(robot.lookup("#" + Page.DASHBOARD.navId()).queryAs(ToggleButton.class));
        await().atMost(WAIT).until(() -> robot.lookup("#dashboard").tryQuery().isPresent());
        assertThat(robot.lookup("#offline-dashboard").tryQuery()).isEmpty();
        robot.clickOn(robot.lookup("#" + Page.INTERVIEW.navId()).queryAs(ToggleButton.class));
        await().atMost(WAIT).until(() -> robot.lookup("#candidate").tryQuery().isPresent());
        assertThat(console.shell().current()).isEqualTo(Page.INTERVIEW);
        assertThat(Files.readString(dataDir.resolve("settings.json"))).as("the saved setting is kept").contains(GONE);
    }

    private static String text(FxRobot robot, String id) {
        return FxScene.text(robot, id);
    }
}
