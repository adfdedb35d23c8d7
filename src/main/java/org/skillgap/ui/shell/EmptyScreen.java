package org.skillgap.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What a screen shows while it has nothing to show yet: what will appear there and how to get it. */
public final class EmptyScreen extends VBox {

    public EmptyScreen(String title, String explanation) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll("title-2", "empty-title");
        Label text = new Label(explanation);
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add("empty-text");
        getChildren().addAll(heading, text);
        setAlignment(Pos.CENTER);
        setSpacing(12);
        getStyleClass().add("empty-screen");
    }
}
