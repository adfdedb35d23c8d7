package org.skillgap.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.skillgap.gap.Fixtures.ratings;
import static org.skillgap.gap.Fixtures.skill;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.Category;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

class GapCalculatorTest {

    /** Three skills, one per category: a (weight 3, must-have, target 4), b (2, target 3), c (1, target 2). */
    private static final Catalog SMALL = new Catalog("t", List.of(
            skill("a", Category.TECHNICAL, "A"),
            skill("b", Category.BUSINESS, "B"),
            skill("c", Category.LEADERSHIP, "C")), List.of(), List.of(), List.of());
    private static final TargetProfile SMALL_TARGET = new TargetProfile("t", "T", "", List.of(
            new SkillTarget("a", 4, 3, true),
            new SkillTarget("b", 3, 2, false),
            new SkillTarget("c", 2, 1, false)));

    @Test
    void readinessIsTheWeightedShareOfTheTargetReached() {
        // a=2, b=3, c unrated (counts 0).
        // reached: 3*min(2,4) + 2*min(3,3) + 1*min(0,2) = 6 + 6 + 0 = 12
        // wanted:  3*4 + 2*3 + 1*2 = 12 + 6 + 2 = 20  ->  12/20 = 60 %
        GapReport report = GapCalculator.calculate(SMALL, SMALL_TARGET, ratings("a", 2, "b", 3));

        assertThat(report.readiness()).isCloseTo(60.0, within(1e-9));
        // technical 6/12 = 50 %, business 6/6 = 100 %, leadership 0/2 = 0 %
        assertThat(report.categoryReadiness()).containsOnlyKeys(Category.values());
        assertThat(report.categoryReadiness().get(Category.TECHNICAL)).isCloseTo(50.0, within(1e-9));
        assertThat(report.categoryReadiness().get(Category.BUSINESS)).isCloseTo(100.0, within(1e-9));
        assertThat(report.categoryReadiness().get(Category.LEADERSHIP)).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void gapsAreListedBiggestWeightedGapFirstAndMustHavesBelowTargetBlock() {
        // a: gap 4-2 = 2, weighted 2*3 = 6 (must-have: a blocker); c: gap 2, weighted 2*1 = 2; b: at target.
        GapReport report = GapCalculator.calculate(SMALL, SMALL_TARGET, ratings("a", 2, "b", 3));

        assertThat(report.gaps()).extracting(g -> g.skill().id()).containsExactly("a", "c");
        assertThat(report.gaps()).extracting(SkillGap::weightedGap).containsExactly(6, 2);
        assertThat(report.blockers()).extracting(g -> g.skill().id()).containsExactly("a");
        assertThat(report.ready()).isFalse();
        assertThat(report.ratedCount()).isEqualTo(2);
    }

    @Test
    void anUnratedSkillCountsAsZeroAndIsMarkedUnrated() {
        GapReport report = GapCalculator.calculate(SMALL, SMALL_TARGET, ratings("a", 2, "b", 3));

        SkillGap c = report.skills().get(2);
        assertThat(c.skill().id()).isEqualTo("c");
        assertThat(c.current()).isZero();
        assertThat(c.rated()).isFalse();
        assertThat(report.skills().get(0).rated()).isTrue();
    }

    @Test
    void everySkillIsMeasuredInCatalogOrder() {
        GapReport report = GapCalculator.calculate(Fixtures.CATALOG, Fixtures.TARGET, Fixtures.DEVELOPER);

        assertThat(report.skills()).extracting(g -> g.skill().id())
                .containsExactlyElementsOf(Fixtures.SKILLS.stream().map(s -> s.id()).toList());
        assertThat(report.skillCount()).isEqualTo(11);
    }

    @Test
    void aLevelAboveTheTargetEarnsNothingExtra() {
        // a=5 (target 4) counts as 4: 3*4 + 2*3 + 1*0 = 18 of 20 = 90 %, not more.
        GapReport report = GapCalculator.calculate(SMALL, SMALL_TARGET, ratings("a", 5, "b", 5));

        assertThat(report.readiness()).isCloseTo(90.0, within(1e-9));
        assertThat(report.skills().get(0).gap()).isZero();
    }

    @Test
    void aMissingMustHaveKeepsAPersonNotReadyWhateverThePercentage() {
        // Only a (must-have) is one level short: 3*3 + 2*3 + 1*2 = 17 of 20 = 85 %.
        GapReport report = GapCalculator.calculate(SMALL, SMALL_TARGET, ratings("a", 3, "b", 3, "c", 2));

        assertThat(report.readiness()).isCloseTo(85.0, within(1e-9));
        assertThat(report.blockers()).extracting(g -> g.skill().id()).containsExactly("a");
        assertThat(report.ready()).isFalse();
    }

    @Test
    void everythingAtTargetIsReady() {
        GapReport report = GapCalculator.calculate(Fixtures.CATALOG, Fixtures.TARGET, Fixtures.atTarget());

        assertThat(report.readiness()).isEqualTo(100.0);
        assertThat(report.categoryReadiness().values()).containsOnly(100.0);
        assertThat(report.gaps()).isEmpty();
        assertThat(report.blockers()).isEmpty();
        assertThat(report.ready()).isTrue();
    }

    @Test
    void equalWeightedGapsPutMustHavesFirstThenBiggerRawGapThenCatalogOrder() {
        Catalog catalog = new Catalog("t", List.of(
                skill("x", Category.TECHNICAL, "X"),
                skill("y", Category.TECHNICAL, "Y"),
                skill("z", Category.BUSINESS, "Z"),
                skill("w", Category.LEADERSHIP, "W"),
                skill("v", Category.LEADERSHIP, "V")), List.of(), List.of(), List.of());
        TargetProfile target = new TargetProfile("t", "T", "", List.of(
                new SkillTarget("x", 2, 2, false),  // gap 2, weighted 4
                new SkillTarget("y", 4, 1, false),  // gap 4, weighted 4
                new SkillTarget("z", 2, 2, true),   // gap 2, weighted 4, must-have
                new SkillTarget("w", 2, 2, false),  // gap 2, weighted 4, same as x: after x by catalog order
                new SkillTarget("v", 5, 2, false))); // gap 5, weighted 10

        GapReport report = GapCalculator.calculate(catalog, target, Assessment.EMPTY);

        assertThat(report.gaps()).extracting(g -> g.skill().id()).containsExactly("v", "z", "y", "x", "w");
    }

    @Test
    void aSkillWithoutATargetIsMeasuredAgainstZeroAndNeverAGap() {
        TargetProfile target = new TargetProfile("t", "T", "", List.of(
                new SkillTarget("a", 4, 3, true), new SkillTarget("b", 0, 2, false)));

        // c has no target, b's target is 0: only a counts. 3*2 / 3*4 = 50 %
        GapReport report = GapCalculator.calculate(SMALL, target, ratings("a", 2, "c", 3));

        assertThat(report.skills()).extracting(g -> g.skill().id()).containsExactly("a", "b", "c");
        assertThat(report.skills().get(1).target()).isZero();
        assertThat(report.skills().get(2).target()).isZero();
        assertThat(report.skills().get(2).mustHave()).isFalse();
        assertThat(report.gaps()).extracting(g -> g.skill().id()).containsExactly("a");
        assertThat(report.readiness()).isCloseTo(50.0, within(1e-9));
        // business and leadership ask for nothing, so nothing is missing there
        assertThat(report.categoryReadiness().get(Category.BUSINESS)).isEqualTo(100.0);
        assertThat(report.categoryReadiness().get(Category.LEADERSHIP)).isEqualTo(100.0);
    }

    @Test
    void aTargetAskingForNothingIsFullyMet() {
        TargetProfile nothing = new TargetProfile("t", "T", "", List.of());

        GapReport report = GapCalculator.calculate(SMALL, nothing, Assessment.EMPTY);

        assertThat(report.readiness()).isEqualTo(100.0);
        assertThat(report.ready()).isTrue();
        assertThat(report.ratedCount()).isZero();
    }

    @Test
    void developerPersonaIsStrongTechnicallyAndWeakInBusiness() {
        GapReport report = GapCalculator.calculate(Fixtures.CATALOG, Fixtures.TARGET, Fixtures.DEVELOPER);

        // technical: 2*3 + 3*4 + 2*3 + 1*3 reached of the same = 100 %
        assertThat(report.categoryReadiness().get(Category.TECHNICAL)).isEqualTo(100.0);
        // business: 3*1 + 2*1 + 2*1 + 2*1 = 9 of 3*4 + 2*3 + 2*3 + 2*4 = 32 -> 28.125 %
        assertThat(report.categoryReadiness().get(Category.BUSINESS)).isCloseTo(28.125, within(1e-9));
        // strategy is the biggest gap: (4-1)*3 = 9, and the only must-have below target
        assertThat(report.gaps().get(0).skill().id()).isEqualTo("strategy");
        assertThat(report.blockers()).extracting(g -> g.skill().id()).containsExactly("strategy");
    }
}
