package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.ui.common.Confirmation;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

import java.util.function.Consumer;

/**
 * The editor beside the bank's table: opens it for a new question, a stored one or an unsaved
 * copy, and closes it, asking first whenever typed work would be lost.
 */
final class EditorSide {
    private final BorderPane page;
    private final TableView<Question> table;
    private final QuestionEditor editor;

    EditorSide(BorderPane page, TableView<Question> table, QuestionBankService questions, Consumer<Question> onSaved) {
        this.page = page;
        this.table = table;
        this.editor = QuestionEditor.load(questions, onSaved, this::closeAsked).controller();
    }

    QuestionEditor editor() {
        return editor;
    }

    boolean isOpen() {
        return page.getRight() != null;
    }

    void newQuestion(Runnable opened) {
        whenChangesMayGo(() -> {
            open();
            editor.newQuestion();
            opened.run();
        });
    }

    void edit(Question q) {
        Question shown = editor.form().editing().get();
        if (isOpen() && shown != null && shown.id() == q.id()) {
            editor.focus();
            return;
        }
        whenChangesMayGo(() -> {
            open();
            editor.edit(q);
        });
    }

    /** Opens an unsaved draft (a copy): Save creates it. */
    void newFrom(QuestionDraft draft) {
        open();
        editor.newFrom(draft);
    }

    void saveIfOpen() {
        if (isOpen()) {
            editor.save();
        }
    }

    /** After a delete: the editor of the deleted question has nothing left to edit. */
    void closeIfEditing(Question deleted) {
        Question shown = editor.form().editing().get();
        if (shown != null && shown.id() == deleted.id()) {
            close();
        }
    }

    /**
     * Runs {@code then} at once when the editor holds nothing unsaved, else after the user agreed to
     * discard it: typed work is never thrown away without asking.
     */
    void whenChangesMayGo(Runnable then) {
        if (!isOpen() || !editor.form().isDirty()) {
            then.run();
            return;
        }
        Question shown = editor.form().editing().get();
        String what = shown == null ? "the new question" : shown.key();
        Confirmation.ask(page, "discard", "Unsaved changes", "Discard your changes to " + what + "?",
                "Your changes to " + what + " have not been saved.", "Discard changes", then, editor::focus);
    }

    private void open() {
        if (!isOpen()) {
            page.setRight(editor.root());
            // builds the skins now (the fields sit in a ScrollPane), so the editor can take the focus at once
            editor.root().applyCss();
        }
    }

    /** Esc or the close button: asks first when something typed would be lost. */
    private void closeAsked() {
        whenChangesMayGo(this::close);
    }

    private void close() {
        page.setRight(null);
        table.requestFocus();
    }
}
