package org.skillgap.model;

/**
 * The whole numbers a value may take (hours a week, weeks between re-assessments), with the
 * sentence that refuses any other: one rule, checked the same way by every form, command, import
 * and store.
 *
 * @param errorKey the message for a refused number, given the number, {@code min} and {@code max}
 */
public record WholeRange(int min, int max, String errorKey) {

    public WholeRange {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " above max " + max);
        }
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    /** The value, or a {@link BadInputException} that says which numbers are possible. */
    public int check(int value) {
        if (!contains(value)) {
            throw new BadInputException(Messages.get(errorKey, value, min, max));
        }
        return value;
    }

    /** The nearest number in the range: for a value saved before the range was this one. */
    public int clamp(int value) {
        return Math.max(min, Math.min(max, value));
    }
}
