package com.interviewiq.engine.resilience;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.testing.TestDatabases;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 1,000 transactions cancelled mid-flight or timed out by their callers return every connection. */
class CancellationLeakTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aThousandCancellationsLeaveThePoolAllIdle(Mode mode) {
        String url = TestDatabases.postgresUrl(TestDatabases.createPostgresDatabase());
        try (Engine engine = Engine.start(TestEngines.settings(dataDir, url, mode,
                Map.of(SettingKey.POOL_SIZE, "8", SettingKey.MAX_OVERFLOW, "0")))) {
            for (int batch = 0; batch < 20; batch++) {
                List<CompletableFuture<Long>> running = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    boolean timeOut = i % 2 == 0;
                    CompletableFuture<Long> f = engine.database().inTransaction(tx -> tx.queryOne(
                                    Sql.of("SELECT COUNT(*) AS c FROM questions"), r -> r.getLong("c"))
                            .thenCompose(c -> new CompletableFuture<Long>())).toCompletableFuture(); // never finishes
                    running.add(timeOut ? f.orTimeout(20, TimeUnit.MILLISECONDS) : f);
                }
                running.stream().filter(f -> !f.isDone()).forEach(f -> f.cancel(true));
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var stats = engine.database().poolStats();
                assertThat(stats.active()).isZero();
                assertThat(stats.pending()).isZero();
                assertThat(stats.idle()).isEqualTo(stats.total());
            });
            assertThat(join(engine.questions().count())).as("the pool still serves").isZero();
        }
    }
}
