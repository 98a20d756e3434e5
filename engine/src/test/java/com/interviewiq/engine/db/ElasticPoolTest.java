package com.interviewiq.engine.db;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.config.Vendor;
import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pools are elastic in both modes: they open min idle at start, grow on demand up to the
 * ceiling, and close idle connections down to min idle again, losing no work while they shrink.
 * On PostgreSQL the server's own view (pg_stat_activity) must agree with the pool's gauges, and
 * every connection carries the application name.
 */
class ElasticPoolTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final PoolSettings ELASTIC = new PoolSettings(6, 2, Duration.ofSeconds(10), Duration.ofMinutes(30),
            Duration.ZERO, 1, PoolSettings.MIN_IDLE_TIMEOUT);

    @TempDir
    Path temp;

    static Stream<Backend> backends() {
        return Backend.parity();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void growsOnDemandAndShrinksToMinIdleLosingNothing(Backend backend) throws Exception {
        DatabaseTarget target = backend.freshTarget(temp);
        Migrations.migrate(target);
        try (Database db = backend.open(target, ELASTIC)) {
            join(db.inTransaction(tx -> tx.update(Sql.of("CREATE TABLE elastic (id INTEGER PRIMARY KEY)"))));
            await().atMost(WAIT).until(() -> db.poolStats().total() == 1);
            assertThat(db.poolStats().max()).isEqualTo(8);
            serverAgrees(target, db, backend);

            // eight callers each hold a connection: the pool grows to its ceiling of 6 + 2
            CountDownLatch holding = new CountDownLatch(8);
            CompletableFuture<Void> release = new CompletableFuture<>();
            List<CompletableFuture<Long>> holders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int id = i;
                holders.add(db.inTransaction(tx -> tx.update(Sql.of("INSERT INTO elastic (id) VALUES (?)", id))
                        .thenCompose(n -> {
                            holding.countDown();
                            return release.thenApply(x -> n);
                        })).toCompletableFuture());
            }
            assertThat(holding.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("all eight got a connection").isTrue();
            assertThat(db.poolStats().active()).isEqualTo(8);
            assertThat(db.poolStats().total()).isEqualTo(8);
            serverAgrees(target, db, backend);
            release.complete(null);
            holders.forEach(h -> assertThat(h.join()).isEqualTo(1L));

            // a trickle of work while the idle connections are closed: nothing fails, nothing is lost
            AtomicInteger written = new AtomicInteger(8);
            await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
                int id = written.getAndIncrement();
                join(db.inTransaction(tx -> tx.update(Sql.of("INSERT INTO elastic (id) VALUES (?)", id))));
                return db.poolStats().total() <= 1;
            });
            int expected = written.get();
            long stored = join(db.inTransaction(tx -> tx.queryOne(Sql.of("SELECT COUNT(*) AS c FROM elastic"),
                    r -> r.getLong("c"))));
            assertThat(stored).isEqualTo(expected);
            assertThat(db.poolStats().total()).isLessThanOrEqualTo(1);
            serverAgrees(target, db, backend);
        }
    }

    /** On PostgreSQL: the server counts exactly the pool's connections, each named for its mode. */
    private static void serverAgrees(DatabaseTarget target, Database db, Backend backend) throws SQLException {
        if (backend.vendor() != Vendor.POSTGRESQL) {
            return;
        }
        String database = target.jdbcUrl().substring(target.jdbcUrl().lastIndexOf('/') + 1);
        await().atMost(WAIT).untilAsserted(() -> {
            List<String> names = applicationNames(database);
            assertThat(names).hasSize(db.poolStats().total());
            assertThat(names).allSatisfy(n -> assertThat(n).startsWith("interviewiq ").endsWith(" " + backend.mode().label()));
        });
    }

    private static List<String> applicationNames(String database) throws SQLException {
        try (Connection c = TestDatabases.admin("postgres");
             PreparedStatement st = c.prepareStatement("SELECT application_name FROM pg_stat_activity"
                     + " WHERE datname = ? AND backend_type = 'client backend'")) {
            st.setString(1, database);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }

    private static <T> T join(java.util.concurrent.CompletionStage<T> stage) {
        return stage.toCompletableFuture().orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }
}
