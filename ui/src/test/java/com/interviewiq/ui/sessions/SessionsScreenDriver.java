package com.interviewiq.ui.sessions;

import com.interviewiq.engine.Engine;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.UiState;
import javafx.scene.Scene;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Shows the Sessions screen in the test stage and drives what a native file chooser would. */
public final class SessionsScreenDriver {
    private final SessionsScreen screen;

    private SessionsScreenDriver(SessionsScreen screen) {
        this.screen = screen;
    }

    public static SessionsScreenDriver show(Engine engine, Path dataDir) throws Exception {
        SessionsScreen[] made = new SessionsScreen[1];
        FxToolkit.setupStage(stage -> {
            var loaded = SessionsScreen.load(new ConsoleContext(engine, UiState.load(dataDir)));
            made[0] = loaded.controller();
            stage.setScene(new Scene(loaded.root(), 1200, 850));
            stage.show();
        });
        return new SessionsScreenDriver(made[0]);
    }

    public void openReport(long id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> screen.openReport(id)).get(10, TimeUnit.SECONDS);
    }

    public void exportTo(Path file) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> screen.exportTo(file)).get(10, TimeUnit.SECONDS);
    }
}
