package org.skillgap.model;

import java.util.Optional;

/** The kinds of step a plan is made of. */
public enum ItemType implements Coded {
    CERTIFICATION,
    DEGREE,
    COURSE,
    EXPERIENCE,
    NETWORKING,
    PORTFOLIO,
    LEARNING;

    public static Optional<ItemType> fromId(String id) {
        return Coded.fromId(ItemType.class, id);
    }
}
