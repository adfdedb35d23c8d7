package org.skillgap.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.skillgap.gap.Fixtures.skill;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.Category;
import org.skillgap.model.RatingChange;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

class ReadinessHistoryTest {

    /** a: target 4 weight 3; b: target 2 weight 2. Everything wanted: 3*4 + 2*2 = 16. */
    private static final Catalog CATALOG = new Catalog("t", List.of(
            skill("a", Category.TECHNICAL, "A"),
            new Skill("b", Category.BUSINESS, "B", "", List.of("0", "1", "2", "3", "4", "5"), List.of("b-old"))),
            List.of(), List.of(), List.of());
    private static final TargetProfile TARGET = new TargetProfile("t", "T", "", List.of(
            new SkillTarget("a", 4, 3, true), new SkillTarget("b", 2, 2, false)));
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static RatingChange change(String skillId, int level, String at) {
        return new RatingChange(skillId, level, Instant.parse(at));
    }

    @Test
    void onePointPerDayWithTheReadinessAtTheEndOfThatDay() {
        List<RatingChange> history = List.of(
                change("a", 1, "2025-01-06T09:00:00Z"),  // 3/16
                change("a", 2, "2025-01-06T17:00:00Z"),  // 6/16 = 37.5 % at the end of the 6th
                change("b", 2, "2025-01-09T10:00:00Z"),  // 6 + 4 = 10/16 = 62.5 %
                change("a", 5, "2025-02-01T10:00:00Z")); // 12 + 4 = 16/16 = 100 % (5 counts as 4)

        List<ReadinessPoint> points = ReadinessHistory.byDay(CATALOG, TARGET, history, UTC);

        assertThat(points).extracting(ReadinessPoint::day).containsExactly(
                LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 9), LocalDate.of(2025, 2, 1));
        assertThat(points).extracting(ReadinessPoint::readiness).containsExactly(37.5, 62.5, 100.0);
    }

    @Test
    void changesAreReplayedInTimeOrderWhateverOrderTheyCameIn() {
        List<RatingChange> history = List.of(
                change("a", 2, "2025-01-06T17:00:00Z"),
                change("b", 2, "2025-01-09T10:00:00Z"),
                change("a", 1, "2025-01-06T09:00:00Z"));

        List<ReadinessPoint> points = ReadinessHistory.byDay(CATALOG, TARGET, history, UTC);

        // the later rating of the 6th (a=2) wins: 6/16
        assertThat(points.get(0).readiness()).isEqualTo(37.5);
        assertThat(points.get(1).readiness()).isEqualTo(62.5);
    }

    @Test
    void daysAreTheLocalDaysOfTheGivenZone() {
        // 23:30 UTC on the 6th is already the 7th in Berlin, and still the 6th in New York
        List<RatingChange> history = List.of(
                change("a", 1, "2025-01-06T12:00:00Z"),
                change("a", 2, "2025-01-06T23:30:00Z"));

        List<ReadinessPoint> berlin = ReadinessHistory.byDay(CATALOG, TARGET, history, ZoneId.of("Europe/Berlin"));
        List<ReadinessPoint> newYork = ReadinessHistory.byDay(CATALOG, TARGET, history, ZoneId.of("America/New_York"));

        assertThat(berlin).extracting(ReadinessPoint::day).containsExactly(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7));
        assertThat(berlin).extracting(ReadinessPoint::readiness).containsExactly(18.75, 37.5);
        assertThat(newYork).containsExactly(new ReadinessPoint(LocalDate.of(2025, 1, 6), 37.5));
    }

    @Test
    void noHistoryGivesNoPoints() {
        assertThat(ReadinessHistory.byDay(CATALOG, TARGET, List.of(), UTC)).isEmpty();
    }

    @Test
    void aRatingSavedUnderARenamedSkillCountsForTheNewOneAndAnUnknownSkillChangesNothing() {
        List<RatingChange> history = List.of(
                change("b-old", 2, "2025-01-06T09:00:00Z"),      // counts for b: 4/16 = 25 %
                change("dropped-skill", 5, "2025-01-07T09:00:00Z")); // still 25 %, but the day is shown

        List<ReadinessPoint> points = ReadinessHistory.byDay(CATALOG, TARGET, history, UTC);

        assertThat(points).extracting(ReadinessPoint::readiness).containsExactly(25.0, 25.0);
    }

    @Test
    void theLastPointAgreesWithTheGapCalculatorOnTheFinalRatings() {
        List<RatingChange> history = List.of(
                change("sdlc", 2, "2025-01-06T09:00:00Z"),
                change("agile", 3, "2025-01-06T10:00:00Z"),
                change("strategy", 1, "2025-01-08T09:00:00Z"),
                change("sdlc", 4, "2025-02-08T09:00:00Z"),
                change("communication", 3, "2025-02-10T09:00:00Z"),
                change("strategy", 3, "2025-03-01T09:00:00Z"));
        Map<String, Integer> last = new HashMap<>();
        history.forEach(c -> last.put(c.skillId(), c.level()));

        List<ReadinessPoint> points = ReadinessHistory.byDay(Fixtures.CATALOG, Fixtures.TARGET, history, UTC);
        GapReport report = GapCalculator.calculate(Fixtures.CATALOG, Fixtures.TARGET, new Assessment(last));

        assertThat(points).hasSize(5);
        assertThat(points.get(points.size() - 1).readiness()).isCloseTo(report.readiness(), within(1e-9));
        assertThat(points).extracting(ReadinessPoint::readiness).isSorted();
    }
}
