package com.interviewiq.engine.testing;

import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Tx;
import com.interviewiq.engine.sessions.SessionStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A large, made-up session history inserted fast (multi-row INSERTs of bound values through the
 * engine's own Database), and what each session holds, computed here in Java, so a test can
 * build its expectation without asking the database. Names share one shape ("Candidate 04711"),
 * so they sort the same under every collation; created times are a permutation of the ids.
 */
public final class ManySessions {
    private static final int ROWS_PER_INSERT = 500;
    private static final String[] INTERVIEWERS = {"Grace", "Alan", "Edsger", "Barbara", "Donald"};

    /** One generated session as the test expects to see it. */
    public record Made(long id, String candidate, String interviewer, SessionStatus status, Instant createdAt,
                       Instant startedAt, Instant finishedAt, int answered, double averageScore) {
    }

    private ManySessions() {
    }

    /** Inserts {@code n} sessions (and 0..3 answers each, on three questions it adds) created from {@code base} on. */
    public static List<Made> insert(Database db, int n, Instant base) {
        List<Made> planned = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            planned.add(made(i, n, base));
        }
        Services.join(db.inTransaction(tx -> questions(tx, base)
                .thenCompose(q -> chunks(tx, planned, ManySessions::sessionInsert))
                .thenCompose(x -> tx.query(Sql.of("SELECT id, candidate FROM interview_sessions"),
                        r -> Map.entry(r.getString("candidate"), r.getLong("id"))))
                .thenCompose(ids -> {
                    Map<String, Long> byName = new HashMap<>();
                    ids.forEach(e -> byName.put(e.getKey(), e.getValue()));
                    List<Made> stored = new ArrayList<>(n);
                    for (Made m : planned) {
                        stored.add(new Made(byName.get(m.candidate()), m.candidate(), m.interviewer(), m.status(),
                                m.createdAt(), m.startedAt(), m.finishedAt(), m.answered(), m.averageScore()));
                    }
                    planned.clear();
                    planned.addAll(stored);
                    return tx.query(Sql.of("SELECT id FROM questions WHERE question_key LIKE 'hist-%' ORDER BY question_key"),
                            r -> r.getLong("id"));
                })
                .thenCompose(questionIds -> chunks(tx, answerRows(planned, questionIds, base), ManySessions::answerInsert))));
        return List.copyOf(planned);
    }

    private static Made made(int i, int n, Instant base) {
        SessionStatus status = SessionStatus.values()[i % SessionStatus.values().length];
        Instant created = base.plus(Duration.ofMinutes((i * 104_729L) % n));
        Instant started = status == SessionStatus.PLANNED ? null : created.plusSeconds(60);
        Instant finished = status == SessionStatus.COMPLETED || status == SessionStatus.ABANDONED
                ? created.plusSeconds(1800) : null;
        int answered = status == SessionStatus.PLANNED ? 0 : i % 4;
        int sum = 0;
        for (int j = 0; j < answered; j++) {
            sum += counted(i, j);
        }
        return new Made(-1, String.format("Candidate %05d", (i * 7919L) % n), INTERVIEWERS[i % INTERVIEWERS.length],
                status, created, started, finished, answered, answered == 0 ? 0.0 : (double) sum / answered);
    }

    private static int score(int i, int j) {
        return (i * 31 + j * 17) % 101;
    }

    /** Every tenth answer carries an interviewer's override, which then counts instead of the score. */
    private static Integer override(int i, int j) {
        return (i + j) % 10 == 0 ? (score(i, j) + 5) % 101 : null;
    }

    private static int counted(int i, int j) {
        Integer o = override(i, j);
        return o != null ? o : score(i, j);
    }

    private static CompletionStage<Long> questions(Tx tx, Instant at) {
        CompletionStage<Long> done = CompletableFuture.completedFuture(0L);
        for (int k = 1; k <= 3; k++) {
            int q = k;
            done = done.thenCompose(x -> tx.insert(Sql.of("""
                    INSERT INTO questions (question_key, category, difficulty, title, prompt, tags, rubric,
                           time_limit_seconds, status, version, created_at, updated_at)
                    VALUES (?, 'SQL', 2, ?, 'Explain it.', '[]', '[]', 60, 'ready', 1, ?, ?)""",
                    "hist-" + q, "History question " + q, at, at)));
        }
        return done;
    }

    private static Sql sessionInsert(List<Made> rows) {
        List<Object> p = new ArrayList<>();
        for (Made m : rows) {
            Collections.addAll(p, m.candidate(), m.interviewer(), m.status().label(), m.createdAt(),
                    Sql.orNull(m.startedAt(), Instant.class), Sql.orNull(m.finishedAt(), Instant.class));
        }
        return new Sql("INSERT INTO interview_sessions (candidate, interviewer, track, planned_questions, status,"
                + " current_difficulty, created_at, started_at, finished_at, paused_millis, version) VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, '[\"SQL\"]', 3, ?, 3, ?, ?, ?, 0, 1)")), p);
    }

    private record AnswerInsert(long sessionId, long questionId, int seq, int score, Integer override, Instant at) {
    }

    private static List<AnswerInsert> answerRows(List<Made> sessions, List<Long> questionIds, Instant base) {
        List<AnswerInsert> rows = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            Made m = sessions.get(i);
            for (int j = 0; j < m.answered(); j++) {
                rows.add(new AnswerInsert(m.id(), questionIds.get(j), j + 1, score(i, j), override(i, j),
                        m.startedAt().plusSeconds(60L * (j + 1))));
            }
        }
        return rows;
    }

    private static Sql answerInsert(List<AnswerInsert> rows) {
        List<Object> p = new ArrayList<>();
        for (AnswerInsert a : rows) {
            Collections.addAll(p, a.sessionId(), a.questionId(), a.seq(), a.score(), Sql.orNull(a.override(), Integer.class),
                    a.at());
        }
        return new Sql("INSERT INTO answers (session_id, question_id, seq, category, difficulty, answer_text, skipped,"
                + " time_taken_ms, score, override_score, evaluator_source, answered_at) VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, 'SQL', 2, 'an answer', FALSE, 1000, ?, ?, 'rubric', ?)")), p);
    }

    private static <T> CompletionStage<Long> chunks(Tx tx, List<T> rows, java.util.function.Function<List<T>, Sql> insert) {
        CompletionStage<Long> done = CompletableFuture.completedFuture(0L);
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            done = done.thenCompose(x -> tx.update(insert.apply(chunk)));
        }
        return done;
    }
}
