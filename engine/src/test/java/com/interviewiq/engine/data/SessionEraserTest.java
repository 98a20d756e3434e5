package com.interviewiq.engine.data;

import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.sessions.InterviewSession;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.NextStep;
import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.Drafts;
import com.interviewiq.engine.testing.Services;
import com.interviewiq.engine.testing.TestClock;
import com.interviewiq.engine.validation.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deleting, erasing and purging on {H2, PostgreSQL} x {sync, async}: exactly the rows of the
 * sessions named go (counted per table before and after), the others' reports stay the same.
 */
class SessionEraserTest {
    @TempDir
    Path temp;
    private Services s;
    private TestClock clock;
    private SessionEraser eraser;

    static List<Backend> backends() {
        return Backend.parity().toList();
    }

    private void open(Backend backend) {
        clock = new TestClock(Instant.parse("2026-11-27T09:00:00Z"));
        s = Services.over(backend.openFresh(temp, Backend.SMALL_POOL), clock);
        eraser = new SessionEraser(s.db());
        for (int d = 1; d <= 5; d++) {
            for (int i = 0; i < 3; i++) {
                join(s.questions().create(Drafts.valid("sql-" + d + "-" + i, "SQL", d)));
            }
        }
    }

    @AfterEach
    void close() {
        if (s != null) {
            s.close();
        }
    }

    /** A session of three answers, the second overridden with a note; returns its id. */
    private long interview(String candidate) {
        InterviewSession created = join(s.sessions().create(new NewSession(candidate, "Grace", List.of("SQL"), 3, null)));
        join(s.sessions().start(created.id()));
        for (int i = 0; i < 3; i++) {
            NextStep step = join(s.sessions().next(created.id()));
            Question q = step.question();
            var a = join(s.sessions().submit(created.id(), q.id(), q.rubric().getFirst().keywords().getFirst(), 10_000));
            if (i == 1) {
                join(s.sessions().override(a.answer().id(), 90, "strong follow-up in person"));
            }
            clock.advance(Duration.ofSeconds(20));
        }
        join(s.sessions().next(created.id()));
        return created.id();
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("interview_sessions", "answers", "questions", "question_tags")) {
            counts.put(table, join(s.db().inTransaction(tx -> tx.queryOne(Sql.of("SELECT COUNT(*) AS c FROM " + table),
                    r -> r.getLong("c")))));
        }
        return counts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void erasingACandidateRemovesExactlyTheirRowsAndNothingElse(Backend backend) {
        open(backend);
        long c1a = interview("Candidate 1");
        long c1b = interview("Candidate 1");
        long c10 = interview("Candidate 10");
        long ada = interview("Ada");
        SessionReport adaBefore = join(s.sessions().report(ada));
        SessionReport c10Before = join(s.sessions().report(c10));
        Map<String, Long> before = rowCounts();

        SessionEraser.Counts preview = join(eraser.eraseCandidate("Candidate 1", true));
        assertThat(preview).isEqualTo(new SessionEraser.Counts(2, 6, 6, 2));
        assertThat(rowCounts()).as("a preview changes nothing").isEqualTo(before);

        SessionEraser.Counts erased = join(eraser.eraseCandidate("Candidate 1", false));
        assertThat(erased).isEqualTo(preview);
        Map<String, Long> after = rowCounts();
        assertThat(after).containsEntry("interview_sessions", before.get("interview_sessions") - 2)
                .containsEntry("answers", before.get("answers") - 6)
                .containsEntry("questions", before.get("questions"))
                .containsEntry("question_tags", before.get("question_tags"));
        long orphans = join(s.db().inTransaction(tx -> tx.queryOne(Sql.of("SELECT COUNT(*) AS c FROM answers a WHERE NOT EXISTS "
                + "(SELECT 1 FROM interview_sessions s WHERE s.id = a.session_id)"), r -> r.getLong("c"))));
        assertThat(orphans).as("orphans").isZero();
        assertThatThrownBy(() -> join(s.sessions().report(c1a))).hasRootCauseInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> join(s.sessions().report(c1b))).hasRootCauseInstanceOf(NotFoundException.class);
        assertThat(join(s.sessions().report(ada))).isEqualTo(adaBefore);
        assertThat(join(s.sessions().report(c10))).as("a name that starts the same is someone else").isEqualTo(c10Before);
        assertThat(join(eraser.eraseCandidate("Candidate 1", false)).sessions()).as("again: nothing left").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void deletingByIdIsAllOrNothing(Backend backend) {
        open(backend);
        long a = interview("Bo");
        long b = interview("Cy");
        Map<String, Long> before = rowCounts();
        assertThatThrownBy(() -> join(eraser.delete(List.of(a, 999_999L), false)))
                .hasRootCauseInstanceOf(NotFoundException.class).rootCause().hasMessage("no session 999999; nothing was deleted");
        assertThat(rowCounts()).isEqualTo(before);

        assertThat(join(eraser.delete(List.of(a, a), false))).isEqualTo(new SessionEraser.Counts(1, 3, 3, 1));
        assertThat(join(s.sessions().report(b)).answered()).isEqualTo(3);
        assertThat(rowCounts()).containsEntry("interview_sessions", before.get("interview_sessions") - 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void purgingByAgeTakesOnlyWhatWasCreatedBefore(Backend backend) {
        open(backend);
        long old = interview("Old");
        clock.advance(Duration.ofDays(40));
        Instant cutoff = clock.instant().minus(Duration.ofDays(30));
        long recent = interview("Recent");
        assertThat(join(eraser.purgeCreatedBefore(cutoff, true)).sessions()).isEqualTo(1);
        assertThat(join(eraser.purgeCreatedBefore(cutoff, false))).isEqualTo(new SessionEraser.Counts(1, 3, 3, 1));
        assertThatThrownBy(() -> join(s.sessions().report(old))).hasRootCauseInstanceOf(NotFoundException.class);
        assertThat(join(s.sessions().report(recent)).answered()).isEqualTo(3);
    }
}
