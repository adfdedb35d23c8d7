package org.skillgap.ui;

import java.util.function.DoubleUnaryOperator;

/**
 * The heights a wrapped text was last measured at, for one width each.
 *
 * <p>JavaFX remembers a node's sizes only when it is asked without a width, and a text that
 * wraps is always asked with one. A layout pass asks a label in nested boxes for its height once
 * per box level, each time laying out its text again; on a rating that was most of the frame.
 * The heights are forgotten whenever the label asks for a new layout, which JavaFX has it do when
 * its text, font, padding or wrapping changes: the same moment JavaFX drops its own sizes.
 */
final class MeasuredHeights {

    private double prefWidth = Double.NaN;
    private double pref;
    private double minWidth = Double.NaN;
    private double min;

    double pref(double width, DoubleUnaryOperator measure) {
        // NaN never equals a width, so an empty slot always measures.
        if (width != prefWidth) {
            pref = measure.applyAsDouble(width);
            prefWidth = width;
        }
        return pref;
    }

    double min(double width, DoubleUnaryOperator measure) {
        if (width != minWidth) {
            min = measure.applyAsDouble(width);
            minWidth = width;
        }
        return min;
    }

    void forget() {
        prefWidth = Double.NaN;
        minWidth = Double.NaN;
    }
}
