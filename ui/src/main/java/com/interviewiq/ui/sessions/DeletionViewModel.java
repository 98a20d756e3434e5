package com.interviewiq.ui.sessions;

import com.interviewiq.engine.data.SessionEraser;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Deleting a session and erasing a candidate from the history: the confirmation's question (with
 * the exact counts of what would go, read from the database) and the deletion itself. No controls.
 */
final class DeletionViewModel {
    private final SessionEraser eraser;

    DeletionViewModel(SessionEraser eraser) {
        this.eraser = eraser;
    }

    /** "Delete session #12 for good? ..." with what goes. */
    CompletionStage<String> deleteQuestion(long sessionId) {
        return eraser.delete(List.of(sessionId), true).thenApply(c -> "This deletes " + c.sentence()
                + " for good; there is no undo (backups are in Settings → Data).");
    }

    CompletionStage<String> delete(long sessionId) {
        return eraser.delete(List.of(sessionId), false).thenApply(c -> "Deleted session #" + sessionId + ": " + c.sentence() + ".");
    }

    /** What erasing this exact name would remove; fails when nobody has this name. */
    CompletionStage<String> eraseQuestion(String name) {
        String exact = name == null ? "" : name.strip();
        return eraser.eraseCandidate(exact, true).thenApply(c -> {
            if (c.sessions() == 0) {
                throw new IllegalArgumentException("No sessions of a candidate named exactly '" + exact + "'.");
            }
            return "This erases " + c.sentence() + " of '" + exact + "' for good; nothing else is touched.";
        });
    }

    CompletionStage<String> erase(String name) {
        return eraser.eraseCandidate(name.strip(), false).thenApply(c -> "Erased " + c.sentence() + " of one candidate.");
    }
}
