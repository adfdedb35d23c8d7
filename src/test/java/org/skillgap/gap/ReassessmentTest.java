package org.skillgap.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillgap.EnglishLocale;
import org.skillgap.model.BadInputException;
import org.skillgap.model.RatingChange;

@EnglishLocale
class ReassessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Reassessment lastRatedOn(LocalDate last, int weeks) {
        return new Reassessment(weeks, Optional.of(last), TODAY);
    }

    @Test
    void lastAssessedIsTheLatestRatingChangeOnTheLocalCalendar() {
        List<RatingChange> history = List.of(
                new RatingChange("a", 1, Instant.parse("2026-10-05T22:30:00Z")),
                new RatingChange("b", 2, Instant.parse("2026-09-01T10:00:00Z")));

        // 22:30 UTC is already the next day in Tokyo.
        assertThat(Reassessment.of(history, Map.of(), TODAY, ZoneOffset.UTC).lastAssessed())
                .contains(LocalDate.of(2026, 10, 5));
        assertThat(Reassessment.of(history, Map.of(), TODAY, ZoneId.of("Asia/Tokyo")).lastAssessed())
                .contains(LocalDate.of(2026, 10, 6));
    }

    @Test
    void itIsDueOnTheDayTheChosenWeeksHavePassedAndNotBefore() {
        assertThat(lastRatedOn(TODAY.minusWeeks(6).plusDays(1), 6).isDue()).isFalse();
        assertThat(lastRatedOn(TODAY.minusWeeks(6), 6).isDue()).isTrue();
        assertThat(lastRatedOn(TODAY.minusWeeks(6), 6).dueDate()).contains(TODAY);
        assertThat(lastRatedOn(TODAY.minusWeeks(8), 6).dueText())
                .contains("Time to re-assess your skills: last assessed 8 weeks ago (you chose every 6 weeks).");
        assertThat(lastRatedOn(TODAY.minusWeeks(2), 6).dueText()).isEmpty();
    }

    @Test
    void beforeTheFirstRatingNothingIsDueAndTheReminderStartsTheChosenWeeksFromToday() {
        Reassessment never = Reassessment.of(List.of(), Map.of(), TODAY, ZoneOffset.UTC);

        assertThat(never.isDue()).isFalse();
        assertThat(never.dueDate()).isEmpty();
        assertThat(never.lastAssessedText()).isEmpty();
        assertThat(never.nextReminder()).isEqualTo(TODAY.plusWeeks(6));
        assertThat(never.notDueText()).isEqualTo("Rate your skills to start the re-assessment reminder (every 6 weeks).");
    }

    @ParameterizedTest
    @CsvSource({"0, Last assessed less than a week ago", "1, Last assessed 1 week ago",
            "8, Last assessed 8 weeks ago", "52, Last assessed 52 weeks ago"})
    void theWeeksSinceAreSaidWithTheRightPlural(int weeksAgo, String text) {
        assertThat(lastRatedOn(TODAY.minusWeeks(weeksAgo).minusDays(weeksAgo == 0 ? 3 : 0), 6).lastAssessedText())
                .contains(text);
    }

    @Test
    void aSingleWeekIntervalIsNeverOneWeeks() {
        assertThat(lastRatedOn(TODAY.minusWeeks(3), 1).dueText()).get().asString()
                .contains("you chose every week").doesNotContain("1 weeks");
        assertThat(lastRatedOn(TODAY, 1).notDueText()).isEqualTo("Next re-assessment: Dec 7, 2026 (every week).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "0", "53", "-4", "6.5"})
    void aStoredIntervalThatCannotBeUsedCountsAsTheDefault(String stored) {
        assertThat(Reassessment.weeksFrom(Optional.of(stored))).isEqualTo(Reassessment.DEFAULT_WEEKS);
    }

    @Test
    void aStoredIntervalInRangeIsUsed() {
        assertThat(Reassessment.weeksFrom(Optional.of("12"))).isEqualTo(12);
        assertThat(Reassessment.weeksFrom(Optional.empty())).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 53, -1})
    void anIntervalOutsideOneToFiftyTwoIsRefusedSayingWhatIsPossible(int weeks) {
        assertThatThrownBy(() -> Reassessment.WEEKS.check(weeks)).isInstanceOf(BadInputException.class)
                .hasMessage("Re-assess every " + weeks + " weeks is not possible: choose 1 to 52 weeks.");
    }

    @Test
    void anOverdueReminderStartsTodayNotInThePast() {
        assertThat(lastRatedOn(TODAY.minusWeeks(20), 6).nextReminder()).isEqualTo(TODAY);
        assertThat(lastRatedOn(TODAY.minusWeeks(2), 6).nextReminder()).isEqualTo(TODAY.plusWeeks(4));
    }
}
