package com.interviewiq.engine.config;

import java.util.Locale;

/**
 * What sits between the engine and a PostgreSQL server. Behind PgBouncer in transaction pooling
 * mode consecutive transactions may run on different server connections, so the drivers must not
 * keep named server-side prepared statements (pgjdbc prepareThreshold=0, r2dbc-postgresql
 * preparedStatementCacheQueries=0) and nothing may rely on session state between transactions.
 * Ignored for H2.
 */
public enum Pooler {
    NONE("none"), PGBOUNCER("pgbouncer");

    private final String label;

    Pooler(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Pooler parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (Pooler p : values()) {
            if (p.label.equals(v)) {
                return p;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a pooler; use none or pgbouncer");
    }
}
