package org.skillgap.model;

/** A skill at a level: what a learning item raises a skill to, or a level a prerequisite needs. */
public record SkillLevel(String skillId, int level) {
}
