package com.interviewiq.ui;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingsResolver;
import javafx.application.Application;
import com.interviewiq.ui.shell.Page;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The window opens at once and shows the engine once it has started on a new H2 file. */
class ConsoleApplicationTest {
    @TempDir
    Path dataDir;

    private Application app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app); // stop() closes the engine
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void opensOnANewH2FileNavigatesByClickAndShortcut() throws Exception {
        FxToolkit.registerPrimaryStage();
        ConsoleApplication.useEngineStarter(dataDir, () -> Engine.start(SettingsResolver.load(dataDir, Map.of(), Map.of())));
        app = FxToolkit.setupApplication(ConsoleApplication::new);
        FxRobot robot = new FxRobot();
        await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup("#nav-dashboard").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(); // the shell is attached to the scene on the FX thread
        for (Page page : Page.values()) {
            robot.clickOn(robot.lookup("#" + page.navId()).queryAs(javafx.scene.control.ToggleButton.class));
            assertThat(((ConsoleApplication) app).shell().current()).isEqualTo(page);
        }
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
        assertThat(((ConsoleApplication) app).shell().current()).isEqualTo(Page.HEALTH);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(robot.lookup("#healthStatus").queryAs(Label.class).getText()).isEqualTo("UP"));
        assertThat(Files.list(dataDir.resolve("db")).map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.endsWith(".mv.db"));
    }
}
