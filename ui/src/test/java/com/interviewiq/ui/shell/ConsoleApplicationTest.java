package com.interviewiq.ui.shell;

import com.interviewiq.ui.common.FxScene;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingsResolver;
import javafx.application.Application;
import com.interviewiq.ui.common.Page;
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
                assertThat(FxScene.text(robot, "#healthStatus")).isEqualTo("UP"));
        assertThat(Files.list(dataDir.resolve("db")).map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.endsWith(".mv.db"));
    }

    /** The issue's promise: from a fresh install, sample bank, a whole interview and its report, keyboard only. */
    @Test
    void aFirstInterviewFromAFreshInstallWithTheKeyboardOnly() throws Exception {
        FxToolkit.registerPrimaryStage();
        ConsoleApplication.useEngineStarter(dataDir, () -> Engine.start(SettingsResolver.load(dataDir, Map.of(), Map.of())));
        app = FxToolkit.setupApplication(ConsoleApplication::new);
        FxRobot robot = new FxRobot();
        await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup("#nav-dashboard").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Duration wait = Duration.ofSeconds(30);

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        // the empty bank's offer is up once the first load has said the bank is empty (the button exists before)
        await().atMost(wait).until(() -> FxScene.visible(robot, "#emptyBank") && FxScene.read(() ->
                robot.lookup("#loadSample").queryButton().isDefaultButton() && robot.lookup("#loadSample").query().isFocused()));
        robot.push(KeyCode.ENTER);
        await().atMost(wait).untilAsserted(() -> assertThat(text(robot, "#bankCount"))
                .as(() -> "the bank's status line: " + text(robot, "#bankStatus"))
                .isEqualTo("162 questions"));

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        await().atMost(wait).until(() -> FxScene.read(() -> !robot.lookup("#track").queryAs(javafx.scene.layout.Pane.class).getChildren().isEmpty()));
        await().atMost(wait).until(() -> robot.lookup("#candidate").query().isFocused());
        robot.write("Katherine Johnson").push(KeyCode.TAB).write("Grace Hopper").push(KeyCode.ENTER);
        for (int n = 1; n <= 5; n++) {
            int number = n;
            await().atMost(wait).untilAsserted(() -> assertThat(text(robot, "#interviewProgress")).endsWith("question " + number + " of 5"));
            await().atMost(wait).until(() -> robot.lookup("#answer").query().isFocused());
            robot.write("trade-offs, complexity, an index, a lock, a test");
            robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);
            await().atMost(wait).untilAsserted(() -> assertThat(text(robot, "#evaluationScore")).endsWith("/ 100"));
            robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);
        }
        await().atMost(wait).untilAsserted(() -> assertThat(text(robot, "#interviewOutcome")).isEqualTo("Interview finished"));
        robot.push(KeyCode.ENTER);
        await().atMost(wait).untilAsserted(() -> assertThat(text(robot, "#reportTitle")).startsWith("Katherine Johnson · session #"));
        assertThat(((ConsoleApplication) app).shell().current()).isEqualTo(Page.SESSIONS);
        assertThat(text(robot, "#reportAsked")).isEqualTo("5");
    }

    private static String text(FxRobot robot, String id) {
        return FxScene.text(robot, id);
    }
}
