package com.interviewiq.engine.db.r2dbc;

import com.interviewiq.engine.db.DatabaseException;
import com.interviewiq.engine.db.Placeholders;
import com.interviewiq.engine.db.RowMapper;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Tx;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Statement;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Statements on one R2DBC connection. Reactor types stay inside this package. */
final class R2dbcTx implements Tx {
    private final Connection connection;
    private final Scheduler scheduler;
    private final Function<Throwable, Throwable> errors;

    R2dbcTx(Connection connection, Scheduler scheduler, Function<Throwable, Throwable> errors) {
        this.connection = connection;
        this.scheduler = scheduler;
        this.errors = errors;
    }

    @Override
    public <T> CompletionStage<List<T>> query(Sql sql, RowMapper<T> mapper) {
        return send(rows(sql, mapper).collectList(), sql);
    }

    /** One pipeline and one stage, where the port's default would add two stages after {@link #query}. */
    @Override
    public <T> CompletionStage<Optional<T>> queryOptional(Sql sql, RowMapper<T> mapper) {
        return send(rows(sql, mapper).collectList().map(rows -> {
            if (rows.size() > 1) {
                throw new DatabaseException("expected at most one row but got " + rows.size() + " for: " + sql);
            }
            return rows.isEmpty() ? Optional.<T>empty() : Optional.of(rows.getFirst());
        }), sql);
    }

    @Override
    public <T> CompletionStage<T> queryOne(Sql sql, RowMapper<T> mapper) {
        return send(rows(sql, mapper).collectList().map(rows -> {
            if (rows.size() != 1) {
                throw new DatabaseException(rows.isEmpty() ? "expected one row but got none for: " + sql
                        : "expected at most one row but got " + rows.size() + " for: " + sql);
            }
            return rows.getFirst();
        }), sql);
    }

    @Override
    public CompletionStage<Long> update(Sql sql) {
        return send(Flux.defer(() -> statement(sql).execute())
                .concatMap(result -> result.getRowsUpdated())
                .reduce(0L, Long::sum), sql);
    }

    @Override
    public CompletionStage<Long> insert(Sql sql) {
        return send(Flux.defer(() -> statement(sql).returnGeneratedValues("id").execute())
                .concatMap(result -> result.map((row, meta) -> ((Number) row.get(0)).longValue()))
                .next()
                .switchIfEmpty(Mono.error(() -> new DatabaseException("the insert returned no generated id: " + sql))), sql);
    }

    private <T> Flux<T> rows(Sql sql, RowMapper<T> mapper) {
        return Flux.defer(() -> statement(sql).execute())
                .concatMap(result -> result.map((row, meta) -> mapper.map(new R2dbcRow(row))));
    }

    /**
     * Subscribes on the blocking driver's scheduler (r2dbc-h2); a non-blocking driver is subscribed
     * right here, with no hop through a scheduler's worker.
     */
    private <T> CompletionStage<T> send(Mono<T> statement, Sql sql) {
        Mono<T> on = scheduler == Schedulers.immediate() ? statement : statement.subscribeOn(scheduler);
        return on.onErrorMap(e -> translate(e, sql)).toFuture();
    }

    private Statement statement(Sql sql) {
        Statement st = connection.createStatement(Placeholders.toDollar(sql.text()));
        List<Object> params = sql.params();
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            switch (p) {
                case Sql.TypedNull n -> st.bindNull(i, bindType(n.type()));
                case Instant t -> st.bind(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
                case Enum<?> e -> st.bind(i, e.name());
                default -> st.bind(i, p);
            }
        }
        return st;
    }

    private static Class<?> bindType(Class<?> type) {
        return type == Instant.class ? OffsetDateTime.class : type;
    }

    private Throwable translate(Throwable e, Sql sql) {
        Throwable mapped = errors.apply(e);
        if (mapped instanceof DatabaseException) {
            return mapped;
        }
        return new DatabaseException("statement failed: " + R2dbcErrors.firstLine(e.getMessage()) + " in: "
                + sql.text(), e);
    }
}
