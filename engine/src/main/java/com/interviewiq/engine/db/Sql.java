package com.interviewiq.engine.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * SQL text with {@code ?} placeholders and the values bound to them. Values are never
 * concatenated into the text; each adapter translates the placeholders for its driver.
 * A null value must say its type (see {@link #nullOf}) because R2DBC cannot bind an untyped null.
 */
public record Sql(String text, List<Object> params) {

    public Sql {
        Objects.requireNonNull(text, "text");
        params = Collections.unmodifiableList(new ArrayList<>(params));
        int placeholders = Placeholders.count(text);
        if (placeholders != params.size()) {
            throw new IllegalArgumentException("SQL has " + placeholders + " placeholders but "
                    + params.size() + " parameters: " + text);
        }
        for (Object p : params) {
            if (p == null) {
                throw new IllegalArgumentException("null parameter without a type: use Sql.nullOf(type) in " + text);
            }
        }
    }

    public static Sql of(String text, Object... params) {
        return new Sql(text, Arrays.asList(params));
    }

    /** A typed SQL NULL, e.g. {@code Sql.nullOf(String.class)}. */
    public static TypedNull nullOf(Class<?> type) {
        return new TypedNull(type);
    }

    /** The value itself, or a typed NULL when it is null. */
    public static Object orNull(Object value, Class<?> type) {
        return value == null ? new TypedNull(type) : value;
    }

    /** {@code ?, ?, ?} for an IN list of n bound values. */
    public static String placeholders(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /**
     * A LIKE pattern matching {@code text} anywhere, case-folded by the caller, with the wildcards
     * in the user's text escaped; use it with {@code LIKE ? ESCAPE '!'}.
     */
    public static String containsPattern(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    public record TypedNull(Class<?> type) {
        public TypedNull {
            Objects.requireNonNull(type, "type");
        }
    }

    @Override
    public String toString() {
        // parameters are left out on purpose: they may hold user data
        return text;
    }
}
