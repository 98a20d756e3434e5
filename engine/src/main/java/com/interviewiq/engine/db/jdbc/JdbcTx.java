package com.interviewiq.engine.db.jdbc;

import com.interviewiq.engine.db.DatabaseException;
import com.interviewiq.engine.db.RowMapper;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Tx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Runs statements synchronously on the worker thread that owns the connection. */
final class JdbcTx implements Tx {
    private final Connection connection;

    JdbcTx(Connection connection) {
        this.connection = connection;
    }

    @Override
    public <T> CompletionStage<List<T>> query(Sql sql, RowMapper<T> mapper) {
        try (PreparedStatement ps = connection.prepareStatement(sql.text())) {
            bind(ps, sql.params());
            try (ResultSet rs = ps.executeQuery()) {
                JdbcRow row = new JdbcRow(rs);
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(row));
                }
                return CompletableFuture.completedFuture(out);
            }
        } catch (SQLException e) {
            return CompletableFuture.failedFuture(JdbcErrors.translate(e, sql));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletionStage<Long> update(Sql sql) {
        try (PreparedStatement ps = connection.prepareStatement(sql.text())) {
            bind(ps, sql.params());
            return CompletableFuture.completedFuture(ps.executeLargeUpdate());
        } catch (SQLException e) {
            return CompletableFuture.failedFuture(JdbcErrors.translate(e, sql));
        }
    }

    @Override
    public CompletionStage<Long> insert(Sql sql) {
        try (PreparedStatement ps = connection.prepareStatement(sql.text(), new String[] {idColumn()})) {
            bind(ps, sql.params());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    return CompletableFuture.failedFuture(
                            new DatabaseException("the insert returned no generated id: " + sql));
                }
                return CompletableFuture.completedFuture(keys.getLong(1));
            }
        } catch (SQLException e) {
            return CompletableFuture.failedFuture(JdbcErrors.translate(e, sql));
        }
    }

    private String idColumn() throws SQLException {
        // H2 folds unquoted names to upper case, PostgreSQL to lower case
        return connection.getMetaData().storesUpperCaseIdentifiers() ? "ID" : "id";
    }

    static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            int idx = i + 1;
            switch (p) {
                case Sql.TypedNull n -> ps.setNull(idx, sqlType(n.type()));
                case Instant t -> ps.setObject(idx, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
                case Timestamp t -> ps.setTimestamp(idx, t);
                case Enum<?> e -> ps.setString(idx, e.name());
                default -> ps.setObject(idx, p);
            }
        }
    }

    private static int sqlType(Class<?> type) {
        if (type == String.class) {
            return Types.VARCHAR;
        } else if (type == Long.class || type == long.class) {
            return Types.BIGINT;
        } else if (type == Integer.class || type == int.class) {
            return Types.INTEGER;
        } else if (type == Double.class || type == double.class) {
            return Types.DOUBLE;
        } else if (type == Boolean.class || type == boolean.class) {
            return Types.BOOLEAN;
        } else if (type == Instant.class || type == OffsetDateTime.class) {
            return Types.TIMESTAMP_WITH_TIMEZONE;
        }
        return Types.OTHER;
    }

    /** Used by the worker around the transaction function. */
    static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

}
