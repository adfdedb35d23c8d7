package org.skillgap.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of step a plan is made of. */
public enum ItemType {
    CERTIFICATION("certification", "Certification"),
    DEGREE("degree", "Degree"),
    COURSE("course", "Course"),
    EXPERIENCE("experience", "Experience"),
    NETWORKING("networking", "Networking"),
    PORTFOLIO("portfolio", "Portfolio"),
    LEARNING("learning", "Continuous learning");

    private final String id;
    private final String displayName;

    ItemType(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<ItemType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
