package com.interviewiq.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Failures;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Stages;
import com.interviewiq.engine.db.Tx;
import com.interviewiq.engine.questions.QuestionStore;
import com.interviewiq.engine.transfer.Progress;
import com.interviewiq.engine.validation.FieldError;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Loads an archive into any database, in one transaction: questions matched by key (skipped when
 * present, replaced with {@code update}), sessions appended with new ids and their answers pointed
 * at the questions by key. The file is read twice, a record at a time: first to check every record
 * (a damaged, truncated or foreign file imports nothing and gets one sentence), then to write.
 * The file is read on a thread of its own, never on a driver's event loop.
 */
public final class ArchiveImport {
    private static final int KEY_CHUNK = 500;
    private static final int MAX_PROBLEMS = 20;

    /** What was (or, in a dry run, would be) imported. */
    public record Report(long questionsImported, long questionsUpdated, long questionsSkipped, long sessions, long answers,
                         boolean dryRun) {
        public String sentence() {
            return (dryRun ? "Would import " : "Imported ") + questionsImported + " question(s) ("
                    + (questionsUpdated > 0 ? questionsUpdated + " updated, " : "") + questionsSkipped
                    + " already there), " + sessions + " session(s) and " + answers + " answer(s)"
                    + (dryRun ? "; nothing was changed." : ".");
        }
    }

    /** What the first reading found: counts and the keys defined and referred to. */
    private record Checked(long questions, long sessions, long answers, Set<String> defined, Set<String> referred) {
    }

    private final Database db;
    private final Clock clock;

