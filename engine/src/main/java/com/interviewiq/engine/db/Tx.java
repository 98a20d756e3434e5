package com.interviewiq.engine.db;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * One transaction on one connection of one backend. Every operation returns a stage; in sync
 * mode the stages are already complete when returned (the work runs on a JDBC worker thread),
 * in async mode they complete when the driver answers. Issue the next statement only after the
 * previous stage completed: a connection runs one statement at a time.
 */
public interface Tx {
    <T> CompletionStage<List<T>> query(Sql sql, RowMapper<T> mapper);

    /** Runs INSERT/UPDATE/DELETE/DDL and returns the number of rows changed. */
    CompletionStage<Long> update(Sql sql);

    /** Runs an INSERT into a table whose {@code id} column is generated and returns the new id. */
    CompletionStage<Long> insert(Sql sql);

    default <T> CompletionStage<Optional<T>> queryOptional(Sql sql, RowMapper<T> mapper) {
        return query(sql, mapper).thenApply(rows -> {
            if (rows.size() > 1) {
                throw new DatabaseException("expected at most one row but got " + rows.size() + " for: " + sql);
            }
            return rows.isEmpty() ? Optional.<T>empty() : Optional.of(rows.getFirst());
        });
    }

    default <T> CompletionStage<T> queryOne(Sql sql, RowMapper<T> mapper) {
        return queryOptional(sql, mapper).thenApply(o -> o.orElseThrow(
                () -> new DatabaseException("expected one row but got none for: " + sql)));
    }
}
