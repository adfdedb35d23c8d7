package org.skillgap.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.skillgap.gap.Fixtures.ratings;
import static org.skillgap.gap.Fixtures.skill;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.Category;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

class RadarDataTest {

    private static final double EPS = 1e-9;

    @Test
    void theFirstAxisPointsStraightUpAndTheOthersFollowClockwise() {
        // four axes, full value, radius 100 around (200, 150); y grows downwards on screen
        assertPoint(RadarData.point(0, 4, 5, 5, 200, 150, 100), 200, 50);   // up
        assertPoint(RadarData.point(1, 4, 5, 5, 200, 150, 100), 300, 150);  // right
        assertPoint(RadarData.point(2, 4, 5, 5, 200, 150, 100), 200, 250);  // down
        assertPoint(RadarData.point(3, 4, 5, 5, 200, 150, 100), 100, 150);  // left
    }

    @Test
    void theDistanceFromTheCentreIsTheValueAsAShareOfTheMaximum() {
        // 3 of 5 on the axis at 60 degrees clockwise from up: r' = 60, x = 60 sin 60, y = -60 cos 60
        double[] p = RadarData.point(1, 6, 3, 5, 0, 0, 100);

        assertPoint(p, 60 * Math.sqrt(3) / 2, -30);
        assertThat(Math.hypot(p[0], p[1])).isCloseTo(60, within(EPS));
    }

    @Test
    void zeroSitsInTheCentreAndValuesOutsideTheScaleStayOnTheChart() {
        assertPoint(RadarData.point(2, 5, 0, 5, 10, 20, 50), 10, 20);
        assertPoint(RadarData.point(0, 3, 9, 5, 0, 0, 50), 0, -50);
        assertPoint(RadarData.point(0, 3, -1, 5, 0, 0, 50), 0, 0);
        // the 0-5 shorthand
        assertPoint(RadarData.point(0, 3, 2.5, 0, 0, 50), 0, -25);
    }

    @Test
    void perSkillGivesOneAxisPerSkillInCatalogOrderWithTheEarliestRatingWhenThereIsOne() {
        GapReport report = GapCalculator.calculate(Fixtures.CATALOG, Fixtures.TARGET, Fixtures.DEVELOPER);
        Assessment earliest = ratings("sdlc", 3, "strategy", 0);

        List<RadarAxis> axes = RadarData.perSkill(report, Optional.of(earliest));

        assertThat(axes).hasSize(11);
        assertThat(axes.get(0)).isEqualTo(new RadarAxis("Software development lifecycle", 4, 3, OptionalDouble.of(3)));
        assertThat(axes.get(4)).isEqualTo(new RadarAxis("Product strategy and roadmaps", 1, 4, OptionalDouble.of(0)));
        // not rated in the earliest assessment: nothing to compare with
        assertThat(axes.get(1).earliest()).isEmpty();
        assertThat(RadarData.perSkill(report)).allMatch(a -> a.earliest().isEmpty());
    }

    @Test
    void perCategoryGivesTheWeightedAverageOfEachCategory() {
        GapReport report = GapCalculator.calculate(Fixtures.CATALOG, Fixtures.TARGET, Fixtures.DEVELOPER);

        List<RadarAxis> axes = RadarData.perCategory(report, Optional.of(ratings("strategy", 4)));

        assertThat(axes).extracting(RadarAxis::label).containsExactly("Technical", "Business", "Leadership");
        RadarAxis business = axes.get(1);
        // weights strategy 3, market 2, finance 2, customer 2 = 9
        // current (3*1 + 2*1 + 2*1 + 2*1) / 9 = 1; target (3*4 + 2*3 + 2*3 + 2*4) / 9 = 32/9
        assertThat(business.current()).isCloseTo(1.0, within(EPS));
        assertThat(business.target()).isCloseTo(32.0 / 9, within(EPS));
        // earliest: strategy 4, the rest unrated (0): 12/9
        assertThat(business.earliest().getAsDouble()).isCloseTo(12.0 / 9, within(EPS));
        // technical: weights 2, 3, 2, 1 = 8; current (2*4 + 3*4 + 2*3 + 1*4) / 8 = 30/8
        assertThat(axes.get(0).current()).isCloseTo(3.75, within(EPS));
    }

