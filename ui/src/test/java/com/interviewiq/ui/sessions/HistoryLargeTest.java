package com.interviewiq.ui.sessions;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.sessions.SessionSort;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.engine.testing.ManySessions;
import com.interviewiq.engine.testing.ManySessions.Made;
import com.interviewiq.ui.common.QueuedFxThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * 20,000 sessions in the laptop's H2 file, read by the history's commands without a screen: every
 * page is reachable, the database sorts and filters, and while the database is slow to answer the
 * FX thread (here the test's queue) is never made to wait.
 */
class HistoryLargeTest {
    private static final int N = 20_000;
    private static final int POOL = 2;

    @TempDir
    Path dataDir;
    private Engine engine;
    private List<Made> made;
    private final QueuedFxThread fx = new QueuedFxThread();
    private final SessionsViewModel model = new SessionsViewModel(ZoneOffset.UTC);
    private final List<SessionSummary> rows = new ArrayList<>();
    private HistoryCommands commands;

    @BeforeEach
    void open() {
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(SettingKey.POOL_SIZE, Integer.toString(POOL),
                SettingKey.MAX_OVERFLOW, "0"), Map.of(), Map.of()));
        made = ManySessions.insert(engine.database(), N, Instant.parse("2026-10-01T00:00:00Z"));
        commands = new HistoryCommands(model, engine.sessions(), engine.answerExport(), fx, HistoryPager.PAGE_SIZE);
        commands.showWith((list, keep) -> {
            rows.clear();
            rows.addAll(list);
        });
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private void settled() {
        fx.settle(() -> !commands.pager().loading().get());
    }

    private List<Long> expected(Comparator<Made> order) {
        return made.stream().sorted(order.thenComparing(Made::id)).map(Made::id).toList();
    }

    @Test
    void firstMiddleAndLastPagesSortedAndFilteredByTheDatabase() {
        List<Long> newest = expected(Comparator.comparing(Made::createdAt).thenComparing(Made::id).reversed());
        long t0 = System.nanoTime();
        commands.search(-1);
        settled();
        System.out.printf(Locale.ROOT, "[history-ui] first page of %,d sessions shown in %.1f ms%n", N, (System.nanoTime() - t0) / 1e6);
        assertThat(commands.pager().countText().get()).isEqualTo("20,000 sessions match");
        assertThat(commands.pager().pageText().get()).isEqualTo("Page 1 of 200");
        assertThat(ids()).containsExactlyElementsOf(newest.subList(0, 100));

        for (int i = 0; i < 99; i++) {
            commands.nextPage();
            settled();
        }
        assertThat(commands.pager().pageText().get()).isEqualTo("Page 100 of 200");
        assertThat(ids()).containsExactlyElementsOf(newest.subList(9_900, 10_000));

        t0 = System.nanoTime();
        commands.lastPage();
        settled();
        System.out.printf(Locale.ROOT, "[history-ui] last page shown in %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        assertThat(commands.pager().pageText().get()).isEqualTo("Page 200 of 200");
        assertThat(commands.pager().hasNext().get()).isFalse();
        assertThat(ids()).containsExactlyElementsOf(newest.subList(19_900, 20_000));

        commands.sortBy(SessionSort.SCORE, true);
        settled();
        assertThat(ids()).containsExactlyElementsOf(expected(Comparator.comparingDouble(Made::averageScore).thenComparing(Made::id)
                .reversed()).subList(0, 100));
        commands.sortBy(SessionSort.CANDIDATE, false);
        commands.lastPage();
        settled();
        assertThat(ids()).containsExactlyElementsOf(expected(Comparator.comparing(Made::candidate)).subList(19_900, 20_000));

        model.candidate().set("candidate 19");
        model.minScore().set("50");
        commands.search(-1);
        settled();
        List<Made> matching = made.stream().filter(m -> m.candidate().startsWith("Candidate 19") && m.averageScore() >= 50).toList();
        assertThat(commands.pager().countText().get()).isEqualTo(HistoryPager.countText(matching.size()));
        assertThat(ids()).containsExactlyElementsOf(matching.stream().sorted(Comparator.comparing(Made::candidate)
                .thenComparing(Made::id)).map(Made::id).limit(100).toList());
    }

    @Test
    void whileTheDatabaseIsBusyTheFxThreadOnlyHearsLoading() throws Exception {
        commands.search(-1);
        settled();
        // every connection of the pool held by other work: the next page must wait for one
        CompletableFuture<Void> release = new CompletableFuture<>();
        CountDownLatch holding = new CountDownLatch(POOL);
        List<CompletableFuture<Object>> holders = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            holders.add(engine.database().inTransaction(tx -> tx.query(Sql.of("SELECT 1 AS one"), r -> r.getInt("one"))
                    .thenCompose(x -> {
                        holding.countDown();
                        return release.thenApply(v -> (Object) x);
                    })).toCompletableFuture());
        }
        assertThat(holding.await(30, TimeUnit.SECONDS)).as("the pool is held").isTrue();

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> commands.nextPage(), "asking for a page returns at once");
        assertThat(commands.pager().loading().get()).isTrue();
        assertThat(commands.pager().pageText().get()).isEqualTo("Loading page 2…");
        assertThat(commands.pager().hasNext().get()).as("no paging on while it loads").isFalse();
        assertThat(fx.waiting()).as("nothing for the FX thread yet").isZero();
        assertThat(rows).as("the shown page stays until the next arrives").hasSize(100);

        release.complete(null);
        CompletableFuture.allOf(holders.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        settled();
        assertThat(commands.pager().pageText().get()).isEqualTo("Page 2 of 200");
    }

    private List<Long> ids() {
        return rows.stream().map(SessionSummary::id).toList();
    }
}
