package com.interviewiq.engine;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.SyncExecutor;
import com.interviewiq.engine.db.BackendHooks;
import com.interviewiq.engine.db.BackendSpec;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.DatabaseClosedException;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.monitor.DatabaseMetrics;
import com.interviewiq.engine.monitor.InstrumentedDatabase;
import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.TestDatabases;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The composition root the engine, validation and the benchmark share: what each kind of stack wires. */
class BackendStackTest {
    @TempDir
    Path temp;

    private BackendSpec spec(Mode mode) {
        DatabaseTarget target = TestDatabases.freshH2(temp);
        return new BackendSpec(target, mode, SyncExecutor.PLATFORM, Backend.SMALL_POOL);
    }

    private static void join(java.util.concurrent.CompletionStage<?> stage) {
        stage.toCompletableFuture().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    /** A transaction through the port (a ping goes beside the decorator: it measures the database, not the work). */
    private static void select1(Database db) {
        join(db.inTransaction(tx -> tx.query(Sql.of("SELECT 1"), r -> 1)));
    }

    @Test
    void aBareStackServesTheAdapterItselfUntimed() {
        try (Database db = BackendStack.bare().openInstrumented(spec(Mode.SYNC))) {
            assertThat(db).isNotInstanceOf(InstrumentedDatabase.class);
            assertThat(db.mode()).isEqualTo(Mode.SYNC);
            join(db.ping());
        }
    }

    @Test
    void aMeasuredStackTimesEveryTransactionAndHearsEveryConnectionWait() {
        AtomicInteger waits = new AtomicInteger();
        DatabaseMetrics metrics = new DatabaseMetrics();
        Instruments instruments = new Instruments(new BackendHooks(nanos -> waits.incrementAndGet(), null), metrics,
                new SimpleMeterRegistry());
        Database db = BackendStack.measuredBy(instruments).openInstrumented(spec(Mode.ASYNC));
        assertThat(db).isInstanceOf(InstrumentedDatabase.class);
        select1(db);
        select1(db);
        assertThat(metrics.counts().commits()).isEqualTo(2);
        assertThat(waits).hasValue(2);

        db.close(); // closes the adapter beneath the decorator
        assertThat(db.inTransaction(tx -> null).toCompletableFuture()).failsWithin(Duration.ofSeconds(10))
                .withThrowableThat().havingRootCause().isInstanceOf(DatabaseClosedException.class);
    }

    @Test
    void theMonitorsInstrumentsPutThePoolsOwnMetersInItsRegistry() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DatabaseMetrics metrics = new DatabaseMetrics();
        BackendStack stack = BackendStack.measuredBy(Instruments.monitor(metrics, registry));
        try (Database db = stack.open(spec(Mode.SYNC))) {
            assertThat(db).isNotInstanceOf(InstrumentedDatabase.class); // open() is the adapter alone
            select1(stack.instrumented(db));
            assertThat(registry.find("hikaricp.connections").gauge()).isNotNull();
            assertThat(registry.find("interviewiq.db.transaction").tag("mode", "sync").timer().count()).isEqualTo(1);
            assertThat(metrics.counts().commits()).isEqualTo(1);
        }
    }

    @Test
    void aBenchmarkRunTimesTransactionsButKeepsThePoolFreeOfMeters() {
        Instruments bench = Instruments.benchmark(nanos -> { });
        assertThat(bench.timed()).isTrue();
        assertThat(bench.hooks().registry()).isNull();
        assertThat(Instruments.OFF.timed()).isFalse();
    }
}
