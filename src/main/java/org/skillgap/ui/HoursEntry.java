package org.skillgap.ui;

import java.util.Optional;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.WholeRange;

/**
 * What a person typed as hours a week, and whether it can be used. The hours follow the text
 * only while the text is a whole number in the profile's range; otherwise they keep their last
 * value, {@link #isValid()} is false and {@link #problemProperty()} says why, so nothing is
 * saved that the field does not show. No toolkit needed, so view models test it with plain JUnit.
 *
 * <p>The same entry takes any other small whole number with a {@link Range} of its own (the weeks
 * between re-assessments): one way of typing a number into a form, not two.
 */
public final class HoursEntry {

    /**
     * The numbers an entry takes and the messages it shows: the range next to the field ("1 to
     * 80 hours"), and the problem when the field is empty or out of range (both given min and max).
     */
    public record Range(WholeRange numbers, String rangeKey, String emptyKey, String outOfRangeKey) {

        /** The longest text the field takes: enough for the largest allowed value. */
        public int maxDigits() {
            return Integer.toString(numbers.max()).length();
        }

        public String rangeText() {
            return Messages.get(rangeKey, numbers.min(), numbers.max());
        }

        /** A sentence for a field that cannot be used: {@code key} given the smallest and largest number. */
        String problem(String key) {
            return Messages.get(key, numbers.min(), numbers.max());
        }
    }

    /** Hours a week, by the one rule in {@link Profile}. */
    public static final Range HOURS = new Range(Profile.HOURS, "hours.range", "hours.problem.empty",
            "hours.problem.range");

    /** The longest text the hours field takes: enough for the largest allowed value. */
    public static final int MAX_DIGITS = HOURS.maxDigits();

    private final Range range;
    private final IntegerProperty hours;
    private final StringProperty text = new SimpleStringProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean syncing;

    /** Follows {@code hours} both ways: a change there shows in the text, a valid text goes there. */
    public HoursEntry(IntegerProperty hours) {
        this(hours, HOURS);
    }

    /** An entry for another whole number, within {@code range}. */
    public HoursEntry(IntegerProperty hours, Range range) {
        this.range = range;
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

    /** Empty while valid; otherwise a sentence saying what to enter. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the text is a number the value took: there is no {@linkplain #problemProperty() problem}. */
    public boolean isValid() {
        return problem.get().isEmpty();
    }

    public Range range() {
        return range;
    }

    /** "1 to 80 hours": shown next to the field, from the one rule in {@link Profile}. */
    public static String rangeText() {
        return HOURS.rangeText();
    }

    /** Whether {@code text} may be typed into the hours field at all: digits only, at most {@link #MAX_DIGITS}. */
    public static boolean acceptsTyping(String text) {
        return acceptsTyping(text, HOURS);
    }

    /** Whether {@code text} may be typed into a field for {@code range}: digits only, no more than its largest number has. */
    public static boolean acceptsTyping(String text, Range range) {
        return text.length() <= range.maxDigits() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private void check(String typed) {
        Optional<Integer> value = parse(typed);
        if (typed == null || typed.isBlank()) {
            fail(range.problem(range.emptyKey()));
        } else if (value.isEmpty() || !range.numbers().contains(value.get())) {
            fail(range.problem(range.outOfRangeKey()));
        } else {
            problem.set("");
            syncing = true;
            try {
                hours.set(value.get());
            } finally {
                syncing = false;
            }
        }
    }

    private void fail(String why) {
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
