package org.skillgap.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.skillgap.gap.GapCalculator;
import org.skillgap.gap.GapReport;
import org.skillgap.gap.Plan;
import org.skillgap.gap.PlanBuilder;
import org.skillgap.gap.PlanItem;
import org.skillgap.gap.SkillGap;
import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemType;
import org.skillgap.model.Profile;
import org.skillgap.model.SkillLevel;

/**
 * The shipped catalog judged as a career coach would, through people a coach meets, with the real
 * calculator and planner: a seasoned product manager, a fresh graduate and a typical QA analyst.
 */
class CoachPlausibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private final Catalog catalog = Catalogs.bundled();

    /**
     * Six years of product work, the last three owning an IT product: Competent in everything an IT
     * PM is asked for, Advanced in the core of the craft they have done across teams, not yet
     * running a product line.
     */
    private static Map<String, Integer> seasonedProductManager() {
        Map<String, Integer> r = new HashMap<>();
        for (String s : List.of("software-development-lifecycle", "cybersecurity", "databases-and-data", "cloud-computing",
                "platforms-and-apis", "ux-design", "ai-and-emerging-technology", "agile-practices", "product-management-tools",
                "market-analysis", "financial-modeling", "strategic-planning", "product-lifecycle-management",
                "go-to-market", "business-analysis", "project-management", "product-risk", "privacy-and-compliance",
                "business-acumen", "cross-functional-leadership", "managing-up-and-coaching", "partners-and-clients",
                "networking", "problem-solving", "adaptability", "change-leadership", "influence-and-empathy",
                "pricing-and-monetisation")) {
            r.put(s, 3);
        }
        for (String s : List.of("software-development", "it-infrastructure", "it-operations", "devops-practices")) {
            r.put(s, 2);
        }
        for (String s : List.of("product-discovery", "product-metrics", "product-vision", "prioritization", "roadmapping",
                "communication", "stakeholder-management")) {
            r.put(s, 4);
        }
        return r;
    }

    private Map<String, Integer> typical(String background) {
        Map<String, Integer> r = new HashMap<>();
        catalog.background(background).orElseThrow().typicalLevels().forEach(l -> r.put(l.skillId(), l.level()));
        return r;
    }

    private GapReport gaps(String profile, Map<String, Integer> ratings) {
        return GapCalculator.calculate(catalog, catalog.profile(profile).orElseThrow(), new Assessment(ratings));
    }

    private Plan plan(String profile, String background, int hours, Map<String, Integer> ratings) {
        return PlanBuilder.build(catalog, new Profile("Persona", profile, background, hours), new Assessment(ratings),
                Map.of(), TODAY);
    }

    /** The plan as a coach reads it, for failure messages: each open step with its dates. */
    private static String steps(Plan plan) {
        StringBuilder b = new StringBuilder();
        plan.items().stream().filter(PlanItem::isOpenWork).forEach(p -> b.append("\n  ").append(p.item().id())
                .append(" ").append(p.start()).append(" -> ").append(p.due()));
        return b.toString();
    }

    private static double years(Plan plan) {
        return ChronoUnit.DAYS.between(TODAY, plan.readyBy()) / 365.25;
    }

    @Test
    void aSeasonedProductManagerIsReadyForItProductManager() {
        GapReport report = gaps("it-product-manager", seasonedProductManager());

        assertThat(report.gaps()).extracting(g -> g.skill().id()).isEmpty();
        assertThat(report.ready()).isTrue();
    }

    @Test
    void aSeasonedProductManagerIsCloseToSeniorWithProductLineWorkLeft() {
        Map<String, Integer> ratings = seasonedProductManager();
        GapReport report = gaps("senior-it-product-manager", ratings);
        Plan plan = plan("senior-it-product-manager", "it-project-manager", 6, ratings);

        assertThat(report.readiness()).as("readiness").isBetween(80.0, 95.0);
        assertThat(report.ready()).isFalse();
        // What is left is one level in product-line skills: no skill is more than a level short.
        assertThat(report.gaps()).allSatisfy(g -> assertThat(g.gap()).as(g.skill().id()).isEqualTo(1));
        // Leading a product line is the step that closes it, a job of a few years, not a course.
        assertThat(plan.items()).filteredOn(PlanItem::isOpenWork).extracting(p -> p.item().id())
                .contains("exp-product-line");
        assertThat(plan.items()).filteredOn(PlanItem::isOpenWork)
                .allSatisfy(p -> assertThat(p.item().type()).as(p.item().id()).isEqualTo(ItemType.EXPERIENCE));
        assertThat(years(plan)).as("years to Senior: %s", steps(plan)).isBetween(1.5, 3.5);
    }

    @Test
    void aFreshGraduateIsFarFromAssociate() {
        Map<String, Integer> ratings = typical("student");
        GapReport report = gaps("associate-it-product-manager", ratings);
        Plan plan = plan("associate-it-product-manager", "student", 10, ratings);

        assertThat(report.readiness()).as("readiness").isLessThan(60.0);
        assertThat(report.blockers()).extracting(SkillGap::skill).hasSizeGreaterThanOrEqualTo(4);
        assertThat(years(plan)).as("years to Associate: %s", steps(plan)).isBetween(1.0, 4.0);
        // The way in is work, not only study: an internship, a first role or a product of one's own.
        assertThat(plan.items()).filteredOn(PlanItem::isOpenWork)
                .anySatisfy(p -> assertThat(p.item().type()).isEqualTo(ItemType.EXPERIENCE));
    }

    @Test
    void aTypicalQaAnalystAtSixHoursAWeekReachesItProductManagerInTheSourcesThreeToFiveYears() {
        Map<String, Integer> ratings = typical("qa-analyst");
        Plan plan = plan("it-product-manager", "qa-analyst", 6, ratings);

        // "3-5 years", give or take half a year.
        assertThat(years(plan)).as("years to IT Product Manager: %s", steps(plan)).isBetween(2.5, 5.5);
        List<String> steps = plan.items().stream().filter(PlanItem::isOpenWork).map(p -> p.item().id()).toList();
        // A coach sends a QA analyst into product ownership, not round the whole catalog.
        assertThat(steps).contains("exp-product-owner").doesNotContain("exp-it-product-manager", "exp-product-line");
        assertThat(plan.items()).filteredOn(PlanItem::isOpenWork)
                .noneSatisfy(p -> assertThat(p.item().type()).isEqualTo(ItemType.DEGREE));
    }

    @Test
    void noOpenStepCreditsMoreThanItsKindCan() {
        // A course is never the step that makes a person Advanced.
        Plan plan = plan("senior-it-product-manager", "student", 10, typical("student"));
        for (PlanItem step : plan.items()) {
            if (step.item().type() != ItemType.EXPERIENCE) {
                assertThat(step.item().raises()).extracting(SkillLevel::level).allSatisfy(l -> assertThat(l).isLessThanOrEqualTo(3));
            }
        }
    }
}
