package org.skillgap.ui;

import javafx.scene.control.Label;

/**
 * A label whose text wraps, measured once per width until its text or style changes (see
 * {@link MeasuredHeights} for why).
 */
public class WrappingLabel extends Label {

    private final MeasuredHeights heights = new MeasuredHeights();

    public WrappingLabel() {
        this("");
    }

    public WrappingLabel(String text) {
        super(text);
        setWrapText(true);
    }

    @Override
    protected double computePrefHeight(double width) {
        // Without a skin there is nothing to measure yet, and nothing to remember.
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
