package com.interviewiq.ui.questions;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.UiState;
import com.interviewiq.ui.common.Views;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** A real engine on a temporary H2 file and the Question bank screen on a headless stage. */
abstract class BankScreenFixture {
    @TempDir
    Path dataDir;
    final FxRobot robot = new FxRobot();
    Engine engine;
    QuestionBankScreen screen;

    @BeforeEach
    void startEngine() throws Exception {
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(), Map.of(), Map.of()));
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        engine.close();
    }

    /** Opens the screen and waits for its first load. */
    void open(int pageSize) throws Exception {
        ConsoleContext context = new ConsoleContext(engine, UiState.load(dataDir));
        FxToolkit.setupStage(stage -> {
            Views.Loaded<QuestionBankScreen> loaded = QuestionBankScreen.load(context, pageSize);
            screen = loaded.controller();
            stage.setScene(new Scene(loaded.root(), 1200, 800));
            stage.show();
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> fx(() -> !screen.model().loading().get()
                && !screen.model().countText().get().isEmpty()));
    }

    void open() throws Exception {
        open(QuestionQuery.MAX_LIMIT);
    }

    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }

    static <T> T done(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(120, TimeUnit.SECONDS);
    }

    <T extends Node> T node(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    String text(String query) throws Exception {
        Label label = node(query, Label.class);
        return fx(label::getText);
    }

    @SuppressWarnings("unchecked")
    TableView<Question> table() {
        return robot.lookup("#questionTable").queryAs(TableView.class);
    }

    /** Selects the row with this key and puts the focus on the table. */
    void selectKey(String key) throws Exception {
        TableView<Question> t = table();
        robot.interact(() -> {
            for (int i = 0; i < t.getItems().size(); i++) {
                if (t.getItems().get(i).key().equals(key)) {
                    t.getSelectionModel().clearAndSelect(i);
                    t.scrollTo(i);
                    t.requestFocus();
                    return;
                }
            }
            throw new AssertionError("no row with key " + key);
        });
    }

    void loadSampleBank() throws Exception {
        done(engine.transfer().importSampleBank());
    }
}
