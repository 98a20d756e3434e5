package com.interviewiq.engine.sessions;

import com.interviewiq.engine.db.Row;

import java.time.Instant;

/**
 * One table's columns inside a joined row, read under their own names: a join selects them as
 * {@code q_id, q_status, ...} so they cannot clash with the other table's {@code id, status},
 * and the table's existing mapper reads them through this view unchanged.
 */
record PrefixedRow(Row row, String prefix) implements Row {
    /** {@code "q.id AS q_id, q.category AS q_category, ..."} for a comma-separated column list. */
    static String select(String alias, String columns) {
        StringBuilder sb = new StringBuilder();
        for (String c : columns.split(",")) {
            String name = c.strip();
            sb.append(sb.isEmpty() ? "" : ", ").append(alias).append('.').append(name)
                    .append(" AS ").append(alias).append('_').append(name);
        }
        return sb.toString();
    }

    /** {@code "s.id, s.candidate, ..."}: the columns as they are named, qualified for a join. */
    static String qualified(String alias, String columns) {
        StringBuilder sb = new StringBuilder();
        for (String c : columns.split(",")) {
            sb.append(sb.isEmpty() ? "" : ", ").append(alias).append('.').append(c.strip());
        }
        return sb.toString();
    }

    @Override
    public String getString(String column) {
        return row.getString(prefix + column);
    }

    @Override
    public Long getLong(String column) {
        return row.getLong(prefix + column);
    }

    @Override
    public Integer getInt(String column) {
        return row.getInt(prefix + column);
    }

    @Override
    public Double getDouble(String column) {
        return row.getDouble(prefix + column);
    }

    @Override
    public Boolean getBoolean(String column) {
        return row.getBoolean(prefix + column);
    }

    @Override
    public Instant getInstant(String column) {
        return row.getInstant(prefix + column);
    }
}
