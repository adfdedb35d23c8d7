package org.skillgap.ui;

import javafx.scene.Node;

/** Style classes that follow a state, changed only when it flips. */
public final class StyleClasses {

    private StyleClasses() {
    }

    /**
     * Adds or removes {@code styleClass}. A change of a node's style classes restyles it in the
     * next frame, so setting the same state again must change nothing (a rating touches every
     * visible row and the gap panel).
     */
    public static void show(Node node, String styleClass, boolean on) {
        if (node.getStyleClass().contains(styleClass) != on) {
            if (on) {
                node.getStyleClass().add(styleClass);
            } else {
                node.getStyleClass().remove(styleClass);
            }
        }
    }
}
