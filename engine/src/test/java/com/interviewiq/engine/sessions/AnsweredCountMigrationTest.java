package com.interviewiq.engine.sessions;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Migrations;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.Drafts;
import com.interviewiq.engine.testing.Services;
import com.interviewiq.engine.testing.TestClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;

/** V5 keeps the answer count on the session row: sessions answered before it must carry on numbering where they were. */
class AnsweredCountMigrationTest {
    @TempDir
    Path temp;

    static Stream<Backend> vendors() {
        return Backend.parity().filter(b -> b.mode() == Mode.SYNC);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void sessionsAnsweredBeforeTheCountWasKeptGoOnFromTheirAnswers(Backend backend) {
        DatabaseTarget target = backend.freshTarget(temp);
        Flyway.configure().dataSource(target.jdbcUrl(), target.user(), target.password().reveal())
                .locations("classpath:db/migration").target("3").load().migrate();
        Instant at = Instant.parse("2026-11-27T09:00:00Z");
        long session;
        try (Database old = backend.open(target, Backend.SMALL_POOL)) {
            Services v3 = Services.over(old, new TestClock(at));
            List<Question> qs = List.of(1, 2, 3, 4).stream()
                    .map(d -> join(v3.questions().create(Drafts.valid("sql-" + d, "SQL", d)))).toList();
            // as the V3 engine left it: two answers, the third question outstanding
            session = join(old.inTransaction(tx -> tx.insert(Sql.of("""
                    INSERT INTO interview_sessions (candidate, interviewer, track, planned_questions, status,
                           current_difficulty, current_question_id, current_served_at, created_at, started_at,
                           paused_millis, version)
                    VALUES ('Ada', 'Grace', '["SQL"]', 4, 'in_progress', 2, ?, ?, ?, ?, 0, 6)""",
                    qs.get(2).id(), at, at, at))
                    .thenCompose(id -> tx.update(Sql.of("""
                            INSERT INTO answers (session_id, question_id, seq, category, difficulty, skipped,
                                   time_taken_ms, answered_at)
                            VALUES (?, ?, 1, 'SQL', 1, TRUE, 0, ?), (?, ?, 2, 'SQL', 2, TRUE, 0, ?)""",
                            id, qs.get(0).id(), at, id, qs.get(1).id(), at)).thenApply(n -> id))));
            join(old.inTransaction(tx -> tx.insert(Sql.of("""
                    INSERT INTO interview_sessions (candidate, interviewer, track, planned_questions, status,
                           current_difficulty, created_at, paused_millis, version)
                    VALUES ('Bo', 'Grace', '["SQL"]', 4, 'planned', 2, ?, 0, 1)""", at))));
        }

        Migrations.migrate(target);
        try (Services now = Services.over(backend.open(target, Backend.SMALL_POOL), new TestClock(at))) {
            NextStep step = join(now.sessions().next(session));
            assertThat(step.number()).isEqualTo(3);
            SubmittedAnswer third = join(now.sessions().submit(step, "an index", 10));
            assertThat(third.answer().seq()).isEqualTo(3);
            assertThat(join(now.sessions().next(session)).number()).isEqualTo(4);
            List<Integer> counts = join(now.db().inTransaction(tx -> tx.query(Sql.of(
                    "SELECT answered_count FROM interview_sessions ORDER BY id"), r -> r.getInt("answered_count"))));
            assertThat(counts).containsExactly(3, 0);
        }
    }
}
