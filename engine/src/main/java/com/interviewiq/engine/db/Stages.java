package com.interviewiq.engine.db;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Helpers for running steps one after another inside a transaction without deep stacks. */
public final class Stages {
    private Stages() {
    }

    /**
     * Applies {@code step} to each item in order, starting the next only when the previous
     * completed; stops at the first failure. Already-completed stages (sync mode) are consumed in
     * a loop, so thousands of items do not nest thousands of stack frames.
     */
    public static <T, R> CompletionStage<List<R>> sequence(List<T> items, Function<T, CompletionStage<R>> step) {
        CompletableFuture<List<R>> result = new CompletableFuture<>();
        List<R> out = new ArrayList<>(items.size());
        continueFrom(0, items, step, out, result);
        return result;
    }

    private static <T, R> void continueFrom(int start, List<T> items, Function<T, CompletionStage<R>> step,
                                            List<R> out, CompletableFuture<List<R>> result) {
        int i = start;
        while (i < items.size()) {
            CompletableFuture<R> f;
            try {
                f = step.apply(items.get(i)).toCompletableFuture();
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            if (f.isDone() && !f.isCompletedExceptionally()) {
                out.add(f.join());
                i++;
                continue;
            }
            int next = i + 1;
            f.whenComplete((v, e) -> {
                if (e != null) {
                    result.completeExceptionally(Failures.unwrap(e));
                } else {
                    out.add(v);
                    continueFrom(next, items, step, out, result);
                }
            });
            return;
        }
        result.complete(out);
    }

    /** Like {@link #sequence} for steps whose results are not needed. */
    public static <T> CompletionStage<Void> forEach(List<T> items, Function<T, CompletionStage<?>> step) {
        return sequence(items, item -> step.apply(item).thenApply(x -> Boolean.TRUE)).thenApply(x -> null);
    }
}
