package org.skillgap.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person must have before they may take a certification: months of relevant experience
 * (gained in the listed experience items) and hours of formal training.
 *
 * @param experienceItems the experience items whose time counts towards {@code experienceMonths};
 *                        each is also a prerequisite item, so a plan never puts the certification first
 */
public record Eligibility(int experienceMonths, int trainingHours, List<String> experienceItems) {

    public static final Eligibility NONE = new Eligibility(0, 0, List.of());

    public Eligibility {
        experienceItems = experienceItems == null ? List.of() : List.copyOf(experienceItems);
    }

    public boolean isNone() {
        return experienceMonths == 0 && trainingHours == 0;
    }

    /**
     * The first day a person who started the experience on {@code experienceStarted} can be
     * eligible: the planner must not schedule the item before it.
     */
    public LocalDate earliestStart(LocalDate experienceStarted) {
        return experienceStarted.plusMonths(experienceMonths);
    }
}
