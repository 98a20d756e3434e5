package com.interviewiq.ui.settings;

import com.interviewiq.ui.common.FxScene;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.data.BackupFile;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.ui.shell.ConsoleApplication;
import com.interviewiq.ui.common.Page;
import com.interviewiq.ui.startup.SavedSettingsStarter;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Settings → Data in the running console: back up, then restore; the engine closes and reopens, every screen follows. */
class RestoreInTheConsoleTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private static <T> T get(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(120, TimeUnit.SECONDS);
    }

    private static List<SessionSummary> sessions(Engine engine) throws Exception {
        return get(engine.sessions().list(new SessionFilter(null, null, null, null, null, 0, 1000)));
    }

    private void go(Page page) {
        robot.clickOn(robot.lookup("#" + page.navId()).queryAs(ToggleButton.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRestoreReopensTheEngineAndEveryScreenFollows() throws Exception {
        FxToolkit.registerPrimaryStage();
        ConsoleApplication.useEngineStarter(dataDir, new SavedSettingsStarter(dataDir,
                () -> SettingsResolver.load(dataDir, Map.of(), Map.of()), Engine::start));
        app = FxToolkit.setupApplication(ConsoleApplication::new);
        ConsoleApplication console = (ConsoleApplication) app;
        await().atMost(WAIT).until(() -> console.engine() != null);
        Engine first = console.engine();
        get(first.transfer().importSampleBank());
        get(first.simulator().run(new SimulationOptions(2, 1, 3, List.of(), null, 4), (d, t) -> { }));

        go(Page.SETTINGS);
        press("#backupNow"); // (below the settings' fields: a user scrolls to it)
        await().atMost(WAIT).until(() -> FxScene.items(robot, "#backupList").size() == 1);
        get(first.simulator().run(new SimulationOptions(2, 1, 3, List.of(), null, 5), (d, t) -> { }));
        go(Page.SESSIONS);
        await().atMost(WAIT).until(() -> FxScene.items(robot, "#sessionsTable").size() == 4);

        go(Page.SETTINGS);
        robot.interact(() -> backups().getSelectionModel().selectFirst());
        press("#restoreBackup");
        await().atMost(WAIT).until(() -> robot.lookup("#confirmRestore").tryQuery().isPresent());
        robot.clickOn("#confirmRestore");
        await().atMost(WAIT).until(() -> console.engine() != null && console.engine() != first);
        await().atMost(WAIT).untilAsserted(() -> assertThat(FxScene.text(robot, "#statusNotice"))
                .startsWith("Restored interviewiq-").contains(": 2 session(s), 162 question(s)."));
        assertThat(sessions(console.engine())).hasSize(2);
        assertThat(console.shell().current()).as("the user stays where they were").isEqualTo(Page.SETTINGS);
        go(Page.SESSIONS);
        await().atMost(WAIT).until(() -> FxScene.items(robot, "#sessionsTable").size() == 2);
    }

    private void press(String id) {
        robot.interact(() -> robot.lookup(id).queryAs(javafx.scene.control.Button.class).fire());
    }

    @SuppressWarnings("unchecked")
    private ListView<BackupFile> backups() {
        return robot.lookup("#backupList").queryAs(ListView.class);
    }
}
