package org.skillgap.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import org.skillgap.model.Messages;

/** The labels every screen has: its title, and lines that follow a view model's text. */
public final class Labels {

    private Labels() {
    }

    /** A screen's title, from the bundle; it keeps its width when the window is narrow. */
    public static Label screenTitle(String messageKey) {
        Label title = new Label(Messages.get(messageKey));
        title.getStyleClass().add("screen-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        return title;
    }

    /** A label showing {@code text} as it changes, found by tests and styles under {@code id}. */
    public static Label following(String id, ObservableValue<String> text, String... styleClasses) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll(styleClasses);
        label.textProperty().bind(text);
        return label;
    }
}
