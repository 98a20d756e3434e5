package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.validation.ConflictException;
import com.interviewiq.engine.validation.NotFoundException;
import com.interviewiq.engine.validation.ValidationException;
import com.interviewiq.ui.common.FxThread;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The question editor's commands: save (create or update over the edited version) and reload the
 * stored version after a conflict. The engine validates; its field errors land on the form, and a
 * conflict is explained (someone saved or deleted it first, or the key is taken) with a reload
 * offered when there is something to reload. Tested without a screen.
 */
final class EditorCommands {
    private final QuestionForm form;
    private final QuestionBankService questions;
    private final Executor fx;
    private final Consumer<Question> onSaved;
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty conflict = new SimpleStringProperty("");
    private final BooleanProperty canReload = new SimpleBooleanProperty();

    EditorCommands(QuestionForm form, QuestionBankService questions, Executor fx, Consumer<Question> onSaved) {
        this.form = form;
        this.questions = questions;
        this.fx = fx;
        this.onSaved = onSaved;
    }

    /** True while a save is on its way: the Save button waits. */
    BooleanProperty saving() {
        return saving;
    }

    /** Why the last save conflicted with someone else's change; empty when there is nothing to explain. */
    StringProperty conflict() {
        return conflict;
    }

    /** The stored version can be loaded over the form (false when it was deleted). */
    BooleanProperty canReload() {
        return canReload;
    }

    void clearConflict() {
        conflict.set("");
        canReload.set(false);
    }

    /** Saves through the engine: create for a new question, update over the edited version otherwise. */
    void save() {
        if (saving.get()) {
            return;
        }
        QuestionForm.Parsed parsed = form.parse();
        if (!parsed.ok()) {
            form.showErrors(parsed.problems());
            return;
        }
        form.clearErrors();
        Question editing = form.editing().get();
        CompletionStage<Question> stage = editing == null ? questions.create(parsed.draft())
                : questions.update(editing.id(), editing.version(), parsed.draft());
        saving.set(true);
        form.message().set("Saving…");
        FxThread.then(stage, fx, saved -> {
            saving.set(false);
            form.edit(saved);
            clearConflict();
            form.message().set("Saved " + saved.key() + " (version " + saved.version() + ").");
            onSaved.accept(saved);
        }, e -> {
            saving.set(false);
            failed(editing, e);
        });
    }

    private void failed(Question editing, Throwable e) {
        switch (e) {
            case ValidationException v -> form.showErrors(v.errors());
            case ConflictException c when editing == null -> form.showError("key", c.getMessage());
            case ConflictException c -> explainConflict(editing, c);
            case NotFoundException n -> {
                form.newFrom(currentDraftOr(editing));
                form.message().set("Not saved: this question was deleted by someone else."
                        + " Save again to add it as a new question.");
            }
            default -> form.message().set("Not saved: " + FxThread.message(e));
        }
    }

    /**
     * An update conflicts either because someone saved a newer version (offer a reload) or because
     * the key belongs to another question (say so at the key). The stored version tells which.
     */
    private void explainConflict(Question editing, ConflictException c) {
        FxThread.then(questions.find(editing.id()), fx, found -> {
            if (found.isPresent() && found.get().version() == editing.version()) {
                form.showError("key", c.getMessage());
                return;
            }
            form.message().set("Not saved.");
            canReload.set(found.isPresent());
            conflict.set(found.isEmpty()
                    ? "Someone else deleted this question while you edited it."
                    : "Someone else saved this question while you edited it (it is now version "
                    + found.get().version() + "; you edited version " + editing.version() + "). "
                    + "Reload to see their change, then apply yours again.");
        }, err -> form.message().set("Not saved: " + c.getMessage()));
    }

    private QuestionDraft currentDraftOr(Question editing) {
        QuestionForm.Parsed p = form.parse();
        return p.ok() ? p.draft() : editing.toDraft();
    }

    /** Replaces the form with the stored version (the user's unsaved edits are dropped, as the button says). */
    void reload() {
        Question editing = form.editing().get();
        if (editing == null) {
            return;
        }
        FxThread.then(questions.find(editing.id()), fx, found -> found.ifPresentOrElse(q -> {
            form.edit(q);
            clearConflict();
            form.message().set("Reloaded version " + q.version() + ".");
        }, () -> form.message().set("This question no longer exists.")),
                e -> form.message().set("Cannot reload: " + FxThread.message(e)));
    }
}
