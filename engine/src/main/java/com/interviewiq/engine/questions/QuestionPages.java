package com.interviewiq.engine.questions;


import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Loads every question that matches a filter, one page after another: the service answers at most
 * {@link QuestionQuery#MAX_LIMIT} rows per call. Pages are chained on the engine's threads; the
 * caller gets one list at the end.
 */
public final class QuestionPages {
    private QuestionPages() {
    }

    public static CompletionStage<List<Question>> loadAll(Function<QuestionQuery, CompletionStage<Page<Question>>> search,
                                                   QuestionQuery filter, int pageSize) {
        if (pageSize < 1 || pageSize > QuestionQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("page size must be 1.." + QuestionQuery.MAX_LIMIT);
        }
        return next(search, filter, pageSize, new ArrayList<>());
    }

    private static CompletionStage<List<Question>> next(Function<QuestionQuery, CompletionStage<Page<Question>>> search,
                                                        QuestionQuery filter, int pageSize, List<Question> loaded) {
        return search.apply(filter.page(loaded.size(), pageSize)).thenCompose(page -> {
            loaded.addAll(page.items());
            // an empty page ends it too: rows deleted meanwhile must not make us ask forever
            if (page.items().isEmpty() || loaded.size() >= page.total()) {
                return CompletableFuture.completedFuture(List.copyOf(loaded));
            }
            return next(search, filter, pageSize, loaded);
        });
    }
}
