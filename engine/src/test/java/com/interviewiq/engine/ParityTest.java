package com.interviewiq.engine;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.sessions.InterviewSession;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.NextStep;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionQuery;
import com.interviewiq.engine.sessions.SessionSort;
import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.Services;
import com.interviewiq.engine.testing.TestClock;
import com.interviewiq.engine.transfer.ImportFormat;
import com.interviewiq.engine.transfer.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same scenario on {H2, PostgreSQL} x {sync, async}: import, search, three full interviews
 * with fixed answers, reports, exports. Every backend must give exactly the same results.
 */
class ParityTest {
    @TempDir
    Path temp;

    @Test
    void everyBackendGivesIdenticalResults() {
        Map<String, List<Object>> results = new LinkedHashMap<>();
        Backend.parity().forEach(backend -> {
            try (Services s = Services.over(backend.openFresh(temp, Backend.SMALL_POOL),
                    new TestClock(Instant.parse("2026-11-27T09:00:00Z")))) {
                results.put(backend.toString(), scenario(s));
            }
        });
        assertThat(results).hasSize(4);
        List<Object> reference = results.values().iterator().next();
        assertThat(reference).hasSize(9);
        results.forEach((backend, r) -> assertThat(r).as(backend).containsExactlyElementsOf(reference));
    }

    private static List<Object> scenario(Services s) {
        TestClock clock = (TestClock) s.clock();
        List<Object> out = new ArrayList<>();
        ImportReport imported = join(s.transfer().importSampleBank());
        out.add(imported);
        out.add(join(s.questions().search(new QuestionQuery("SQL", 3, null, QuestionStatus.READY, null, 0, 50))).items()
                .stream().map(Question::key).toList());
        out.add(join(s.questions().search(new QuestionQuery(null, null, null, null, "transaction", 0, 20))).total());
        out.add(join(s.questions().categories()));
        for (int i = 0; i < 3; i++) {
            InterviewSession sess = join(s.sessions().create(new NewSession("Candidate " + i, "Parity",
                    List.of("SQL", "Java", "Concurrency"), 5, null)));
            join(s.sessions().start(sess.id()));
            int n = 0;
            NextStep step;
            while (!(step = join(s.sessions().next(sess.id()))).finished()) {
                clock.advance(Duration.ofSeconds(45));
                Question q = step.question();
                if (n % 4 == 3) {
                    join(s.sessions().skip(sess.id(), q.id(), 45_000));
                } else {
                    // alternate strong and partial answers so the staircase moves both ways
                    String text = n % 2 == 0 ? String.join(", ", q.rubric().stream().map(c -> c.keywords().getFirst()).toList())
                            : q.rubric().getFirst().keywords().getFirst();
                    join(s.sessions().submit(sess.id(), q.id(), text, 45_000));
                }
                n++;
            }
        }
        List<SessionReport> reports = new ArrayList<>();
        for (var summary : join(s.sessions().list(SessionFilter.all()))) {
            reports.add(join(s.sessions().report(summary.id())));
        }
        out.add(reports);
        out.add(join(s.sessions().list(SessionFilter.all())));
        // the history's pages: sorted, filtered and counted by the database alike everywhere
        out.add(join(s.sessions().page(new SessionQuery(SessionFilter.all(), SessionSort.SCORE, true, 1, 2))));
        out.add(join(s.sessions().page(new SessionQuery(new SessionFilter("candidate", null, null, null, 1, 0, 1),
                SessionSort.CANDIDATE, false, 0, 2))));
        out.add(join(s.transfer().export(ImportFormat.CSV, QuestionQuery.all())));
        return out;
    }
}
