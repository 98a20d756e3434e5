package com.interviewiq.engine.monitor;

import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.testing.Backend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The timing decorator forwards every port method: in-flight work is seen through it, and a draining close lets it finish. */
class InstrumentedDatabaseTest {
    @TempDir
    Path temp;

    static java.util.stream.Stream<Backend> backends() {
        return Backend.parity().filter(b -> b.vendor() == com.interviewiq.engine.config.Vendor.H2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void inFlightAndADrainingCloseGoThrough(Backend backend) throws Exception {
        Database raw = backend.openFresh(temp, Backend.SMALL_POOL);
        InstrumentedDatabase db = new InstrumentedDatabase(raw, new DatabaseMetrics(), new SimpleMeterRegistry());
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        CompletableFuture<Integer> running = db.inTransaction(tx -> tx.queryOne(Sql.of("SELECT 1 AS one"), r -> r.getInt("one"))
                .thenCompose(one -> CompletableFuture.supplyAsync(() -> {
                    inside.countDown();
                    try {
                        letGo.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return one;
                }))).toCompletableFuture();
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(db.inFlight()).as("seen through the decorator").isEqualTo(1);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> db.close(Duration.ofSeconds(30)));
        letGo.countDown();
        assertThat(running.get(30, TimeUnit.SECONDS)).as("finished within the drain deadline").isEqualTo(1);
        closing.get(30, TimeUnit.SECONDS);
        assertThat(db.inFlight()).isZero();
    }
}
