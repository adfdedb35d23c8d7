package org.skillgap.model;

/**
 * Who the person is and what they aim for.
 *
 * @param name         may be empty: the name is optional
 * @param hoursPerWeek hours a week they can study, 1-80
 */
public record Profile(String name, String targetId, String backgroundId, int hoursPerWeek) {

    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 80;
    /** The one rule for hours a week, used by every form, command, import and store. */
    public static final WholeRange HOURS = new WholeRange(MIN_HOURS, MAX_HOURS, "profile.error.hours");

    /**
     * @throws BadInputException when the hours are outside {@link #MIN_HOURS}-{@link #MAX_HOURS}:
     *     no profile, from any layer, holds hours the plan cannot use
     */
    public Profile {
        name = name == null ? "" : name;
        HOURS.check(hoursPerWeek);
    }

    public Profile withName(String newName) {
        return new Profile(newName, targetId, backgroundId, hoursPerWeek);
    }

    public Profile withTarget(String newTargetId) {
        return new Profile(name, newTargetId, backgroundId, hoursPerWeek);
    }

    public Profile withBackground(String newBackgroundId) {
        return new Profile(name, targetId, newBackgroundId, hoursPerWeek);
    }

    public Profile withHoursPerWeek(int newHours) {
        return new Profile(name, targetId, backgroundId, newHours);
    }
}
