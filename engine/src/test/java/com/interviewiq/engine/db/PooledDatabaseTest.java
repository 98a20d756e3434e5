package com.interviewiq.engine.db;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.Pooler;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The lifecycle both adapters inherit, on an adapter whose transactions finish when the test says. */
class PooledDatabaseTest {
    private static final DatabaseTarget TARGET = DatabaseTarget.parse("jdbc:h2:mem:lifecycle", Path.of("."));

    /** Each transaction is a future the test completes; release() is counted. */
    private static final class Scripted extends PooledDatabase {
        final CopyOnWriteArrayList<CompletableFuture<Object>> running = new CopyOnWriteArrayList<>();
        final AtomicInteger released = new AtomicInteger();

        Scripted(DatabaseTarget target) {
            super(target, Mode.ASYNC);
        }

        @Override
        @SuppressWarnings("unchecked")
        protected <T> CompletableFuture<T> runTransaction(TxWork<T> work) {
            CompletableFuture<Object> tx = new CompletableFuture<>();
            running.add(tx);
            return (CompletableFuture<T>) tx;
        }

        @Override
        protected void release() {
            released.incrementAndGet();
        }

        @Override
        public String describe() {
            return describeAs("R2DBC", "r2dbc-pool");
        }

        @Override
        public PoolStats poolStats() {
            return PoolStats.EMPTY;
        }
    }

    @Test
    void aTransactionIsInFlightUntilItsStageCompletes() {
        Scripted db = new Scripted(TARGET);
        CompletionStage<Object> first = db.inTransaction(tx -> null);
        db.inTransaction(tx -> null);
        assertThat(db.inFlight()).isEqualTo(2);
        db.running.getFirst().complete("done");
        assertThat(first.toCompletableFuture()).isCompletedWithValue("done");
        assertThat(db.inFlight()).isEqualTo(1);
        db.running.get(1).cancel(true); // a caller that gives up ends its transaction's count too
        assertThat(db.inFlight()).isZero();
    }

    @Test
    void closingDrainsInFlightWorkBeforeReleasingThePoolAndRefusesNewWork() {
        Scripted db = new Scripted(TARGET);
        db.inTransaction(tx -> null);
        Thread closer = Thread.ofVirtual().start(() -> db.close(Duration.ofMinutes(1)));
        // once new work is refused the closer is draining; the running transaction holds it there
        await().atMost(Duration.ofSeconds(30)).until(() -> db.inTransaction(tx -> null).toCompletableFuture()
                .isCompletedExceptionally());
        assertThat(db.released).hasValue(0);
        assertThat(db.running).hasSize(1);

        db.running.getFirst().complete(null);
        await().atMost(Duration.ofSeconds(30)).until(() -> !closer.isAlive());
        assertThat(db.released).hasValue(1);
        assertThat(db.inTransaction(tx -> null).toCompletableFuture())
                .isCompletedExceptionally()
                .failsWithin(Duration.ZERO).withThrowableThat().havingRootCause()
                .isInstanceOf(DatabaseClosedException.class).withMessage("the async backend is closed");
    }

    @Test
    void aPassedDeadlineReleasesThePoolWithWorkStillRunning() {
        Scripted db = new Scripted(TARGET);
        db.inTransaction(tx -> null);
        db.close(Duration.ZERO);
        assertThat(db.released).hasValue(1);
        assertThat(db.inFlight()).isEqualTo(1);
    }

    @Test
    void pingIsATransactionAndDescribeNamesThePooler() {
        Scripted db = new Scripted(TARGET);
        CompletionStage<Duration> ping = db.ping();
        assertThat(db.inFlight()).isEqualTo(1);
        db.running.getFirst().complete(java.util.List.of(1));
        assertThat(ping.toCompletableFuture()).isCompleted();
        assertThat(db.mode()).isEqualTo(Mode.ASYNC);

        assertThat(db.describe()).isEqualTo(TARGET.location() + " via R2DBC (r2dbc-pool)");
        DatabaseTarget bounced = DatabaseTarget.parse("postgresql://iq@db.example:6432/iq", Path.of("."))
                .withPooler(Pooler.PGBOUNCER);
        assertThat(new Scripted(bounced).describe())
                .isEqualTo(bounced.location() + " via R2DBC (r2dbc-pool, through pgbouncer)");
    }
}
