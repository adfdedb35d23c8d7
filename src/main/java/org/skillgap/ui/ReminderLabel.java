package org.skillgap.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/**
 * A line that says it is time to re-assess ("Last assessed 8 weeks ago"), in the window's banner
 * and on Assess: shown while its text is not empty, and taking no room otherwise. Never a dialog:
 * a reminder must not stand between a person and their work.
 */
public final class ReminderLabel {

    private ReminderLabel() {
    }

    public static Label of(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("reassess-due");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
