package com.interviewiq.ui.common;

import com.interviewiq.engine.db.Failures;
import javafx.application.Platform;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Hands engine results to the FX thread. The engine answers with stages completed on its own
 * threads; views never wait for them, they are called back here.
 */
public final class FxThread {
    private FxThread() {
    }

    public static <T> void then(CompletionStage<T> stage, Consumer<T> onValue, Consumer<Throwable> onError) {
        then(stage, FxThread::run, onValue, onError);
    }

    /**
     * As {@link #then(CompletionStage, Consumer, Consumer)} through {@code fx}: view models are given
     * the FX thread as an executor, and tests give them a queue they drain.
     */
    public static <T> void then(CompletionStage<T> stage, java.util.concurrent.Executor fx, Consumer<T> onValue,
                                Consumer<Throwable> onError) {
        stage.whenComplete((v, e) -> fx.execute(() -> {
            if (e == null) {
                onValue.accept(v);
            } else {
                onError.accept(Failures.unwrap(e));
            }
        }));
    }

    /** Runs now when already on the FX thread, else later on it. */
    public static void run(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /**
     * Gives {@code node} the keyboard focus once it is really in a window: content of a ScrollPane or
     * a newly shown page joins the scene only when its parent's skin is built.
     */
    public static void focusWhenShown(javafx.scene.Node node) {
        if (node.getScene() != null) {
            Platform.runLater(node::requestFocus);
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }

    /** Colours a label by health status (CSS classes status-UP, status-DEGRADED, status-DOWN). */
    public static void colourByStatus(javafx.scene.control.Label label) {
        label.textProperty().addListener((o, was, now) -> {
            label.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-health"));
            if (now != null && !now.isBlank()) {
                label.getStyleClass().add("status-" + now.split(" ")[0]);
            }
        });
    }

    /** One readable sentence for an error shown in the UI. */
    public static String message(Throwable e) {
        Throwable t = Failures.unwrap(e);
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
