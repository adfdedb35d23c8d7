package org.skillgap.model;

/** The 0-5 rating scale. Each skill describes what its levels look like in its own words. */
public enum Level {
    NONE("None"),
    AWARE("Aware"),
    BEGINNER("Beginner"),
    COMPETENT("Competent"),
    ADVANCED("Advanced"),
    EXPERT("Expert");

    public static final int MIN = 0;
    public static final int MAX = 5;

    private final String displayName;

    Level(String displayName) {
        this.displayName = displayName;
    }

    public int value() {
        return ordinal();
    }

    public String displayName() {
        return displayName;
    }

    public static boolean isValid(int value) {
        return value >= MIN && value <= MAX;
    }

    public static Level of(int value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException("A level is a whole number from 0 to 5, not " + value);
        }
        return values()[value];
    }
}
