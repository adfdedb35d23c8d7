package org.skillgap.ui;

import java.util.Optional;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.skillgap.model.Messages;
import org.skillgap.model.Profile;

/**
 * What a person typed as hours a week, and whether it can be used. The hours follow the text
 * only while the text is a whole number in the profile's range; otherwise they keep their last
 * value, {@link #validProperty()} is false and {@link #problemProperty()} says why, so nothing is
 * saved that the field does not show. No toolkit needed, so view models test it with plain JUnit.
 */
public final class HoursEntry {

    /** The longest text the field takes: enough for the largest allowed value. */
    public static final int MAX_DIGITS = Integer.toString(Profile.MAX_HOURS).length();

    private final IntegerProperty hours;
    private final StringProperty text = new SimpleStringProperty();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean syncing;

    /** Follows {@code hours} both ways: a change there shows in the text, a valid text goes there. */
    public HoursEntry(IntegerProperty hours) {
        this.hours = hours;
        text.set(Integer.toString(hours.get()));
        text.addListener((obs, old, typed) -> check(typed));
        hours.addListener((obs, old, value) -> {
            if (!syncing && parse(text.get()).filter(v -> v == value.intValue()).isEmpty()) {
                text.set(Integer.toString(value.intValue()));
            }
        });
    }

    /** The text as typed (digits only, when it comes through the field). */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Empty while valid; otherwise a sentence saying what to enter. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "1 to 80 hours": shown next to the field, from the one rule in {@link Profile}. */
    public static String rangeText() {
        return Messages.get("hours.range", Profile.MIN_HOURS, Profile.MAX_HOURS);
    }

    /** Whether {@code text} may be typed into the field at all: digits only, at most {@link #MAX_DIGITS}. */
    public static boolean acceptsTyping(String text) {
        return text.length() <= MAX_DIGITS && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private void check(String typed) {
        Optional<Integer> value = parse(typed);
        if (typed == null || typed.isBlank()) {
            fail(Messages.get("hours.problem.empty", Profile.MIN_HOURS, Profile.MAX_HOURS));
        } else if (value.isEmpty() || !Profile.isValidHours(value.get())) {
            fail(Messages.get("hours.problem.range", Profile.MIN_HOURS, Profile.MAX_HOURS));
        } else {
            problem.set("");
            valid.set(true);
            syncing = true;
            try {
                hours.set(value.get());
            } finally {
                syncing = false;
            }
        }
    }

    private void fail(String why) {
        valid.set(false);
        problem.set(why);
    }

    private static Optional<Integer> parse(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 9
                || !typed.strip().chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(typed.strip()));
    }
}
