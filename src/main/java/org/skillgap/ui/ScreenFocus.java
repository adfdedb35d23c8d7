package org.skillgap.ui;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Where the keyboard goes when a screen is shown. Without it, Ctrl+1/2/3 left the focus on a
 * screen no longer shown, and keys did nothing until the person clicked.
 */
public final class ScreenFocus {

    private static final String KEY = ScreenFocus.class.getName();

    private ScreenFocus() {
    }

    /** Says how a screen takes the keyboard (its list, its first field). */
    public static void set(Node screen, Runnable takeFocus) {
        screen.getProperties().put(KEY, takeFocus);
    }

    /** Gives the keyboard to a screen just shown: its own way, or its first control that takes focus. */
    public static void give(Node screen) {
        Object takeFocus = screen.getProperties().get(KEY);
        if (takeFocus instanceof Runnable run) {
            run.run();
        } else {
            firstFocusable(screen).ifPresent(Node::requestFocus);
        }
    }

    private static Optional<Node> firstFocusable(Node node) {
        if (node.isFocusTraversable() && node.isVisible() && !node.isDisabled()) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
