package com.interviewiq.engine.db;

import com.interviewiq.engine.cache.TextMemo;

/**
 * Counts and rewrites {@code ?} placeholders, ignoring those inside quotes and comments. Both are
 * asked for every statement (the count when a {@link Sql} is made, the rewrite when the async
 * adapter sends it), and the engine's statements are a few hundred constant texts: the answers are
 * remembered for up to {@link #CACHED} texts ({@link TextMemo}).
 */
public final class Placeholders {
    static final int CACHED = 1024;
    private static final TextMemo<Integer> COUNTS = new TextMemo<>(CACHED, Placeholders::countOf);
    private static final TextMemo<String> DOLLARS = new TextMemo<>(CACHED, Placeholders::dollarsOf);

    private Placeholders() {
    }

    public static int count(String sql) {
        return COUNTS.get(sql);
    }

    private static int countOf(String sql) {
        int[] n = {0};
        scan(sql, null, i -> n[0]++);
        return n[0];
    }

    /** Rewrites {@code ?} to {@code $1, $2, ...} (PostgreSQL and H2 R2DBC drivers both accept it). */
    public static String toDollar(String sql) {
        return DOLLARS.get(sql);
    }

    private static String dollarsOf(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int[] n = {0};
        scan(sql, out, i -> out.append('$').append(++n[0]));
        return out.toString();
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
