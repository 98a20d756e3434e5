package com.interviewiq.engine.monitor;

import com.interviewiq.engine.config.Vendor;
import com.interviewiq.engine.db.BackendHooks;
import com.interviewiq.engine.Backends;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Migrations;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.PoolStats;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.config.SyncExecutor;
import com.interviewiq.engine.db.jdbc.JdbcDatabase;
import com.interviewiq.engine.db.r2dbc.R2dbcDatabase;
import com.interviewiq.engine.testing.Backend;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With the pool held still, our gauges and the standard meters equal the pool's own numbers. */
class PoolGaugeTruthTest {
    @TempDir
    Path temp;

    static Stream<Backend> backends() {
        return Stream.of(new Backend(Vendor.POSTGRESQL, Mode.SYNC, SyncExecutor.PLATFORM),
                new Backend(Vendor.POSTGRESQL, Mode.ASYNC, SyncExecutor.PLATFORM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void gaugesMatchThePoolsOwnMetrics(Backend backend) throws Exception {
        var target = backend.freshTarget(temp);
        Migrations.migrate(target);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        DatabaseMetrics metrics = new DatabaseMetrics();
        // min idle = size: the pool holds all four, so three held leave exactly one idle to compare
        var fixedPool = Backend.SMALL_POOL.withIdle(4, com.interviewiq.engine.config.PoolSettings.MIN_IDLE_TIMEOUT);
        try (Database db = Backends.open(target, backend.mode(), backend.executor(), fixedPool,
                new BackendHooks(metrics::acquired, registry))) {
            CountDownLatch held = new CountDownLatch(3);
            CompletableFuture<Void> release = new CompletableFuture<>();
            List<CompletableFuture<Integer>> holders = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                holders.add(db.inTransaction(tx -> tx.query(Sql.of("SELECT 1 AS one"), r -> r.getInt("one"))
                        .thenCompose(x -> {
                            held.countDown();
                            return release.thenApply(v -> 1);
                        })).toCompletableFuture());
            }
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            await().atMost(java.time.Duration.ofSeconds(10)).until(() -> db.poolStats().total() == 4);
            PoolStats ours = db.poolStats();
            MetricsHistory history = new MetricsHistory(java.time.Duration.ofMinutes(1), java.time.Duration.ofSeconds(1));
            MetricsSample sample = new PoolSampler(() -> db, metrics, history, java.time.Duration.ofSeconds(1),
                    java.time.Clock.systemUTC(), s -> { }).tick(System.nanoTime());
            String scrape = registry.scrape();
            if (db instanceof JdbcDatabase jdbc) {
                var mx = jdbc.dataSource().getHikariPoolMXBean();
                assertThat(ours).isEqualTo(new PoolStats(mx.getActiveConnections(), mx.getIdleConnections(),
                        mx.getThreadsAwaitingConnection(), mx.getTotalConnections(), 4));
                assertThat(scrape).contains("hikaricp_connections_active{pool=\"" + jdbc.dataSource().getPoolName() + "\"} 3.0")
                        .contains("hikaricp_connections_idle{pool=\"" + jdbc.dataSource().getPoolName() + "\"} 1.0");
            } else {
                var pm = ((R2dbcDatabase) db).poolMetrics();
                assertThat(ours).isEqualTo(new PoolStats(pm.acquiredSize(), pm.idleSize(), pm.pendingAcquireSize(),
                        pm.allocatedSize(), pm.getMaxAllocatedSize()));
                assertThat(scrape).containsPattern("r2dbc_pool_acquired\\{name=\"iq-async-\\d+\"} 3.0")
                        .containsPattern("r2dbc_pool_idle\\{name=\"iq-async-\\d+\"} 1.0");
            }
            assertThat(ours.active()).isEqualTo(3);
            assertThat(sample.active()).isEqualTo(3);
            assertThat(sample.idle()).isEqualTo(1);
            assertThat(sample.max()).isEqualTo(4);
            release.complete(null);
            CompletableFuture.allOf(holders.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        }
    }
}
