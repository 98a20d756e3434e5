package com.interviewiq.engine.questions;

import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Stages;
import com.interviewiq.engine.db.Tx;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The statements that write questions, shared by the bank and the importer (inside their transactions). */
public final class QuestionStore {
    private QuestionStore() {
    }


    public static CompletionStage<Boolean> keyTaken(Tx tx, String key) {
        return tx.queryOptional(Sql.of("SELECT id FROM questions WHERE question_key = ?", key), r -> r.getLong("id"))
                .thenApply(Optional::isPresent);
    }

    public static CompletionStage<Long> insert(Tx tx, QuestionDraft q, Instant now) {
        return insert(tx, q, 1, now, now);
    }

    /** Inserts a question as it was elsewhere: its version and times kept (an archive import). */
    public static CompletionStage<Long> insert(Tx tx, QuestionDraft q, int version, Instant created, Instant updated) {
        return tx.insert(Sql.of("""
                        INSERT INTO questions (question_key, category, difficulty, title, prompt, tags, rubric,
                                               time_limit_seconds, status, version, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        q.key(), q.category(), q.difficulty(), q.title(), q.prompt(), QuestionReader.json(q.tags()),
                        QuestionReader.json(q.rubric()), q.timeLimitSeconds(), q.status().label(), version, created, updated))
                .thenCompose(id -> writeTags(tx, id, q.tags()).thenApply(x -> id));
    }

    /** Replaces the content of the question with this key, whatever its version (import --update). */
    public static CompletionStage<Long> replaceByKey(Tx tx, QuestionDraft q, Instant now) {
        return tx.queryOne(Sql.of("SELECT id, version FROM questions WHERE question_key = ?", q.key()),
                        r -> new long[] {r.getLong("id"), r.getLong("version")})
                .thenCompose(idv -> updateRow(tx, idv[0], (int) idv[1], q, now).thenApply(n -> idv[0]));
    }

    static CompletionStage<Long> updateRow(Tx tx, long id, int expectedVersion, QuestionDraft q, Instant now) {
        return tx.update(Sql.of("""
                        UPDATE questions SET question_key = ?, category = ?, difficulty = ?, title = ?, prompt = ?,
                               tags = ?, rubric = ?, time_limit_seconds = ?, status = ?, version = version + 1,
                               updated_at = ?
                        WHERE id = ? AND version = ?""",
                        q.key(), q.category(), q.difficulty(), q.title(), q.prompt(), QuestionReader.json(q.tags()),
                        QuestionReader.json(q.rubric()), q.timeLimitSeconds(), q.status().label(), now, id, expectedVersion))
                .thenCompose(changed -> changed == 1
                        ? tx.update(Sql.of("DELETE FROM question_tags WHERE question_id = ?", id))
                                .thenCompose(x -> writeTags(tx, id, q.tags())).thenApply(x -> changed)
                        : CompletableFuture.completedFuture(changed));
    }

    private static CompletionStage<Void> writeTags(Tx tx, long id, List<String> tags) {
        List<String> normalised = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList();
        return Stages.forEach(normalised, tag -> tx.update(Sql.of(
                "INSERT INTO question_tags (question_id, tag) VALUES (?, ?)", id, tag)));
    }

}
