package com.interviewiq.engine.db;

/**
 * Counts and rewrites {@code ?} placeholders, ignoring those inside quotes and comments. Both are
 * asked for every statement (the count when a {@link Sql} is made, the rewrite when the async
 * adapter sends it), and the engine's statements are a few hundred constant texts: the answers are
 * remembered for up to {@link #CACHED} texts, past that they are computed each time.
 */
public final class Placeholders {
    static final int CACHED = 1024;
    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> COUNTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, String> DOLLARS = new java.util.concurrent.ConcurrentHashMap<>();

    private Placeholders() {
    }

    public static int count(String sql) {
        Integer known = COUNTS.get(sql);
        if (known != null) {
            return known;
        }
        int[] n = {0};
        scan(sql, null, i -> n[0]++);
        if (COUNTS.size() < CACHED) {
            COUNTS.put(sql, n[0]);
        }
        return n[0];
    }

    /** Rewrites {@code ?} to {@code $1, $2, ...} (PostgreSQL and H2 R2DBC drivers both accept it). */
    public static String toDollar(String sql) {
        String known = DOLLARS.get(sql);
        if (known != null) {
            return known;
        }
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int[] n = {0};
        scan(sql, out, i -> out.append('$').append(++n[0]));
        String rewritten = out.toString();
        if (DOLLARS.size() < CACHED) {
            DOLLARS.put(sql, rewritten);
        }
        return rewritten;
    }

    private interface OnPlaceholder {
        void at(int index);
    }

    private static void scan(String sql, StringBuilder copy, OnPlaceholder onPlaceholder) {
        int len = sql.length();
        int i = 0;
        while (i < len) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                end = end < 0 ? len : end + 1;
                append(copy, sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < len && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? len : end + 1;
                append(copy, sql, i, end);
                i = end;
            } else if (c == '/' && i + 1 < len && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? len : end + 2;
                append(copy, sql, i, end);
                i = end;
            } else if (c == '?') {
                onPlaceholder.at(i);
                i++;
            } else {
                if (copy != null) {
                    copy.append(c);
                }
                i++;
            }
        }
    }

    private static void append(StringBuilder copy, String sql, int from, int to) {
        if (copy != null) {
            copy.append(sql, from, to);
        }
    }
}
