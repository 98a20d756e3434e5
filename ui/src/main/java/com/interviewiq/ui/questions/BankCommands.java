package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.CategoryCount;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionPages;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.ui.common.FxThread;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The question bank's commands against the engine: load the table (page by page, the bank's size
 * while filtering), the categories, duplicate under a free key, delete, and what follows a save.
 * Answers come back through {@code fx}; the screen binds the model and the status line and says
 * how to select a row or show the categories, so the commands are tested without a screen.
 */
final class BankCommands {
    private static final int MAX_COPY_ATTEMPTS = 1000;

    private final QuestionBankViewModel model;
    private final QuestionBankService questions;
    private final Executor fx;
    private final int pageSize;
    private final StringProperty status = new SimpleStringProperty("");
    private LongConsumer select = id -> { };
    private Consumer<List<CategoryCount>> showCategories = c -> { };
    private boolean reloadQueued;

    BankCommands(QuestionBankViewModel model, QuestionBankService questions, Executor fx, int pageSize) {
        this.model = model;
        this.questions = questions;
        this.fx = fx;
        this.pageSize = pageSize;
    }

    /** How the view selects a row by id after a load, and shows the categories. */
    void showWith(LongConsumer select, Consumer<List<CategoryCount>> showCategories) {
        this.select = select;
        this.showCategories = showCategories;
    }

    /** The line under the table: what the last command did or why it failed. */
    StringProperty status() {
        return status;
    }

    /** Loads every question that matches the filter and, while filtering, the bank's size; then selects {@code keep}. */
    void reload(Long keep) {
        int load = model.beginLoad();
        boolean filtered = model.filtered();
        QuestionQuery query = model.query();
        CompletionStage<List<Question>> rows = QuestionPages.loadAll(questions::search, query, pageSize);
        CompletionStage<Long> total = filtered ? questions.count() : CompletableFuture.completedFuture(null);
        then(rows.thenCombine(total, (r, t) -> new Loaded(r, t == null ? r.size() : t)), loaded -> {
            if (model.show(load, loaded.rows(), loaded.bankTotal(), filtered) && keep != null) {
                select.accept(keep);
            }
        }, e -> {
            model.failed(load);
            status.set("Cannot load the questions: " + FxThread.message(e));
        });
    }

    /** Many filter changes in one pulse (Clear) make one query: the reload waits for the next turn of {@code fx}. */
    void reloadSoon(java.util.function.Supplier<Long> keep) {
        if (!reloadQueued) {
            reloadQueued = true;
            fx.execute(() -> {
                reloadQueued = false;
                reload(keep.get());
            });
        }
    }

    private record Loaded(List<Question> rows, long bankTotal) {
    }

    void refreshCategories() {
        then(questions.categories(), c -> showCategories.accept(c),
                e -> status.set("Cannot load the categories: " + FxThread.message(e)));
    }

    /** After an import, the sample bank or a save: show what is stored now. */
    void bankChanged(Long keep) {
        reload(keep);
        refreshCategories();
    }

    void saved(Question q) {
        status.set("Saved " + q.key() + " (version " + q.version() + ").");
        bankChanged(q.id());
    }

    /** Hands {@code open} an unsaved copy with the first free key ("-copy", "-copy-2", …) and the title marked "(copy)". */
    void duplicate(Question q, Consumer<QuestionDraft> open) {
        then(freeCopyKey(q.key(), 1), key -> {
            open.accept(q.toDraft().withKey(key).withTitle(CopyNames.title(q.title())));
            status.set("Copy of " + q.key() + " as " + key + ": not saved yet, Save (Ctrl+S) adds it.");
        }, e -> status.set("Cannot duplicate " + q.key() + ": " + FxThread.message(e)));
    }

    private CompletionStage<String> freeCopyKey(String key, int attempt) {
        if (attempt > MAX_COPY_ATTEMPTS) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "the first " + MAX_COPY_ATTEMPTS + " copy keys are all taken"));
        }
        String candidate = CopyNames.key(key, attempt);
        return questions.findByKey(candidate).thenCompose(found -> found.isPresent()
                ? freeCopyKey(key, attempt + 1) : CompletableFuture.completedFuture(candidate));
    }

    /**
     * Deletes the version shown (someone else's newer save makes it a conflict, not a loss), then
     * calls {@code deleted}; either way the table shows what is stored afterwards.
     */
    void delete(Question q, Consumer<Question> deleted) {
        then(questions.delete(q.id(), q.version()), v -> {
            status.set("Deleted " + q.key() + ".");
            deleted.accept(q);
            bankChanged(null);
        }, e -> {
            status.set("Not deleted: " + FxThread.message(e));
            reload(null);
        });
    }

    private <T> void then(CompletionStage<T> stage, Consumer<T> onValue, Consumer<Throwable> onError) {
        FxThread.then(stage, fx, onValue, onError);
    }
}
