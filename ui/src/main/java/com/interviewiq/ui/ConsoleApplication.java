package com.interviewiq.ui;

import com.interviewiq.engine.Engine;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.concurrent.Callable;

/**
 * The JavaFX application. The engine is started off the FX thread; the window shows at once
 * and fills in when the engine is ready (or says why it could not start).
 */
public final class ConsoleApplication extends Application {
    private static volatile Callable<Engine> engineStarter;
    private Engine engine;

    /** For tests that start the application through TestFX rather than {@link #launch}. */
    public static void useEngineStarter(Callable<Engine> starter) {
        engineStarter = starter;
    }

    /** Called by the launcher with the composition root's way of starting the engine. */
    public static void launch(Callable<Engine> starter, String... args) {
        engineStarter = starter;
        Application.launch(ConsoleApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainView view = new MainView();
        stage.setTitle("InterviewIQ Console");
        stage.setScene(new Scene(view.root(), 1100, 720));
        stage.show();

        Task<Engine> startEngine = new Task<>() {
            @Override
            protected Engine call() throws Exception {
                return engineStarter.call();
            }
        };
        startEngine.setOnSucceeded(e -> {
            engine = startEngine.getValue();
            view.showConnected(engine.database().describe(), engine.settings().mode().label());
        });
        startEngine.setOnFailed(e -> view.showFailure(startEngine.getException()));
        Thread t = new Thread(startEngine, "engine-start");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void stop() {
        if (engine != null) {
            engine.close();
        }
    }
}
