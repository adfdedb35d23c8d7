package org.skillgap.model;

/** The 0-5 rating scale. Each skill describes what its levels look like in its own words. */
public enum Level implements Labelled {
    NONE,
    AWARE,
    BEGINNER,
    COMPETENT,
    ADVANCED,
    EXPERT;

    public static final int MIN = 0;
    public static final int MAX = 5;

    public int value() {
        return ordinal();
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
