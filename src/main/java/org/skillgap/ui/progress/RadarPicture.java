package org.skillgap.ui.progress;

import java.util.List;

import org.skillgap.gap.RadarAxis;

/**
 * The radar as the screen draws it, with its caption and its legend, made at once from one
 * refresh so the legend never names an outline the chart does not have.
 *
 * @param axes           the spokes: one per category, or per skill of the chosen scope
 * @param caption        what a spoke is ("Each spoke is a category: ...")
 * @param reviewerLegend "Reviewer: Ana Lima" for the dotted outline; empty without a review
 */
public record RadarPicture(List<RadarAxis> axes, String caption, String reviewerLegend) {

    public static final RadarPicture NONE = new RadarPicture(List.of(), "", "");

    public RadarPicture {
        axes = List.copyOf(axes);
    }

    /** Whether the radar has a reviewer's outline. */
    public boolean hasReviewer() {
        return axes.stream().anyMatch(a -> a.reviewer().isPresent());
    }

    /** Whether the radar has the first assessment's outline. */
    public boolean hasEarliest() {
        return axes.stream().anyMatch(a -> a.earliest().isPresent());
    }
}
