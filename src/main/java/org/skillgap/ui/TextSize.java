package org.skillgap.ui;

import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The text size the person chose, in percent of the normal size. One for the whole app, so the
 * size chosen on the welcome page is the size of the main window, and it is kept in the settings.
 */
public final class TextSize {

    /** The steps larger and smaller go through, in percent; the layout holds at 150 % and beyond. */
    public static final List<Integer> STEPS = List.of(90, 100, 110, 125, 150, 175, 200);
    public static final int NORMAL = 100;

    /** One of {@link #STEPS}. */
    private final IntegerProperty percent = new SimpleIntegerProperty(NORMAL);

    public IntegerProperty percentProperty() {
        return percent;
    }

    /** One step larger (Ctrl+plus), up to the largest size. */
    public void larger() {
        step(+1);
    }

    /** One step smaller (Ctrl+minus), down to the smallest size. */
    public void smaller() {
        step(-1);
    }

    /** Back to the normal size (Ctrl+0). */
    public void normal() {
        percent.set(NORMAL);
    }

    private void step(int by) {
        int at = STEPS.indexOf(percent.get());
        int next = (at < 0 ? STEPS.indexOf(NORMAL) : at) + by;
        percent.set(STEPS.get(Math.max(0, Math.min(STEPS.size() - 1, next))));
    }

    /** A saved size, or the normal one when it is not one of the steps (a hand-edited setting). */
    public void use(String saved) {
        try {
            int size = Integer.parseInt(saved.strip());
            percent.set(STEPS.contains(size) ? size : NORMAL);
        } catch (NumberFormatException e) {
            percent.set(NORMAL);
        }
    }
}
