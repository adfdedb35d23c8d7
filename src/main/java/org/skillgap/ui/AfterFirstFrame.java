package org.skillgap.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Work for a part of a screen that is out of sight when the window opens (below the fold of a
 * scrolled panel): done once the first frame is laid out, so that frame is not kept waiting for
 * it. What the first frame must show (the person's ratings and readiness) is never put here.
 */
public final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    /** Runs {@code work} on the FX thread after the first frame of the window {@code node} is in. */
    public static void run(Node node, Runnable work) {
        if (node.getScene() != null) {
            afterNextLayout(node.getScene(), work);
            return;
        }
        ChangeListener<Scene> waiting = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    afterNextLayout(scene, work);
                }
            }
        };
        node.sceneProperty().addListener(waiting);
    }

    private static void afterNextLayout(Scene scene, Runnable work) {
        // A scene has pulses only while its window shows, so this is the first shown frame.
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // Outside the pulse: what the work changes is styled and laid out in the next one.
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
