package com.interviewiq.engine.sessions;

import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.questions.Page;
import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.ManySessions;
import com.interviewiq.engine.testing.ManySessions.Made;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 20,000 sessions on each backend of the parity matrix: every page is reachable, and sorting and
 * filtering happen in the database: orders and totals are checked against an expectation computed
 * in Java from how the sessions were made. Page times are printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionHistoryPagesTest {
    private static final int N = 20_000;
    private static final int PAGE = 50;
    private static final Instant BASE = Instant.parse("2026-10-01T00:00:00Z");

    private final Map<Backend, Database> opened = new LinkedHashMap<>();
    private final Map<Backend, List<Made>> made = new LinkedHashMap<>();

    Stream<Backend> backends() {
        return Backend.parity();
    }

    @BeforeAll
    void fill(@TempDir Path temp) {
        backends().forEach(b -> {
            long t0 = System.nanoTime();
            Database db = b.openFresh(temp, Backend.SMALL_POOL);
            opened.put(b, db);
            made.put(b, ManySessions.insert(db, N, BASE));
            System.out.printf(Locale.ROOT, "[history] %s: %,d sessions inserted in %d ms%n", b, N,
                    (System.nanoTime() - t0) / 1_000_000);
        });
    }

    @AfterAll
    void close() {
        opened.values().forEach(Database::close);
    }

    private SessionService service(Backend b) {
        return new SessionService(opened.get(b), null, java.time.Clock.systemUTC(), "test");
    }

    private static SessionFilter any() {
        return new SessionFilter(null, null, null, null, null, 0, 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void everyPageIsReachableNewestFirst(Backend b) {
        List<Long> expected = ids(made.get(b), x -> true, Comparator.comparing(Made::createdAt).thenComparing(Made::id).reversed());
        SessionService s = service(b);
        // all of it in pages of the largest size: each session exactly once, in order
        List<Long> walked = new ArrayList<>();
        for (int offset = 0; ; offset += SessionQuery.MAX_LIMIT) {
            Page<SessionSummary> p = join(s.page(SessionQuery.firstPage(any(), SessionQuery.MAX_LIMIT).page(offset, SessionQuery.MAX_LIMIT)));
            assertThat(p.total()).isEqualTo(N);
            if (p.items().isEmpty()) {
                break;
            }
            p.items().forEach(x -> walked.add(x.id()));
        }
        assertThat(walked).containsExactlyElementsOf(expected);

        int pages = (N + PAGE - 1) / PAGE;
        for (int n : List.of(0, pages / 2, pages - 1)) {
            long t0 = System.nanoTime();
            Page<SessionSummary> p = join(s.page(SessionQuery.firstPage(any(), PAGE).page(n * PAGE, PAGE)));
            System.out.printf(Locale.ROOT, "[history] %s: page %d of %d (newest first) in %.1f ms%n", b, n + 1, pages,
                    (System.nanoTime() - t0) / 1e6);
            assertThat(p.items()).extracting(SessionSummary::id).containsExactlyElementsOf(expected.subList(n * PAGE, (n + 1) * PAGE));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void eachColumnSortsInTheDatabaseWithTheIdBreakingTies(Backend b) {
        List<Made> all = made.get(b);
        Map<SessionSort, Comparator<Made>> ascending = new LinkedHashMap<>();
        ascending.put(SessionSort.CANDIDATE, Comparator.comparing((Made m) -> m.candidate().toLowerCase(Locale.ROOT)));
        ascending.put(SessionSort.INTERVIEWER, Comparator.comparing((Made m) -> m.interviewer().toLowerCase(Locale.ROOT)));
        ascending.put(SessionSort.STATUS, Comparator.comparing((Made m) -> m.status().label()));
        ascending.put(SessionSort.SCORE, Comparator.comparingDouble(Made::averageScore));
        ascending.put(SessionSort.ANSWERED, Comparator.comparingInt(Made::answered));
        SessionService s = service(b);
        int last = (N - 1) / PAGE * PAGE;
        ascending.forEach((sort, order) -> {
            for (boolean desc : List.of(false, true)) {
                Comparator<Made> c = order.thenComparing(Made::id);
                List<Long> expected = ids(all, x -> true, desc ? c.reversed() : c);
                for (int offset : List.of(0, N / 2, last)) {
                    long t0 = System.nanoTime();
                    Page<SessionSummary> p = join(s.page(new SessionQuery(any(), sort, desc, offset, PAGE)));
                    if (offset == N / 2) {
                        System.out.printf(Locale.ROOT, "[history] %s: by %s%s, page %d in %.1f ms%n", b, sort,
                                desc ? " desc" : "", offset / PAGE + 1, (System.nanoTime() - t0) / 1e6);
                    }
                    assertThat(p.items()).as("%s %s at %d", sort, desc ? "desc" : "asc", offset)
                            .extracting(SessionSummary::id).containsExactlyElementsOf(expected.subList(offset, Math.min(N, offset + PAGE)));
                }
            }
        });
        // started and finished: nulls (only planned, not finished) go last both ways, on every vendor
        Comparator<Made> byStarted = Comparator.comparing(Made::startedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Made::id);
        List<Long> startedAsc = ids(all, x -> x.startedAt() != null, byStarted);
        assertThat(join(s.page(new SessionQuery(any(), SessionSort.STARTED, false, 0, PAGE))).items())
                .extracting(SessionSummary::id).containsExactlyElementsOf(startedAsc.subList(0, PAGE));
        assertThat(join(s.page(new SessionQuery(any(), SessionSort.STARTED, true, 0, PAGE))).items())
                .extracting(SessionSummary::id).containsExactlyElementsOf(startedAsc.reversed().subList(0, PAGE));
        assertThat(join(s.page(new SessionQuery(any(), SessionSort.STARTED, true, N - PAGE, PAGE))).items())
                .allSatisfy(x -> assertThat(x.startedAt()).isNull());
        Page<SessionSummary> byFinished = join(s.page(new SessionQuery(any(), SessionSort.FINISHED, false, N - PAGE, PAGE)));
        assertThat(byFinished.items()).allSatisfy(x -> assertThat(x.finishedAt()).isNull());
        Page<SessionSummary> byFinishedDesc = join(s.page(new SessionQuery(any(), SessionSort.FINISHED, true, 0, PAGE)));
        assertThat(byFinishedDesc.items()).allSatisfy(x -> assertThat(x.finishedAt()).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void filtersAreAppliedByTheDatabaseWithTheirTotals(Backend b) {
        List<Made> all = made.get(b);
        Instant from = BASE.plusSeconds(3_600 * 24 * 3);
        Instant to = BASE.plusSeconds(3_600 * 24 * 5);
        SessionFilter f = new SessionFilter("candidate 1", SessionStatus.COMPLETED, from, to, 40, 0, 1);
        Predicate<Made> matches = m -> m.candidate().toLowerCase(Locale.ROOT).contains("candidate 1")
                && m.status() == SessionStatus.COMPLETED && !m.createdAt().isBefore(from) && m.createdAt().isBefore(to)
                && m.averageScore() >= 40;
        Comparator<Made> byScore = Comparator.comparingDouble(Made::averageScore).thenComparing(Made::id).reversed();
        List<Long> expected = ids(all, matches, byScore);
        assertThat(expected).as("the filter keeps some and drops most").hasSizeBetween(10, N / 10);

        long t0 = System.nanoTime();
        Page<SessionSummary> p = join(service(b).page(new SessionQuery(f, SessionSort.SCORE, true, 0, PAGE)));
        System.out.printf(Locale.ROOT, "[history] %s: filtered (%d match) by score in %.1f ms%n", b, p.total(),
                (System.nanoTime() - t0) / 1e6);
        assertThat(p.total()).isEqualTo(expected.size());
        assertThat(p.items()).extracting(SessionSummary::id)
                .containsExactlyElementsOf(expected.subList(0, Math.min(PAGE, expected.size())));

        // each filter alone, counted
        assertThat(join(service(b).page(SessionQuery.firstPage(new SessionFilter(null, SessionStatus.PLANNED, null, null, null, 0, 1), PAGE))).total())
                .isEqualTo(all.stream().filter(m -> m.status() == SessionStatus.PLANNED).count());
        assertThat(join(service(b).page(SessionQuery.firstPage(new SessionFilter(null, null, null, null, 70, 0, 1), PAGE))).total())
                .isEqualTo(all.stream().filter(m -> m.averageScore() >= 70).count());
        assertThat(join(service(b).page(SessionQuery.firstPage(new SessionFilter(null, null, from, to, null, 0, 1), PAGE))).total())
                .isEqualTo(all.stream().filter(m -> !m.createdAt().isBefore(from) && m.createdAt().isBefore(to)).count());
        // the old list keeps its meaning: the filter's own slice, newest first
        assertThat(join(service(b).list(new SessionFilter(null, null, null, null, null, 10, 5))))
                .extracting(SessionSummary::id).containsExactlyElementsOf(ids(all, x -> true,
                        Comparator.comparing(Made::createdAt).thenComparing(Made::id).reversed()).subList(10, 15));
    }

    private static List<Long> ids(List<Made> all, Predicate<Made> keep, Comparator<Made> order) {
        return all.stream().filter(keep).sorted(order).map(Made::id).toList();
    }
}
