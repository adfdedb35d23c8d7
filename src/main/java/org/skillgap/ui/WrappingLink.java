package org.skillgap.ui;

import javafx.scene.control.Hyperlink;

/** A link whose text wraps, measured as a {@link WrappingLabel} is. */
public class WrappingLink extends Hyperlink {

    private final MeasuredHeights heights = new MeasuredHeights();

    public WrappingLink() {
        setWrapText(true);
    }

    @Override
    protected double computePrefHeight(double width) {
        return getSkin() == null ? super.computePrefHeight(width) : heights.pref(width, super::computePrefHeight);
    }

    @Override
    protected double computeMinHeight(double width) {
        return getSkin() == null ? super.computeMinHeight(width) : heights.min(width, super::computeMinHeight);
    }

    @Override
    public void requestLayout() {
        // Called by the superclass's constructor too, before this class's fields are set.
        if (heights != null) {
            heights.forget();
        }
        super.requestLayout();
    }
}
