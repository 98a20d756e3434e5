package com.interviewiq.engine.resilience;

import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.db.BackendSpec;
import com.interviewiq.engine.Backends;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Migrations;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.SwitchProgress;
import com.interviewiq.engine.db.SwitchResult;
import com.interviewiq.engine.db.SwitchableDatabase;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Closing while a live switch is opening its new backend leaves no pool (and no H2 file) open behind. */
class CloseDuringSwitchTest {
    @TempDir
    Path dataDir;

    @Test
    void closeWaitsForTheSwitchAndClosesTheBackendItOpened() throws Exception {
        Settings settings = TestEngines.settings(dataDir, null, Mode.SYNC, Map.of());
        Migrations.migrate(settings.database());
        List<Database> opened = new CopyOnWriteArrayList<>();
        BackendSpec initial = new BackendSpec(settings.database(), Mode.SYNC, settings.syncExecutor(), settings.pool());
        SwitchableDatabase db = new SwitchableDatabase(initial, spec -> {
            Database d = Backends.open(spec.target(), spec.mode(), spec.executor(), spec.pool());
            opened.add(d);
            return d;
        }, Migrations::migrate, Duration.ofSeconds(5), Clock.systemUTC());

        CountDownLatch opening = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<SwitchResult> switching = db.switchTo(initial.withMode(Mode.ASYNC), p -> {
            if (p.phase() == SwitchProgress.Phase.OPENING) {
                opening.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }).toCompletableFuture();
        assertThat(opening.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closer = Thread.ofPlatform().start(db::close);
        await().atMost(Duration.ofSeconds(10)).until(() -> closer.getState() == Thread.State.TIMED_WAITING);
        release.countDown();
        closer.join(Duration.ofSeconds(30));

        assertThat(closer.isAlive()).isFalse();
        assertThat(switching).isCompleted();
        assertThat(switching.join().switched()).as("the switch ran to its end, not interrupted").isTrue();
        assertThat(opened).hasSize(2);
        for (Database d : opened) {
            assertThat(d.ping().toCompletableFuture()).as(d.mode() + " backend closed").failsWithin(Duration.ofSeconds(10));
        }
    }
}
