package com.interviewiq.engine.questions;

import java.util.List;

/** One page of results and the total number that matched. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }
}
