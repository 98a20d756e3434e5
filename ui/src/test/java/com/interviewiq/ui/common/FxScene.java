package com.interviewiq.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Reads the scene on the FX thread, where the screens change it: a read from the test thread can
 * see a half-made change. A node that is not (yet) in the scene reads as absent rather than
 * throwing, so an await polling for it keeps waiting instead of failing at once.
 */
public final class FxScene {
    private FxScene() {
    }

    /** Runs {@code read} on the FX thread and returns its result. */
    public static <T> T read(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("the FX thread did not answer within 30 s", e);
        }
    }

    /** The text of a label, button or text field; "(no QUERY)" while there is no such node. */
    public static String text(FxRobot robot, String query) {
        return read(() -> node(robot, query).map(n -> switch (n) {
            case Labeled l -> l.getText();
            case TextInputControl t -> t.getText();
            default -> String.valueOf(n);
        }).orElse("(no " + query + ")"));
    }

    public static boolean visible(FxRobot robot, String query) {
        return read(() -> node(robot, query).map(Node::isVisible).orElse(false));
    }

    public static boolean disabled(FxRobot robot, String query) {
        return read(() -> node(robot, query).map(Node::isDisabled).orElse(true));
    }

    /** A copy of the rows of a table or list; empty while there is no such node. */
    public static List<?> items(FxRobot robot, String query) {
        return read(() -> node(robot, query).<List<?>>map(n -> switch (n) {
            case TableView<?> t -> List.copyOf(t.getItems());
            case ListView<?> l -> List.copyOf(l.getItems());
            default -> throw new IllegalArgumentException(query + " is neither a table nor a list");
        }).orElse(List.of()));
    }

    private static Optional<Node> node(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery();
    }
}
