package com.interviewiq.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Asks before something that cannot be undone (delete, discard, abandon). Non-blocking: the answer
 * arrives as a callback, so no nested event loop runs on the FX thread. The dialog and its buttons
 * get ids ({@code <id>Dialog}, {@code confirm<Id>}, {@code cancel<Id>}) for keyboard users' tests.
 */
public final class Confirmation {
    private Confirmation() {
    }

    /**
     * @param from   a node of the asking screen (the dialog is owned by its window when it has one)
     * @param id     e.g. "delete" gives deleteDialog, confirmDelete and cancelDelete
     * @param action the label of the confirming button, e.g. "Delete"
     */
    public static void ask(Node from, String id, String title, String question, String detail, String action,
                           Runnable onConfirm, Runnable onCancel) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, yes, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(question);
        String capitalised = Character.toUpperCase(id.charAt(0)) + id.substring(1);
        alert.getDialogPane().setId(id + "Dialog");
        alert.getDialogPane().lookupButton(yes).setId("confirm" + capitalised);
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancel" + capitalised);
        if (from.getScene() != null && from.getScene().getWindow() != null) {
            alert.initOwner(from.getScene().getWindow());
        }
        alert.setOnHidden(e -> (alert.getResult() == yes ? onConfirm : onCancel).run());
        alert.show();
    }
}
