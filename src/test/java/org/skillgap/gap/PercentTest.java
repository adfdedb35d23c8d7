package org.skillgap.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.LearningItem;

class PercentTest {

    @ParameterizedTest(name = "{0} shows as {1}%")
    @CsvSource({
            "0, 0", "0.4, 0", "0.5, 1", "51.5, 52", "51.9, 52", "51.49, 51", "99.4, 99",
            "99.5, 99", "99.99, 99", "100, 100", "-3, 0", "140, 100"})
    void roundsHalfUpAndNeverShowsAHundredBelowAHundred(double value, int shown) {
        assertThat(Percent.of(value)).isEqualTo(shown);
    }

    @Test
    void aCompleteFigureIsOnlyAHundredWhenComplete() {
        assertThat(Percent.of(100, false)).isEqualTo(99);
        assertThat(Percent.of(99.7, true)).isEqualTo(100);
    }

    @Test
    void aSkippedStepIsNoProgress() {
        List<PlanItem> items = new ArrayList<>();
        LearningItem a = Fixtures.item("a", org.skillgap.model.ItemType.COURSE, 10, List.of());
        LocalDate today = LocalDate.of(2026, 12, 3);
        items.add(new PlanItem(a, ItemStatus.DONE, List.of(), today, today));
        for (int i = 0; i < 3; i++) {
            items.add(new PlanItem(a, ItemStatus.SKIPPED, List.of(), today, today));
        }
        Plan plan = new Plan(items, today);

        assertThat(plan.progressPercent()).isEqualTo(25);
        assertThat(plan.progressText()).isEqualTo("1 done, 3 skipped of 4 (25%)");
        Plan allSkipped = new Plan(items.subList(1, 4), today);
        assertThat(allSkipped.progressPercent()).isZero();
        assertThat(allSkipped.progressText()).isEqualTo("0 done, 3 skipped of 3 (0%)");
    }
}
