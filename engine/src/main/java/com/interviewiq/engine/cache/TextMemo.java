package com.interviewiq.engine.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed from a text, remembered by that text, for work the engine repeats on a small,
 * recurring set of texts (its SQL statements, a bank's rubrics and keywords). Thread-safe; bounded
 * by emptying when full, so a set past the bound costs recomputation, never memory. The values must
 * be immutable: every caller gets the same instance. A null text is computed each time, never kept.
 */
public final class TextMemo<V> {
    private final int bound;
    private final Function<String, V> compute;
    private final Map<String, V> known = new ConcurrentHashMap<>();

    public TextMemo(int bound, Function<String, V> compute) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be at least 1, was " + bound);
        }
        this.bound = bound;
        this.compute = compute;
    }

    public V get(String text) {
        if (text == null) {
            return compute.apply(null);
        }
        V value = known.get(text);
        if (value == null) {
            value = compute.apply(text);
            if (known.size() >= bound) {
                known.clear();
            }
            known.put(text, value);
        }
        return value;
    }

    /** How many texts are remembered now (at most the bound). */
    public int size() {
        return known.size();
    }
}
