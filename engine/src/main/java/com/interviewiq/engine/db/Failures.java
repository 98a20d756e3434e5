package com.interviewiq.engine.db;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Unwraps the wrappers that CompletableFuture puts around a failure. */
public final class Failures {
    private Failures() {
    }

    public static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof CompletionException || cur instanceof ExecutionException) && cur.getCause() != null) {
            cur = cur.getCause();
        }
        return cur;
    }

    /** Rethrows unchecked: RuntimeExceptions and Errors as they are, others wrapped. */
    public static RuntimeException propagate(Throwable t) {
        Throwable u = unwrap(t);
        if (u instanceof RuntimeException r) {
            return r;
        }
        if (u instanceof Error e) {
            throw e;
        }
        return new CompletionException(u);
    }
}
