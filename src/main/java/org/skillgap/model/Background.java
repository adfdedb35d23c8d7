package org.skillgap.model;

import java.util.List;

/**
 * A starting point on the way to the role, as the source describes it.
 *
 * @param typicalLevels skills this background usually brings, and to what level
 * @param minYears      typical time to the role, lower bound
 * @param maxYears      typical time to the role, upper bound
 */
public record Background(String id, String name, String description, List<SkillLevel> typicalLevels,
                         String advice, int minYears, int maxYears) {

    public Background {
        description = description == null ? "" : description;
        advice = advice == null ? "" : advice;
        typicalLevels = List.copyOf(typicalLevels);
    }
}
