package com.interviewiq.engine.db;

import java.time.Instant;

/**
 * A result row, independent of JDBC and R2DBC. Columns are read by name (case-insensitive);
 * every getter returns null for SQL NULL.
 */
public interface Row {
    String getString(String column);

    Long getLong(String column);

    Integer getInt(String column);

    Double getDouble(String column);

    Boolean getBoolean(String column);

    Instant getInstant(String column);

    default long getLongOr(String column, long fallback) {
        Long v = getLong(column);
        return v == null ? fallback : v;
    }

    default int getIntOr(String column, int fallback) {
        Integer v = getInt(column);
        return v == null ? fallback : v;
    }
}
