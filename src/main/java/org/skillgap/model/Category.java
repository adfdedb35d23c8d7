package org.skillgap.model;

import java.util.Arrays;
import java.util.Optional;

/** The three families of skills the source groups an IT Product Manager's abilities into. */
public enum Category {
    TECHNICAL("technical", "Technical"),
    BUSINESS("business", "Business"),
    LEADERSHIP("leadership", "Leadership");

    private final String id;
    private final String displayName;

    Category(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The lower-case id used in files and on the command line. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Category> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
