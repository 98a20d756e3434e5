package com.interviewiq.engine.monitor;

import com.interviewiq.engine.db.RowMapper;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Tx;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Times each statement of a transaction. A stage that is already complete (sync mode) costs no callback. */
final class TimedTx implements Tx {
    private final Tx delegate;
    private final DatabaseMetrics metrics;

    TimedTx(Tx delegate, DatabaseMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    @Override
    public <T> CompletionStage<List<T>> query(Sql sql, RowMapper<T> mapper) {
        long start = System.nanoTime();
        return timed(delegate.query(sql, mapper), start);
    }

    @Override
    public <T> CompletionStage<Optional<T>> queryOptional(Sql sql, RowMapper<T> mapper) {
        long start = System.nanoTime();
        return timed(delegate.queryOptional(sql, mapper), start);
    }

    @Override
    public <T> CompletionStage<T> queryOne(Sql sql, RowMapper<T> mapper) {
        long start = System.nanoTime();
        return timed(delegate.queryOne(sql, mapper), start);
    }

    @Override
    public CompletionStage<Long> update(Sql sql) {
        long start = System.nanoTime();
        return timed(delegate.update(sql), start);
    }

    @Override
    public CompletionStage<Long> insert(Sql sql) {
        long start = System.nanoTime();
        return timed(delegate.insert(sql), start);
    }

    private <T> CompletionStage<T> timed(CompletionStage<T> stage, long start) {
        CompletableFuture<T> f = stage.toCompletableFuture();
        if (f.isDone()) {
            metrics.statement(System.nanoTime() - start);
            return f;
        }
        return f.whenComplete((v, e) -> metrics.statement(System.nanoTime() - start));
    }
}
