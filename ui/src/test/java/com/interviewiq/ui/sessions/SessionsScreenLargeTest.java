package com.interviewiq.ui.sessions;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.engine.testing.ManySessions;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.FxScene;
import com.interviewiq.ui.common.UiState;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Sessions screen over 20,000 sessions: it pages to the end, and the FX thread keeps running while a page waits for the database. */
class SessionsScreenLargeTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int POOL = 2;

    @TempDir
    Path dataDir;
    private Engine engine;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(SettingKey.POOL_SIZE, Integer.toString(POOL),
                SettingKey.MAX_OVERFLOW, "0"), Map.of(), Map.of()));
        ManySessions.insert(engine.database(), 20_000, Instant.parse("2026-10-01T00:00:00Z"));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(SessionsScreen.create(new ConsoleContext(engine, UiState.load(dataDir))), 1250, 850));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        engine.close();
    }

    @Test
    void pagesToTheEndAndTheFxThreadRunsWhileAPageWaits() throws Exception {
        await().atMost(WAIT).until(() -> FxScene.text(robot, "#sessionsPageNumber").equals("Page 1 of 200"));
        assertThat(FxScene.text(robot, "#sessionsCount")).isEqualTo("20,000 sessions match");
        assertThat(rows()).hasSize(100);
        robot.clickOn("#lastPage");
        await().atMost(WAIT).until(() -> FxScene.text(robot, "#sessionsPageNumber").equals("Page 200 of 200"));
        assertThat(FxScene.disabled(robot, "#nextPage")).isTrue();
        assertThat(FxScene.disabled(robot, "#previousPage")).isFalse();
        long lastFirstRow = rows().getFirst().id();

        // hold every connection: the page asked for next has to wait for the database
        CompletableFuture<Void> release = new CompletableFuture<>();
        CountDownLatch holding = new CountDownLatch(POOL);
        List<CompletableFuture<Integer>> holders = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            holders.add(engine.database().inTransaction(tx -> tx.query(Sql.of("SELECT 1 AS one"), r -> r.getInt("one"))
                    .thenCompose(x -> {
                        holding.countDown();
                        return release.thenApply(v -> x.getFirst());
                    })).toCompletableFuture());
        }
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        robot.clickOn("#firstPage");
        await().atMost(WAIT).until(() -> FxScene.text(robot, "#sessionsPageNumber").equals("Loading page 1…"));
        CountDownLatch fxRan = new CountDownLatch(1);
        Platform.runLater(fxRan::countDown);
        assertThat(fxRan.await(5, TimeUnit.SECONDS)).as("the FX thread is free while the page waits").isTrue();
        assertThat(rows().getFirst().id()).as("the last page stays until the first arrives").isEqualTo(lastFirstRow);

        release.complete(null);
        CompletableFuture.allOf(holders.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> FxScene.text(robot, "#sessionsPageNumber").equals("Page 1 of 200"));
        assertThat(rows().getFirst().id()).isNotEqualTo(lastFirstRow);
    }

    @SuppressWarnings("unchecked")
    private List<SessionSummary> rows() {
        return FxScene.read(() -> List.copyOf(robot.lookup("#sessionsTable").queryAs(TableView.class).getItems()));
    }
}
