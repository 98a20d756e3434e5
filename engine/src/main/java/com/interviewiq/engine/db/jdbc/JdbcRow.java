package com.interviewiq.engine.db.jdbc;

import com.interviewiq.engine.db.DatabaseException;
import com.interviewiq.engine.db.Row;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A view of the current row of a ResultSet; valid only while the mapper runs. */
final class JdbcRow implements Row {
    private final ResultSet rs;

    JdbcRow(ResultSet rs) {
        this.rs = rs;
    }

    @Override
    public String getString(String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw column(column, e);
        }
    }

    @Override
    public Long getLong(String column) {
        try {
            long v = rs.getLong(column);
            return rs.wasNull() ? null : v;
        } catch (SQLException e) {
            throw column(column, e);
        }
    }

    @Override
    public Integer getInt(String column) {
        try {
            int v = rs.getInt(column);
            return rs.wasNull() ? null : v;
        } catch (SQLException e) {
            throw column(column, e);
        }
    }

    @Override
    public Double getDouble(String column) {
        try {
            double v = rs.getDouble(column);
            return rs.wasNull() ? null : v;
        } catch (SQLException e) {
            throw column(column, e);
        }
    }

    @Override
    public Boolean getBoolean(String column) {
        try {
            boolean v = rs.getBoolean(column);
            return rs.wasNull() ? null : v;
        } catch (SQLException e) {
            throw column(column, e);
        }
    }

    @Override
    public Instant getInstant(String column) {
        try {
            OffsetDateTime v = rs.getObject(column, OffsetDateTime.class);
            return v == null ? null : v.toInstant();
        } catch (SQLException e) {
            throw column(column, e);
        }
    }

    private static DatabaseException column(String column, SQLException e) {
        return new DatabaseException("cannot read column '" + column + "': " + e.getMessage(), e);
    }
}
