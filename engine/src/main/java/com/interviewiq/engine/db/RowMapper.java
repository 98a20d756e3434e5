package com.interviewiq.engine.db;

@FunctionalInterface
public interface RowMapper<T> {
    T map(Row row);
}
