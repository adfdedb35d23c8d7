package org.skillgap.gap;

/** Why a plan item is there: it raises a skill from one level to another. */
public record Improvement(String skillId, int from, int to) {

    public int levels() {
        return to - from;
    }
}
