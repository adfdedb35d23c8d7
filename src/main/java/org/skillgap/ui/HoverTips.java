package org.skillgap.ui;

import java.util.function.Supplier;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control, not with it: a list makes a
 * cell for every row in sight at start, and a tooltip is a popup of its own, with its own styles
 * (five a cell cost the start measurable time, see bench/README.md). The text is asked for each
 * time the tooltip shows, so it is always the one of the row the cell shows now.
 */
public final class HoverTips {

    private HoverTips() {
    }

    /** A one-line tooltip saying {@code text}. */
    public static void install(Control control, Supplier<String> text) {
        install(control, text, 0);
    }

    /** A tooltip saying {@code text}, wrapped at {@code maxWidth} (0: one line). */
    public static void install(Control control, Supplier<String> text, double maxWidth) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (control.getTooltip() == null) {
                Tooltip tip = new Tooltip(text.get());
                if (maxWidth > 0) {
                    tip.setWrapText(true);
                    tip.setMaxWidth(maxWidth);
                }
                tip.setOnShowing(shown -> tip.setText(text.get()));
                control.setTooltip(tip);
            }
        });
    }
}
