package org.skillgap.gap;

import org.skillgap.model.Skill;

/**
 * One skill measured against its target.
 *
 * @param current the rated level, or 0 when not rated ({@code rated} says which)
 */
public record SkillGap(Skill skill, int current, boolean rated, int target, int weight, boolean mustHave) {

    /** max(0, target - current). */
    public int gap() {
        return Math.max(0, target - current);
    }

    public int weightedGap() {
        return gap() * weight;
    }

    /** A must-have skill below its target: the person is not ready while one remains. */
    public boolean isBlocker() {
        return mustHave && gap() > 0;
    }
}
