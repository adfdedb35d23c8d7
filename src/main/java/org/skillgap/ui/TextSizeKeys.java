package org.skillgap.ui;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;

/** Makes a screen's whole text follow the chosen {@link TextSize}, with the keys browsers use. */
public final class TextSizeKeys {

    private TextSizeKeys() {
    }

    /**
     * Every size in the stylesheet is in em, so everything under {@code root} grows with its font.
     * Ctrl+plus (also Ctrl+= and the keypad's plus, as in a browser), Ctrl+minus and Ctrl+0 work
     * whether or not a menu shows them; they are handled here, once, before any accelerator.
     */
    public static void follow(Parent root, TextSize size) {
        root.styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "-fx-font-size: %.2fem;", size.percentProperty().get() / 100.0), size.percentProperty()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown()) {
                return;
            }
            switch (e.getCode()) {
                case PLUS, EQUALS, ADD -> size.larger();
                case MINUS, SUBTRACT -> size.smaller();
                case DIGIT0, NUMPAD0 -> size.normal();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }
}
