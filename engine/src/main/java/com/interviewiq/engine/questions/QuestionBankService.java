package com.interviewiq.engine.questions;

import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Stages;
import com.interviewiq.engine.db.Tx;
import com.interviewiq.engine.validation.ConflictException;
import com.interviewiq.engine.validation.FieldError;
import com.interviewiq.engine.validation.NotFoundException;
import com.interviewiq.engine.validation.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The question bank: validated create/update/delete with optimistic locking (several consoles
 * may share one PostgreSQL database), search with filters and paging, categories with counts.
 * Written once over the data port; identical in sync and async mode.
 */
public final class QuestionBankService {
    private final Database db;
    private final Clock clock;

    public QuestionBankService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public CompletionStage<Question> create(QuestionDraft draft) {
        QuestionDraft q;
        try {
            q = validated(draft);
        } catch (ValidationException e) {
            return CompletableFuture.failedFuture(e);
        }
        return db.inTransaction(tx -> QuestionStore.keyTaken(tx, q.key()).thenCompose(taken -> {
            if (taken) {
                throw new ConflictException("a question with key '" + q.key() + "' already exists");
            }
            return QuestionStore.insert(tx, q, clock.instant());
        }).thenCompose(id -> get(tx, id)));
    }

    /**
     * Saves new content over version {@code expectedVersion}. Fails with a ConflictException when
     * someone else saved in between; nothing is overwritten.
     */
    public CompletionStage<Question> update(long id, int expectedVersion, QuestionDraft draft) {
        QuestionDraft q;
        try {
            q = validated(draft);
        } catch (ValidationException e) {
            return CompletableFuture.failedFuture(e);
        }
        return db.inTransaction(tx -> tx.queryOptional(Sql.of(
                        "SELECT id FROM questions WHERE question_key = ? AND id <> ?", q.key(), id), r -> r.getLong("id"))
                .thenCompose(other -> {
                    if (other.isPresent()) {
                        throw new ConflictException("a question with key '" + q.key() + "' already exists");
                    }
                    return QuestionStore.updateRow(tx, id, expectedVersion, q, clock.instant());
                })
                .thenCompose(changed -> changed == 1 ? get(tx, id) : staleOrMissing(tx, id, expectedVersion)));
    }

    public CompletionStage<Void> delete(long id, int expectedVersion) {
        return db.inTransaction(tx -> tx.queryOne(Sql.of(
                        "SELECT COUNT(*) AS c FROM answers WHERE question_id = ?", id), r -> r.getLong("c"))
                .thenCompose(used -> {
                    if (used > 0) {
                        throw new ConflictException("question " + id + " is part of " + used
                                + " recorded answers and cannot be deleted; set it to draft instead");
                    }
                    return tx.update(Sql.of("DELETE FROM questions WHERE id = ? AND version = ?", id, expectedVersion));
                })
                .thenCompose(deleted -> deleted == 1 ? CompletableFuture.<Void>completedFuture(null)
                        : staleOrMissing(tx, id, expectedVersion).thenApply(q -> (Void) null)));
    }

    public CompletionStage<Optional<Question>> find(long id) {
        return db.inTransaction(tx -> tx.queryOptional(
                Sql.of("SELECT " + QuestionReader.COLUMNS + " FROM questions WHERE id = ?", id), QuestionReader::map));
    }

    public CompletionStage<Optional<Question>> findByKey(String key) {
        return db.inTransaction(tx -> tx.queryOptional(
                Sql.of("SELECT " + QuestionReader.COLUMNS + " FROM questions WHERE question_key = ?", key),
                QuestionReader::map));
    }

    public CompletionStage<Page<Question>> search(QuestionQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        Object[] countParams = params.toArray();
        params.add(query.limit());
        params.add(query.offset());
        return db.inTransaction(tx -> tx.queryOne(Sql.of("SELECT COUNT(*) AS c FROM questions q" + where, countParams),
                        r -> r.getLong("c"))
                .thenCompose(total -> tx.query(Sql.of("SELECT " + QuestionReader.COLUMNS + " FROM questions q" + where
                                + " ORDER BY q.id LIMIT ? OFFSET ?", params.toArray()), QuestionReader::map)
                        .thenApply(items -> new Page<>(items, total, query.offset(), query.limit()))));
    }

    public CompletionStage<List<CategoryCount>> categories() {
        return db.inTransaction(tx -> tx.query(Sql.of("""
                SELECT category, COUNT(*) AS total,
                       SUM(CASE WHEN status = 'ready' THEN 1 ELSE 0 END) AS ready
                FROM questions GROUP BY category ORDER BY category"""),
                r -> new CategoryCount(r.getString("category"), r.getLong("total"), r.getLong("ready"))));
    }

    public CompletionStage<Long> count() {
        return db.inTransaction(tx -> tx.queryOne(Sql.of("SELECT COUNT(*) AS c FROM questions"), r -> r.getLong("c")));
    }

    private static String where(QuestionQuery q, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (q.category() != null) {
            clauses.add("q.category = ?");
            params.add(q.category());
        }
        if (q.difficulty() != null) {
            clauses.add("q.difficulty = ?");
            params.add(q.difficulty());
        }
        if (q.status() != null) {
            clauses.add("q.status = ?");
            params.add(q.status().label());
        }
        if (q.tag() != null) {
            clauses.add("EXISTS (SELECT 1 FROM question_tags t WHERE t.question_id = q.id AND t.tag = ?)");
            params.add(q.tag().toLowerCase(Locale.ROOT));
        }
        if (q.text() != null && !q.text().isBlank()) {
            clauses.add("(LOWER(q.question_key) LIKE ? ESCAPE '!' OR LOWER(q.title) LIKE ? ESCAPE '!'"
                    + " OR LOWER(q.prompt) LIKE ? ESCAPE '!')");
            String like = Sql.containsPattern(q.text().strip().toLowerCase(Locale.ROOT));
            params.add(like);
            params.add(like);
            params.add(like);
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }


    static QuestionDraft validated(QuestionDraft draft) {
        QuestionDraft q = QuestionRules.normalise(draft);
        List<FieldError> errors = QuestionRules.check(q);
        if (errors.isEmpty() && QuestionReader.json(q.rubric()).length() > QuestionRules.MAX_PROMPT) {
            errors = List.of(FieldError.of("rubric", "is too long to store (over " + QuestionRules.MAX_PROMPT
                    + " characters as JSON)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return q;
    }

    private static CompletionStage<Question> get(Tx tx, long id) {
        return tx.queryOne(Sql.of("SELECT " + QuestionReader.COLUMNS + " FROM questions WHERE id = ?", id), QuestionReader::map);
    }

    private static CompletionStage<Question> staleOrMissing(Tx tx, long id, int expectedVersion) {
        return tx.queryOptional(Sql.of("SELECT version, question_key FROM questions WHERE id = ?", id),
                        r -> new Object[] {r.getInt("version"), r.getString("question_key")})
                .thenApply(found -> {
                    if (found.isEmpty()) {
                        throw new NotFoundException("question " + id + " does not exist (deleted by someone else?)");
                    }
                    throw new ConflictException("question '" + found.get()[1] + "' was changed by someone else (now version "
                            + found.get()[0] + ", you edited version " + expectedVersion + "); reload it and apply your change again");
                });
    }
}