    public ArchiveImport(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public CompletionStage<Report> run(Path file, boolean update, boolean dryRun, Progress progress) {
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "archive-import");
            t.setDaemon(true);
            return t;
        });
        return CompletableFuture.supplyAsync(() -> check(file), reader)
                .thenCompose(checked -> existingIds(checked).thenCompose(existing -> {
                    Set<String> missing = new HashSet<>(checked.referred());
                    missing.removeAll(checked.defined());
                    missing.removeAll(existing.keySet());
                    if (!missing.isEmpty()) {
                        throw new DataException(file + " has answers to question '" + missing.iterator().next()
                                + "', which is neither in the archive nor in this database; nothing was imported");
                    }
                    long present = checked.defined().stream().filter(existing::containsKey).count();
                    Report report = new Report(checked.questions() - present, update ? present : 0, update ? 0 : present,
                            checked.sessions(), checked.answers(), dryRun);
                    if (dryRun) {
                        return CompletableFuture.completedFuture(report);
                    }
                    return db.inTransaction(tx -> write(tx, file, update, existing, checked, reader, progress))
                            .thenApply(x -> report);
                }))
                .whenComplete((r, e) -> reader.shutdown());
    }

    /** The first reading: every record checked, nothing written. */
    private static Checked check(Path file) {
        List<FieldError> problems = new ArrayList<>();
        Set<String> defined = new HashSet<>();
        Set<String> referred = new HashSet<>();
        long questions = 0;
        long sessions = 0;
        long answers = 0;
        try (ArchiveReader r = new ArchiveReader(file)) {
            r.begin();
            for (Optional<JsonNode> q = r.nextQuestion(); q.isPresent(); q = r.nextQuestion()) {
                var archived = ArchiveRecords.question(q.get(), (int) ++questions, problems);
                if (archived.draft().key() != null && !defined.add(archived.draft().key())) {
                    problems.add(new FieldError("question " + questions, "key", "'" + archived.draft().key() + "' appears twice"));
                }
                stopIfTooMany(file, problems);
            }
            for (Optional<JsonNode> s = r.nextSession(); s.isPresent(); s = r.nextSession()) {
                var archived = ArchiveRecords.session(s.get(), (int) ++sessions, problems);
                answers += archived.answers().size();
                archived.answers().forEach(a -> referred.add(a.questionKey()));
                if (archived.currentQuestionKey() != null) {
                    referred.add(archived.currentQuestionKey());
                }
                stopIfTooMany(file, problems);
            }
            JsonNode counts = r.end();
            if (counts.path("questions").asLong(-1) != questions || counts.path("sessions").asLong(-1) != sessions
                    || counts.path("answers").asLong(-1) != answers) {
                throw new DataException(file + " is incomplete: it says it holds " + counts.path("questions").asLong(-1)
                        + " questions, " + counts.path("sessions").asLong(-1) + " sessions and " + counts.path("answers").asLong(-1)
                        + " answers but holds " + questions + ", " + sessions + " and " + answers + "; nothing was imported");
            }
        }
        referred.remove(null);
        if (!problems.isEmpty()) {
            throw problems(file, problems);
        }
        return new Checked(questions, sessions, answers, defined, referred);
    }

    private static void stopIfTooMany(Path file, List<FieldError> problems) {
        if (problems.size() >= MAX_PROBLEMS) {
            throw problems(file, problems);
        }
    }

    private static DataException problems(Path file, List<FieldError> problems) {
        return new DataException(file + ": " + problems.getFirst() + (problems.size() > 1 ? " (and " + (problems.size() - 1)
                + (problems.size() >= MAX_PROBLEMS ? " or more" : "") + " other problem(s))" : "") + "; nothing was imported");
    }

    /** Ids of the questions in this database that the archive defines or refers to, by key. */
    private CompletionStage<Map<String, Long>> existingIds(Checked checked) {
        List<String> keys = new ArrayList<>(checked.defined());
        keys.addAll(checked.referred());
        List<String> distinct = keys.stream().distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += KEY_CHUNK) {
            chunks.add(distinct.subList(i, Math.min(distinct.size(), i + KEY_CHUNK)));
        }
        if (chunks.isEmpty()) {
            return CompletableFuture.completedFuture(new HashMap<>());
        }
        return db.inTransaction(tx -> Stages.sequence(chunks, chunk -> tx.query(Sql.of(
                        "SELECT id, question_key FROM questions WHERE question_key IN (" + Sql.placeholders(chunk.size()) + ")",
                        chunk.toArray()), r -> Map.entry(r.getString("question_key"), r.getLong("id")))))
                .thenApply(lists -> {
                    Map<String, Long> out = new HashMap<>();
                    lists.forEach(l -> l.forEach(e -> out.put(e.getKey(), e.getValue())));
                    return out;
                });
    }

    /** The second reading, inside the transaction: each record read on the reader thread, then written. */
    private CompletionStage<Void> write(Tx tx, Path file, boolean update, Map<String, Long> existing, Checked checked,
                                        ExecutorService reader, Progress progress) {
        Map<String, Long> ids = new HashMap<>(existing);
        Instant now = clock.instant();
        ArchiveReader r = new ArchiveReader(file);
        long[] done = new long[1];
        int[] index = new int[2];
        List<FieldError> ignored = new ArrayList<>(); // checked in the first reading
        CompletionStage<Void> questions = CompletableFuture.runAsync(r::begin, reader)
                .thenCompose(x -> each(reader, r::nextQuestion, node -> {
                    var q = ArchiveRecords.question(node, ++index[0], ignored);
                    String key = q.draft().key();
                    if (!ids.containsKey(key)) {
                        return QuestionStore.insert(tx, q.draft(), q.version(), q.createdAt(), q.updatedAt())
                                .thenAccept(id -> ids.put(key, id));
                    }
                    return update && existing.containsKey(key) ? QuestionStore.replaceByKey(tx, q.draft(), now)
                            : CompletableFuture.completedFuture(null);
                }));
        return questions.thenCompose(x -> each(reader, r::nextSession, node -> {
                    var s = ArchiveRecords.session(node, ++index[1], ignored);
                    return insertSession(tx, s, ids).thenRun(() -> progress.update(++done[0], checked.sessions()));
                }))
                .thenCompose(x -> CompletableFuture.runAsync(r::end, reader))
                .whenComplete((x, e) -> r.close());
    }

    /**
     * Applies {@code step} to each record in turn; each record is read on the reader thread, and
     * each turn is a new task there, so 10,000 records nest neither stack frames nor futures.
     */
    private static CompletionStage<Void> each(ExecutorService reader, Supplier<Optional<JsonNode>> next,
                                              Function<JsonNode, CompletionStage<?>> step) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable[] turn = new Runnable[1];
        turn[0] = () -> {
            try {
                Optional<JsonNode> node = next.get();
                if (node.isEmpty()) {
                    done.complete(null);
                    return;
                }
                step.apply(node.get()).whenComplete((x, e) -> {
                    if (e != null) {
                        done.completeExceptionally(Failures.unwrap(e));
                    } else {
                        reader.execute(turn[0]);
                    }
                });
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        };
        reader.execute(turn[0]);
        return done;
    }

    private static CompletionStage<?> insertSession(Tx tx, ArchiveRecords.ArchivedSession s, Map<String, Long> ids) {
        Long current = s.currentQuestionKey() == null ? null : ids.get(s.currentQuestionKey());
        return tx.insert(Sql.of("""
                        INSERT INTO interview_sessions (candidate, interviewer, track, planned_questions, time_limit_seconds,
                               status, current_difficulty, current_question_id, current_served_at, stop_reason, created_at,
                               started_at, paused_at, paused_millis, finished_at, version, answered_count)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        s.candidate(), s.interviewer(), s.track(), s.plannedQuestions(),
                        Sql.orNull(s.timeLimitSeconds(), Integer.class), s.status(), s.currentDifficulty(),
                        Sql.orNull(current, Long.class), Sql.orNull(s.currentServedAt(), Instant.class),
                        Sql.orNull(s.stopReason(), String.class), s.createdAt(), Sql.orNull(s.startedAt(), Instant.class),
                        Sql.orNull(s.pausedAt(), Instant.class), s.pausedMillis(), Sql.orNull(s.finishedAt(), Instant.class),
                        s.version(), s.answers().size()))
                .thenCompose(sessionId -> Stages.forEach(s.answers(), a -> tx.update(Sql.of("""
                                INSERT INTO answers (session_id, question_id, seq, category, difficulty, answer_text, skipped,
                                       time_taken_ms, score, criteria_marks, feedback, evaluator_source, evaluator_detail,
                                       override_score, override_note, override_by, override_at, answered_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        sessionId, ids.get(a.questionKey()), a.seq(), a.category(), a.difficulty(),
                        Sql.orNull(a.text(), String.class), a.skipped(), a.timeTakenMs(), Sql.orNull(a.score(), Integer.class),
                        Sql.orNull(a.criteriaMarks(), String.class), Sql.orNull(a.feedback(), String.class),
                        Sql.orNull(a.evaluatorSource(), String.class),
                        Sql.orNull(a.evaluatorDetail(), String.class), Sql.orNull(a.overrideScore(), Integer.class),
                        Sql.orNull(a.overrideNote(), String.class), Sql.orNull(a.overrideBy(), String.class),
                        Sql.orNull(a.overrideAt(), Instant.class), a.answeredAt()))));
    }
}
