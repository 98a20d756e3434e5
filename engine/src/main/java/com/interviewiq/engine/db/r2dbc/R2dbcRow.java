package com.interviewiq.engine.db.r2dbc;

import com.interviewiq.engine.db.DatabaseException;
import com.interviewiq.engine.db.Row;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Adapts an R2DBC row. Values are read as the driver's natural type and converted here, because
 * the two drivers disagree on which conversions they offer.
 */
final class R2dbcRow implements Row {
    private final io.r2dbc.spi.Row row;

    R2dbcRow(io.r2dbc.spi.Row row) {
        this.row = row;
    }

    private Object raw(String column) {
        try {
            return row.get(column);
        } catch (RuntimeException e) {
            throw new DatabaseException("cannot read column '" + column + "': " + e.getMessage(), e);
        }
    }

    @Override
    public String getString(String column) {
        Object v = raw(column);
        return v == null ? null : v.toString();
    }

    @Override
    public Long getLong(String column) {
        Object v = raw(column);
        return v == null ? null : number(column, v).longValue();
    }

    @Override
    public Integer getInt(String column) {
        Object v = raw(column);
        return v == null ? null : number(column, v).intValue();
    }

    @Override
    public Double getDouble(String column) {
        Object v = raw(column);
        return v == null ? null : number(column, v).doubleValue();
    }

    @Override
    public Boolean getBoolean(String column) {
        Object v = raw(column);
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return number(column, v).intValue() != 0;
    }

    @Override
    public Instant getInstant(String column) {
        Object v = raw(column);
        return switch (v) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
            default -> throw new DatabaseException("column '" + column + "' holds a " + v.getClass().getSimpleName()
                    + ", not a timestamp");
        };
    }

    private static Number number(String column, Object v) {
        if (v instanceof Number n) {
            return n;
        }
        throw new DatabaseException("column '" + column + "' holds a " + v.getClass().getSimpleName()
                + ", not a number");
    }
}
