package org.skillgap.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.Category;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

class GapCalculatorPropertiesTest {

    /** A random catalog, target and assessment; some skills without target, some unrated. */
    record Case(Catalog catalog, TargetProfile target, Assessment assessment) {
    }

    /** One skill's draw: category, target level (or -1 for none), weight, must-have, rating (or -1 for unrated). */
    record Draw(Category category, int target, int weight, boolean mustHave, int rating) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Draw> draw = Combinators.combine(
                Arbitraries.of(Category.class),
                Arbitraries.integers().between(-1, 5),
                Arbitraries.integers().between(1, 3),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(-1, 5)).as(Draw::new);
        return draw.list().ofMinSize(0).ofMaxSize(20).map(GapCalculatorPropertiesTest::toCase);
    }

    static Case toCase(List<Draw> draws) {
        List<Skill> skills = new ArrayList<>();
        List<SkillTarget> targets = new ArrayList<>();
        Map<String, Integer> ratings = new HashMap<>();
        for (int k = 0; k < draws.size(); k++) {
            Draw d = draws.get(k);
            String id = "s" + k;
            skills.add(Fixtures.skill(id, d.category(), id));
            if (d.target() >= 0) {
                targets.add(new SkillTarget(id, d.target(), d.weight(), d.mustHave()));
            }
            if (d.rating() >= 0) {
                ratings.put(id, d.rating());
            }
        }
        return new Case(new Catalog("p", skills, List.of(), List.of(), List.of()),
                new TargetProfile("t", "T", "", targets), new Assessment(ratings));
    }

    private static GapReport calculate(Case c) {
        return GapCalculator.calculate(c.catalog(), c.target(), c.assessment());
    }

    @Property
    void aGapIsNeverNegative(@ForAll("cases") Case c) {
        GapReport report = calculate(c);

        assertThat(report.skills()).allSatisfy(g -> {
            assertThat(g.gap()).isNotNegative();
            assertThat(g.weightedGap()).isNotNegative();
        });
        assertThat(report.gaps()).allSatisfy(g -> assertThat(g.gap()).isPositive());
    }

    @Property
    void readinessIsAlwaysWithinZeroAndHundred(@ForAll("cases") Case c) {
        GapReport report = calculate(c);

        assertThat(report.readiness()).isBetween(0.0, 100.0);
        assertThat(report.categoryReadiness()).containsOnlyKeys(Category.values());
        assertThat(report.categoryReadiness().values()).allSatisfy(r -> assertThat(r).isBetween(0.0, 100.0));
    }

    @Property
    void raisingOneRatingNeverLowersReadiness(@ForAll("cases") Case c, @ForAll int pick, @ForAll int by) {
        if (c.catalog().skills().isEmpty()) {
            return;
        }
        Skill raised = c.catalog().skills().get(Math.floorMod(pick, c.catalog().skills().size()));
        int before = c.assessment().levelOrZero(raised.id());
        int after = Math.min(5, before + 1 + Math.floorMod(by, 5));
        GapReport lower = calculate(c);
        GapReport higher = calculate(new Case(c.catalog(), c.target(), c.assessment().with(raised.id(), after)));

        assertThat(higher.readiness()).isGreaterThanOrEqualTo(lower.readiness());
        for (Category category : Category.values()) {
            assertThat(higher.categoryReadiness().get(category))
                    .isGreaterThanOrEqualTo(lower.categoryReadiness().get(category));
        }
    }

    @Property
    void ratingsAtOrAboveTargetGiveHundredNoGapsAndReady(@ForAll("cases") Case c, @ForAll List<Integer> extra) {
        Map<String, Integer> ratings = new HashMap<>();
        List<SkillTarget> targets = c.target().targets();
        for (int k = 0; k < targets.size(); k++) {
            int above = k < extra.size() ? Math.floorMod(extra.get(k), 6 - targets.get(k).level()) : 0;
            ratings.put(targets.get(k).skillId(), targets.get(k).level() + above);
        }
        GapReport report = calculate(new Case(c.catalog(), c.target(), new Assessment(ratings)));

        assertThat(report.readiness()).isEqualTo(100.0);
        assertThat(report.categoryReadiness().values()).containsOnly(100.0);
        assertThat(report.gaps()).isEmpty();
        assertThat(report.ready()).isTrue();
    }

    @Property
    void blockersAreExactlyTheMustHavesBelowTarget(@ForAll("cases") Case c) {
        GapReport report = calculate(c);

        assertThat(report.blockers()).containsExactlyElementsOf(
                report.gaps().stream().filter(g -> g.mustHave()).toList());
    }

    /** The documented rule (GapReport.ready), checked against the inputs rather than the report's own lists. */
    @Property
    void readyExactlyWhenEveryTargetIsMetAndNeverWithAMustHaveBelowTarget(@ForAll("cases") Case c) {
        GapReport report = calculate(c);
        boolean everyTargetMet = c.target().targets().stream()
                .allMatch(t -> c.assessment().levelOrZero(t.skillId()) >= t.level());
        boolean mustHaveBelow = c.target().targets().stream()
                .anyMatch(t -> t.mustHave() && c.assessment().levelOrZero(t.skillId()) < t.level());

        assertThat(report.ready()).isEqualTo(everyTargetMet);
        if (mustHaveBelow) {
            assertThat(report.ready()).as("a blocker, whatever the percentage").isFalse();
        }
        assertThat(report.readinessPercent() == 100).as("100%% only when ready").isEqualTo(report.ready());
    }
}
