package com.interviewiq.ui.sessions;

import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.ui.common.Confirmation;
import com.interviewiq.ui.common.FxThread;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputDialog;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Wires Delete… and Erase candidate… to their confirmations; the counts and the work are the view model's. */
final class DeletionControls {
    private DeletionControls() {
    }

    static void wire(Button delete, Button erase, DeletionViewModel model, Supplier<SessionReport> shown,
                     Runnable afterChange, Consumer<String> say) {
        delete.setOnAction(e -> {
            SessionReport r = shown.get();
            FxThread.then(model.deleteQuestion(r.sessionId()), question -> Confirmation.ask(delete, "deleteSession",
                    "Delete a session", "Delete session #" + r.sessionId() + " of " + r.candidate() + "?", question, "Delete",
                    () -> FxThread.then(model.delete(r.sessionId()), done -> {
                        say.accept(done);
                        afterChange.run();
                    }, x -> say.accept(FxThread.message(x))), () -> { }), x -> say.accept(FxThread.message(x)));
        });
        erase.setOnAction(e -> {
            SessionReport r = shown.get();
            TextInputDialog ask = new TextInputDialog(r == null ? "" : r.candidate());
            ask.setTitle("Erase a candidate");
            ask.setHeaderText("Every session, answer, evaluation and note of the candidate with exactly this name goes.");
            ask.setContentText("Candidate");
            ask.getDialogPane().setId("eraseNameDialog");
            ask.getEditor().setId("eraseName");
            if (erase.getScene() != null) {
                ask.initOwner(erase.getScene().getWindow());
            }
            ask.setOnHidden(h -> {
                String name = ask.getResult();
                if (name == null || name.isBlank()) {
                    return;
                }
                FxThread.then(model.eraseQuestion(name), question -> Confirmation.ask(erase, "erase", "Erase a candidate",
                        "Erase '" + name.strip() + "'?", question, "Erase", () -> FxThread.then(model.erase(name), done -> {
                            say.accept(done);
                            afterChange.run();
                        }, x -> say.accept(FxThread.message(x))), () -> { }), x -> say.accept(FxThread.message(x)));
            });
            ask.show();
        });
    }
}