    @Test
    void aCategoryWithoutSkillsHasNoAxis() {
        Catalog catalog = new Catalog("t", List.of(skill("a", Category.TECHNICAL, "A"), skill("b", Category.LEADERSHIP, "B")),
                List.of(), List.of(), List.of());
        TargetProfile target = new TargetProfile("t", "T", "", List.of(new SkillTarget("a", 3, 1, false)));

        List<RadarAxis> axes = RadarData.perCategory(GapCalculator.calculate(catalog, target, ratings("b", 2)));

        assertThat(axes).extracting(RadarAxis::label).containsExactly("Technical", "Leadership");
        // b has no target (weight 0): the plain average is shown rather than nothing
        assertThat(axes.get(1).current()).isCloseTo(2.0, within(EPS));
        assertThat(axes.get(1).target()).isZero();
    }

    @Test
    void upToTwelveSkillsTheRadarShowsSkillsBeyondThatCategories() {
        GapReport twelve = GapCalculator.calculate(catalogOf(12), new TargetProfile("t", "T", "", List.of()), Assessment.EMPTY);
        GapReport thirteen = GapCalculator.calculate(catalogOf(13), new TargetProfile("t", "T", "", List.of()), Assessment.EMPTY);

        assertThat(RadarData.choose(twelve, Optional.empty())).hasSize(12);
        assertThat(RadarData.choose(thirteen, Optional.empty())).extracting(RadarAxis::label)
                .containsExactly("Technical", "Business", "Leadership");
    }

    private static Catalog catalogOf(int n) {
        List<Skill> skills = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            skills.add(skill("s" + k, Category.values()[k % 3], "S" + k));
        }
        return new Catalog("t", skills, List.of(), List.of(), List.of());
    }

    private static void assertPoint(double[] p, double x, double y) {
        assertThat(p[0]).as("x").isCloseTo(x, within(EPS));
        assertThat(p[1]).as("y").isCloseTo(y, within(EPS));
    }

    @Test
    void aReviewersOutlineTakesTheirLevelsAndTheOwnWhereTheyCouldNotJudge() {
        GapReport report = GapCalculator.calculate(Fixtures.CATALOG, Fixtures.TARGET, Fixtures.DEVELOPER);
        org.skillgap.model.Review review = new org.skillgap.model.Review(1, "Ana", "", java.time.LocalDate.of(2025, 6, 2),
                "t", java.util.Map.of("sdlc", 2), java.util.Map.of());
        Assessment reviewed = RadarData.reviewedAssessment(Fixtures.DEVELOPER, review);

        List<RadarAxis> perSkill = RadarData.withReviewer(RadarData.perSkill(report),
                RadarData.perSkill(report, Optional.of(reviewed)));
        List<RadarAxis> perCategory = RadarData.withReviewer(RadarData.perCategory(report),
                RadarData.perCategory(report, Optional.of(reviewed)));

        assertThat(perSkill.get(0).current()).isEqualTo(4);
        assertThat(perSkill.get(0).reviewer()).hasValue(2);
        assertThat(perSkill.get(4).reviewer()).as("not judged: the own level").hasValue(perSkill.get(4).current());
        assertThat(perCategory.get(0).reviewer().getAsDouble()).isLessThan(perCategory.get(0).current());
        assertThat(perCategory.get(1).reviewer()).hasValue(perCategory.get(1).current());

        RadarLayout layout = RadarLayout.of(perSkill, 600, 400, (text, size, bold) -> text.length() * size * 0.5);
        assertThat(layout.reviewer()).hasSize(11);
        assertThat(layout.reviewer().get(4)).isEqualTo(layout.current().get(4));
        assertThat(layout.reviewer().get(0)).isNotEqualTo(layout.current().get(0));
        assertThat(RadarLayout.of(RadarData.perSkill(report), 600, 400, (text, size, bold) -> 10).reviewer()).isEmpty();
    }
}
