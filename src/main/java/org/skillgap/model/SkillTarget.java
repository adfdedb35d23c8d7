package org.skillgap.model;

/**
 * What a target profile asks of one skill.
 *
 * @param level    target level 0-5
 * @param weight   importance 1-3
 * @param mustHave a must-have skill below its target blocks readiness
 */
public record SkillTarget(String skillId, int level, int weight, boolean mustHave) {
}
