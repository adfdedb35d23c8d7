package org.skillgap.gap;

import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Messages;

/**
 * The two tracks open plan items run on, side by side from today (see {@link PlanBuilder}):
 * study in the person's own hours a week, and experience and degrees at
 * {@link PlanBuilder#LONG_FORM_HOURS_PER_WEEK} hours a week.
 */
public enum PlanTrack {
    STUDY,
    LONG_FORM;

    public static PlanTrack of(LearningItem item) {
        return item.type() == ItemType.EXPERIENCE || item.type() == ItemType.DEGREE ? LONG_FORM : STUDY;
    }

    /** Hours a week this track runs at, for a person who studies {@code hoursPerWeek}. */
    public int hoursPerWeek(int studyHoursPerWeek) {
        return this == LONG_FORM ? PlanBuilder.LONG_FORM_HOURS_PER_WEEK : studyHoursPerWeek;
    }

    /** What runs on this track, in words: "courses, certifications, workshops and portfolio work". */
    public String description() {
        return this == LONG_FORM ? Messages.get("plan.track.longForm", PlanBuilder.LONG_FORM_HOURS_PER_WEEK)
                : Messages.get("plan.track.study");
    }
}
