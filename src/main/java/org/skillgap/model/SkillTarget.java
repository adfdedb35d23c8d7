package org.skillgap.model;

/**
 * What a target profile asks of one skill.
 *
 * @param level         target level 0-5
 * @param weight        importance 1-3
 * @param mustHave      a must-have skill below its target blocks readiness
 * @param justification why the role needs a level beyond the scope of its profile (e.g. an Expert
 *                      target), or "" when the target stays within that scope
 */
public record SkillTarget(String skillId, int level, int weight, boolean mustHave, String justification) {

    public SkillTarget {
        justification = justification == null ? "" : justification;
    }

    public SkillTarget(String skillId, int level, int weight, boolean mustHave) {
        this(skillId, level, weight, mustHave, "");
    }
}
