package org.skillgap.gap;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skillgap.model.Dates;
import org.skillgap.model.Messages;
import org.skillgap.model.RatingChange;
import org.skillgap.model.WholeRange;

/**
 * When a person should rate their skills again: every {@link #weeks()} weeks after the last
 * rating change. The one rule for the window, the command line and the calendar export.
 *
 * <p>The interval is a setting ({@link #WEEKS_SETTING}), not part of the profile: settings already
 * travel with an export and an import and need no schema change, and the interval is a preference
 * about reminders, not who the person is or what the plan is built from.
 *
 * @param lastAssessed the local date of the latest rating change; empty before the first rating
 * @param today        the date the reminder is worked out for
 */
public record Reassessment(int weeks, Optional<LocalDate> lastAssessed, LocalDate today) {

    public static final String WEEKS_SETTING = "reassess.weeks";
    public static final int DEFAULT_WEEKS = 6;
    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 52;
    /** The intervals a person may choose, in weeks. */
    public static final WholeRange WEEKS = new WholeRange(MIN_WEEKS, MAX_WEEKS, "reassess.error.weeks");

    public Reassessment {
        WEEKS.check(weeks);
    }

    /**
     * From the saved history and settings. A stored interval that is not a number in range (a file
     * edited by hand) counts as the default rather than stopping the reminder.
     */
    public static Reassessment of(List<RatingChange> history, Map<String, String> settings, LocalDate today,
                                  ZoneId zone) {
        Optional<LocalDate> last = history.stream().map(RatingChange::changedAt).max(Comparator.naturalOrder())
                .map(at -> at.atZone(zone).toLocalDate());
        return new Reassessment(weeksFrom(Optional.ofNullable(settings.get(WEEKS_SETTING))), last, today);
    }

    /** The interval a setting holds, or {@link #DEFAULT_WEEKS} when it is missing or unusable. */
    public static int weeksFrom(Optional<String> setting) {
        try {
            return setting.map(String::strip).map(Integer::parseInt).filter(WEEKS::contains)
                    .orElse(DEFAULT_WEEKS);
        } catch (NumberFormatException e) {
            return DEFAULT_WEEKS;
        }
    }

    /** When the next re-assessment is due: {@link #weeks()} after the last; empty before any rating. */
    public Optional<LocalDate> dueDate() {
        return lastAssessed.map(last -> last.plusWeeks(weeks));
    }

    /** Whether the interval has passed: the due date is today or earlier. */
    public boolean isDue() {
        return dueDate().filter(due -> !due.isAfter(today)).isPresent();
    }

    /** Whole weeks since the last rating change (0 in its first week). */
    public long weeksSinceLast() {
        return lastAssessed.map(last -> Math.max(0, ChronoUnit.WEEKS.between(last, today))).orElse(0L);
    }

    /**
     * The first day the calendar reminds: the due date, or today when that has passed, or
     * {@link #weeks()} from today before the first rating.
     */
    public LocalDate nextReminder() {
        LocalDate due = dueDate().orElse(today.plusWeeks(weeks));
        return due.isBefore(today) ? today : due;
    }

    /** "Last assessed 8 weeks ago", or empty before the first rating. */
    public Optional<String> lastAssessedText() {
        return lastAssessed.map(last -> Messages.get("reassess.lastAssessed", weeksSinceLast()));
    }

    /** What the window and {@code status} say while the interval has passed; empty otherwise. */
    public Optional<String> dueText() {
        if (!isDue()) {
            return Optional.empty();
        }
        return Optional.of(Messages.get("reassess.due", weeksSinceLast(), weeks));
    }

    /** What {@code status} says when nothing is due yet: the next date, or how it starts. */
    public String notDueText() {
        return dueDate().map(due -> Messages.get("reassess.next", Dates.format(due), weeks))
                .orElseGet(() -> Messages.get("reassess.never", weeks));
    }
}
