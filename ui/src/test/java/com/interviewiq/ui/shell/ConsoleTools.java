package com.interviewiq.ui.shell;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.ui.common.Navigator;
import com.interviewiq.ui.startup.SavedSettingsStarter;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Map;

/**
 * Documentation tools that drive the real console, kept out of the shipped jar:
 * <pre>
 *   java -cp app/target/interviewiq.jar:ui/target/test-classes com.interviewiq.ui.shell.ConsoleTools \
 *        screenshots OUT_DIR DATA_DIR     (docs/screenshots/take.sh)
 *        first-frame DATA_DIR             (start-up timing: quits once the first frame is shown)
 *        advisor-shots OUT_DIR DATA_DIR   (the A/B view and the pool advisor on a run with a switch)
 * </pre>
 */
public final class ConsoleTools {
    private ConsoleTools() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ConsoleTools screenshots OUT_DIR DATA_DIR | first-frame DATA_DIR");
            System.exit(2);
        }
        // JavaFX warns on stderr that it runs from the class path (a supported set-up for a shaded jar)
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        switch (args[0]) {
            case "screenshots" -> {
                Path out = Path.of(args[1]).toAbsolutePath();
                ConsoleApplication.observeWith(new ConsoleObserver() {
                    @Override
                    public void attached(Engine engine, ShellController shell, Navigator navigator) {
                        ScreenshotTour.run(out, engine, shell, navigator, shell.scene(), Platform::exit);
                    }
                });
                launch(Path.of(args[2]));
            }
            case "advisor-shots" -> {
                Path out = Path.of(args[1]).toAbsolutePath();
                ConsoleApplication.observeWith(new ConsoleObserver() {
                    @Override
                    public void attached(Engine engine, ShellController shell, Navigator navigator) {
                        AdvisorTour.run(out, engine, shell, shell.scene(), Platform::exit);
                    }
                });
                launch(Path.of(args[2]));
            }
            case "first-frame" -> {
                ConsoleApplication.observeWith(new ConsoleObserver() {
                    @Override
                    public void shown(Stage stage) {
                        Platform.runLater(Platform::exit);
                    }
                });
                launch(Path.of(args[1]));
            }
            default -> {
                System.err.println("unknown tool " + args[0] + ": screenshots or first-frame");
                System.exit(2);
            }
        }
    }

    private static void launch(Path dataDir) {
        ConsoleApplication.launch(dataDir, new SavedSettingsStarter(dataDir,
                () -> SettingsResolver.load(dataDir, Map.of(), Map.of()), settings -> {
                    Engine engine = Engine.start(settings);
                    engine.startRecording("console"); // as the console's launcher does: the tour replays it
                    return engine;
                }));
    }
}
