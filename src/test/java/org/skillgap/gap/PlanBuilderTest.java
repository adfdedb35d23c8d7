package org.skillgap.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillgap.gap.Fixtures.CATALOG;
import static org.skillgap.gap.Fixtures.DEVELOPER;
import static org.skillgap.gap.Fixtures.SUPPORT;
import static org.skillgap.gap.Fixtures.at;
import static org.skillgap.gap.Fixtures.categoryOf;
import static org.skillgap.gap.Fixtures.ids;
import static org.skillgap.gap.Fixtures.item;
import static org.skillgap.gap.Fixtures.openIds;
import static org.skillgap.gap.Fixtures.profile;
import static org.skillgap.gap.Fixtures.ratings;
import static org.skillgap.gap.Fixtures.skill;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.skillgap.model.Assessment;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.Category;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Profile;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

class PlanBuilderTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);
    private static final List<String> PRACTICES = List.of("net-pdma", "learn-webinars", "portfolio-case-studies");

    private static Plan build(Assessment assessment) {
        return build(assessment, Map.of());
    }

    private static Plan build(Assessment assessment, Map<String, ItemStatus> statuses) {
        return PlanBuilder.build(CATALOG, profile("software-developer", 10), assessment, statuses, MONDAY);
    }

    private static PlanItem find(Plan plan, String id) {
        return plan.items().stream().filter(i -> i.item().id().equals(id)).findFirst().orElseThrow();
    }

    private static boolean improvesOnly(PlanItem item, Category category) {
        return !item.why().isEmpty() && item.why().stream().allMatch(w -> categoryOf(w.skillId()) == category);
    }

    @Test
    void aDeveloperGetsTheBusinessItemsFirst() {
        // The developer is at target in every technical skill, so no technical item is planned.
        // Strategy (must-have, 1 of 4) is the only blocker, so items raising it come first:
        //   product-fundamentals: strategy 3*1 + market 2*1 + customer 2*1 = 7 per 20 h = 0.35
        //   cspo:                 strategy 3*2                              = 6 per 24 h = 0.25
        //   pragmatic waits for product-fundamentals (its prerequisite, not yet covered: strategy 1 < 2)
        // then pragmatic: strategy 3*2 + market 2*1 = 8 per 40 h = 0.2 beats cspo (now 3*1 per 24 h).
        // Strategy now at target, no blocker left: business-case finance 2*2 per 24 h = 0.167 beats
        // lead-project (leadership 2 + stakeholders 2 = 4 per 300 h) and business-analyst (customer 2 per 500 h).
        Plan plan = build(DEVELOPER);

        assertThat(openIds(plan)).containsExactly("course-product-fundamentals", "cert-pragmatic",
                "course-business-case", "exp-lead-project", "exp-business-analyst");
        assertThat(plan.items().subList(0, 3)).allMatch(i -> improvesOnly(i, Category.BUSINESS));
        assertThat(find(plan, "cert-pragmatic").why()).containsExactly(
                new Improvement("strategy", 2, 4), new Improvement("market", 2, 3));
    }

    @Test
    void aCustomerSupportBackgroundGetsTechnicalItemsEarly() {
        // Blockers: agile 1 of 4 (weight 3), sdlc 1 of 3 (2), strategy 3 of 4 (3).
        //   csm:            agile 3*2 = 6 per 16 h = 0.375  <- first
        //   cspo waits for agile 2; pragmatic: strategy 3 per 40 h = 0.075; software-basics: sdlc 2 + agile 3 = 5 per 40 h
        // after csm (agile 3): cspo agile 3*1 per 24 h = 0.125 beats pragmatic 0.075 and software-basics 2/40.
        Plan plan = PlanBuilder.build(CATALOG, profile("customer-support", 10), SUPPORT, Map.of(), MONDAY);

        List<String> open = openIds(plan);
        assertThat(open.subList(0, 2)).containsExactly("cert-csm", "cert-cspo");
        assertThat(plan.items().subList(0, 2)).allMatch(i -> improvesOnly(i, Category.TECHNICAL));
        // every technical must-have is planned to be closed before the non-blocking finance course
        assertThat(open.indexOf("exp-qa-analyst")).isLessThan(open.indexOf("course-business-case"));
    }

    @Test
    void aProfileAtTargetEverywhereGetsOnlyTheOngoingPractices() {
        Plan plan = build(Fixtures.atTarget());

        assertThat(ids(plan)).containsExactlyElementsOf(PRACTICES);
        assertThat(plan.items()).allMatch(i -> i.item().recurring());
        assertThat(plan.readyBy()).isEqualTo(MONDAY);
    }

    @Test
    void recurringPracticesComeLastStartTodayAndRunTwelveWeeksWithoutMovingTheReadyDate() {
        Plan plan = build(DEVELOPER);

        assertThat(ids(plan).subList(plan.items().size() - 3, plan.items().size())).containsExactlyElementsOf(PRACTICES);
        PlanItem networking = find(plan, "net-pdma");
        assertThat(networking.start()).isEqualTo(MONDAY);
        assertThat(networking.due()).isEqualTo(MONDAY.plusWeeks(12));
        // the last open item, not the practices, sets the ready date
        PlanItem last = find(plan, "exp-business-analyst");
        assertThat(plan.readyBy()).isEqualTo(last.due());
    }

    @Test
    void openItemsAreScheduledOneAfterAnotherAtTheWeeklyHours() {
        // At 10 h a week: product-fundamentals 20 h = 2 weeks = 14 days, pragmatic 40 h = 28 days,
        // business-case 24 h = 16.8 days -> 17 days.
        Plan plan = build(DEVELOPER);

        PlanItem first = find(plan, "course-product-fundamentals");
        PlanItem second = find(plan, "cert-pragmatic");
        PlanItem third = find(plan, "course-business-case");
        assertThat(first.start()).isEqualTo(MONDAY);
        assertThat(first.due()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(second.start()).isEqualTo(first.due());
        assertThat(second.due()).isEqualTo(LocalDate.of(2025, 2, 17));
        assertThat(third.due()).isEqualTo(LocalDate.of(2025, 3, 6));
    }

    @Test
    void moreHoursPerWeekGiveAnEarlierReadyDate() {
        LocalDate at1 = PlanBuilder.build(CATALOG, profile("software-developer", 1), DEVELOPER, Map.of(), MONDAY).readyBy();
        LocalDate at2 = PlanBuilder.build(CATALOG, profile("software-developer", 2), DEVELOPER, Map.of(), MONDAY).readyBy();
        LocalDate at10 = PlanBuilder.build(CATALOG, profile("software-developer", 10), DEVELOPER, Map.of(), MONDAY).readyBy();

        // Study items: 20 + 40 + 24 = 84 h: at 1 h a week 140 + 280 + 168 = 588 days, at 2 h a week
        // 70 + 140 + 84 = 294 days.
        assertThat(at1).isEqualTo(MONDAY.plusDays(588));
        assertThat(at2).isEqualTo(MONDAY.plusDays(294));
        assertThat(at2).isBefore(at1);
        // Experience runs alongside at 20 h a week whatever the study time: 300 h then 500 h is
        // 105 + 175 = 280 days, so from about 3 h a week on it is what sets the date.
        assertThat(at10).isEqualTo(MONDAY.plusDays(280)).isBefore(at2);
    }

    @Test
    void ongoingPracticesCloseWhatTheyRaiseSoNoOtherStepIsPlannedForIt() {
        LearningItem longRole = item("exp-long-role", ItemType.EXPERIENCE, 3600, List.of(at("a", 3)));
        LearningItem meetups = Fixtures.recurring("net-meetups", ItemType.NETWORKING, 3, List.of(at("a", 3)));
        Catalog catalog = tinyCatalog(List.of(longRole, meetups));

        Plan plan = PlanBuilder.build(catalog, new Profile("", "t", "none", 6), Assessment.EMPTY, Map.of(), MONDAY);

        assertThat(plan.items()).extracting(i -> i.item().id()).containsExactly("net-meetups");
        assertThat(plan.readyBy()).isEqualTo(MONDAY);
    }

    @Test
    void experienceAndDegreesRunAlongsideStudyAtHalfAWorkingWeek() {
        Plan plan = PlanBuilder.build(CATALOG, profile("software-developer", 5), DEVELOPER, Map.of(), MONDAY);
        PlanItem firstExperience = plan.items().stream()
                .filter(i -> i.item().type() == ItemType.EXPERIENCE).findFirst().orElseThrow();
        PlanItem firstStudy = plan.items().stream()
                .filter(i -> i.item().type() != ItemType.EXPERIENCE && i.item().type() != ItemType.DEGREE)
                .findFirst().orElseThrow();
        assertThat(firstStudy.start()).isEqualTo(MONDAY);
        assertThat(firstExperience.start()).as("does not wait for the study items").isBefore(firstStudy.due().plusDays(1));
        long days = java.time.temporal.ChronoUnit.DAYS.between(firstExperience.start(), firstExperience.due());
        assertThat(days).isEqualTo((firstExperience.item().effortHours() * 7L + 19) / 20);
    }

    @Test
    void aVeryShortItemStillTakesOneDay() {
        Catalog catalog = tinyCatalog(List.of(item("read-article", ItemType.COURSE, 1, List.of(at("a", 1)))));

        Plan plan = PlanBuilder.build(catalog, new Profile("", "t", "none", 80), Assessment.EMPTY, Map.of(), MONDAY);

        assertThat(plan.items().get(0).due()).isEqualTo(MONDAY.plusDays(1));
        assertThat(plan.readyBy()).isEqualTo(MONDAY.plusDays(1));
    }

    @Test
    void prerequisitesComeBeforeTheItemsThatNeedThem() {
        // developer: pragmatic needs the product-fundamentals course
        List<String> developer = openIds(build(DEVELOPER));
        assertThat(developer.indexOf("course-product-fundamentals")).isLessThan(developer.indexOf("cert-pragmatic"));

        // support: cspo needs agile 2 (csm gives it), it-infrastructure needs sdlc 2 (software-basics gives it)
        List<String> support = openIds(PlanBuilder.build(CATALOG, profile("customer-support", 10), SUPPORT, Map.of(), MONDAY));
        assertThat(support.indexOf("cert-csm")).isLessThan(support.indexOf("cert-cspo"));
        assertThat(support.indexOf("course-software-basics")).isLessThan(support.indexOf("course-it-infrastructure"));
    }

    @Test
    void aPrerequisiteThePersonAlreadyMastersDoesNotHaveToBeTakenFirst() {
        // Support already has strategy 3, market 3, customer 4: all product-fundamentals teaches (2, 2, 2).
        // So pragmatic can be planned without it, instead of the 1500 h MBA for the last strategy level.
        Plan plan = PlanBuilder.build(CATALOG, profile("customer-support", 10), SUPPORT, Map.of(), MONDAY);

        assertThat(ids(plan)).contains("cert-pragmatic").doesNotContain("course-product-fundamentals", "degree-mba-tech");
    }

    @Test
    void anItemWaitsForItsPrerequisiteSkillAndIsLeftOutWhenNothingCanReachIt() {
        Catalog catalog = new Catalog("t", List.of(skill("a", Category.TECHNICAL, "A"), skill("b", Category.BUSINESS, "B")),
                List.of(new TargetProfile("t", "T", "", List.of(
                        new SkillTarget("a", 2, 1, false), new SkillTarget("b", 3, 3, false)))),
                List.of(), List.of(
                        // the best value by far (9 per 10 h), but it needs a at 2 first
                        Fixtures.withPrerequisites(item("advanced", ItemType.COURSE, 10, List.of(at("b", 3))),
                                List.of(), List.of(at("a", 2))),
                        item("basics", ItemType.COURSE, 100, List.of(at("a", 2))),
                        // needs a at 4, which no item reaches: it can never start
                        Fixtures.withPrerequisites(item("expert", ItemType.COURSE, 1, List.of(at("b", 3))),
                                List.of(), List.of(at("a", 4)))));

        Plan plan = PlanBuilder.build(catalog, new Profile("", "t", "", 10), Assessment.EMPTY, Map.of(), MONDAY);

        assertThat(ids(plan)).containsExactly("basics", "advanced");
    }

    @Test
    void anItemWhosePrerequisiteWasSkippedIsLeftOut() {
        // developer: pragmatic needs product-fundamentals; skipping the course keeps pragmatic out,
        // so the cspo and then the MBA have to close the strategy gap instead.
        Plan plan = build(DEVELOPER, Map.of("course-product-fundamentals", ItemStatus.SKIPPED));

        assertThat(ids(plan)).doesNotContain("cert-pragmatic").contains("cert-cspo", "degree-mba-tech");
        assertThat(find(plan, "course-product-fundamentals").status()).isEqualTo(ItemStatus.SKIPPED);
    }

    @Test
    void itemsThatCloseNoGapAreLeftOut() {
        Plan plan = build(DEVELOPER);

        // all technical: the developer is already at target there
        assertThat(ids(plan)).doesNotContain("degree-bsc-cs", "cert-csm", "cert-devops", "exp-qa-analyst",
                "course-software-basics", "course-data-analytics", "course-it-infrastructure");
        assertThat(plan.items()).allMatch(i -> i.item().recurring() || !i.why().isEmpty());
    }

    @Test
    void mustHaveBlockersAreClosedBeforeBiggerButOptionalGains() {
        Catalog catalog = new Catalog("t", List.of(skill("must", Category.TECHNICAL, "Must"),
                skill("nice", Category.BUSINESS, "Nice")),
                List.of(new TargetProfile("t", "T", "", List.of(
                        new SkillTarget("must", 1, 1, true), new SkillTarget("nice", 5, 3, false)))),
                List.of(), List.of(
                        item("quick-win", ItemType.COURSE, 1, List.of(at("nice", 5))),     // 15 per hour
                        item("slow-blocker", ItemType.COURSE, 100, List.of(at("must", 1))))); // 0.01 per hour

        Plan plan = PlanBuilder.build(catalog, new Profile("", "t", "", 10), Assessment.EMPTY, Map.of(), MONDAY);

        assertThat(ids(plan)).containsExactly("slow-blocker", "quick-win");
    }

    @Test
    void onEqualValueTheItemBuildingOnTheBackgroundsStrengthsComesFirst() {
        Catalog catalog = new Catalog("t", List.of(skill("a", Category.TECHNICAL, "A"),
                skill("b", Category.BUSINESS, "B"), skill("c", Category.LEADERSHIP, "C")),
                List.of(new TargetProfile("t", "T", "", List.of(new SkillTarget("a", 2, 1, false),
                        new SkillTarget("b", 2, 1, false)))),
                List.of(new org.skillgap.model.Background("c-person", "C person", "", List.of(at("c", 4)), "", 1, 2)),
                List.of(item("plain", ItemType.COURSE, 10, List.of(at("a", 2))),
                        item("builds-on-c", ItemType.EXPERIENCE, 10, List.of(at("b", 2), at("c", 5)))));

        Plan withBackground = PlanBuilder.build(catalog, new Profile("", "t", "c-person", 10), Assessment.EMPTY, Map.of(), MONDAY);
        Plan without = PlanBuilder.build(catalog, new Profile("", "t", "none", 10), Assessment.EMPTY, Map.of(), MONDAY);

        assertThat(ids(withBackground)).containsExactly("builds-on-c", "plain");
        assertThat(ids(without)).containsExactly("plain", "builds-on-c");
    }

    @Test
    void aDoneItemStaysInThePlanAsDoneAfterReRating() {
        // The developer finished product-fundamentals and re-rated strategy, market and customer to 2:
        // the course closes nothing now, but it stays at the bottom, as history.
        Map<String, ItemStatus> statuses = Map.of("course-product-fundamentals", ItemStatus.DONE);
        Assessment reRated = DEVELOPER.with("strategy", 2).with("market", 2).with("customer", 2);

        Plan plan = build(reRated, statuses);

        PlanItem done = plan.items().get(plan.items().size() - 1);
        assertThat(done.item().id()).isEqualTo("course-product-fundamentals");
        assertThat(done.status()).isEqualTo(ItemStatus.DONE);
        assertThat(done.why()).isEmpty();
        assertThat(done.start()).isEqualTo(MONDAY);
        assertThat(done.due()).isEqualTo(MONDAY);
        // and it still counts as the met prerequisite of pragmatic, which comes next
        assertThat(openIds(plan).get(0)).isEqualTo("cert-pragmatic");
    }

    @Test
    void aDoneItemCountsItsLevelsAsReachedUntilThePersonReRates() {
        // Business-case marked done but finance not re-rated (still 1): the plan counts finance as
        // 3, so it plans nothing more for finance (before, ticking it added the 1,500-hour MBA)...
        Plan plan = build(DEVELOPER, Map.of("course-business-case", ItemStatus.DONE));

        assertThat(find(plan, "course-business-case").why()).containsExactly(new Improvement("finance", 1, 3));
        assertThat(plan.items()).filteredOn(PlanItem::isOpenWork)
                .allSatisfy(i -> assertThat(i.why()).noneMatch(w -> w.skillId().equals("finance")));
        assertThat(plan.items().size()).isLessThanOrEqualTo(build(DEVELOPER).items().size());

        // ...and once the person re-rates finance at 3 nothing is counted any more.
        Plan reRated = build(DEVELOPER.with("finance", 3), Map.of("course-business-case", ItemStatus.DONE));
        assertThat(find(reRated, "course-business-case").why()).isEmpty();
    }

    @Test
    void anItemInProgressKeepsSayingWhatItRaisesWhenADoneItemCoversTheSameSkill() {
        // Both raise finance to 3; the done course already counts it, yet the MBA under way still
        // names what it raises above the ratings, so its row does not lose its "Raises" line.
        Plan plan = build(DEVELOPER, Map.of("course-business-case", ItemStatus.DONE,
                "degree-mba-tech", ItemStatus.IN_PROGRESS));

        assertThat(find(plan, "degree-mba-tech").why()).contains(new Improvement("finance", 1, 3));
    }

    @Test
    void theReadyDateIsSetByTheLastOpenStepAndEachTrackEndsWithItsOwnLastStep() {
        Plan plan = build(DEVELOPER);

        PlanItem setter = plan.dateSetter().orElseThrow();
        assertThat(setter.due()).isEqualTo(plan.readyBy());
        assertThat(plan.trackEnd(PlanTrack.of(setter.item()))).contains(plan.readyBy());
        assertThat(plan.trackEnd(PlanTrack.STUDY)).hasValueSatisfying(d -> assertThat(d).isBeforeOrEqualTo(plan.readyBy()));
        assertThat(plan.trackEnd(PlanTrack.LONG_FORM)).hasValueSatisfying(d -> assertThat(d).isBeforeOrEqualTo(plan.readyBy()));
    }

    @Test
    void markedItemsKeepTheirStatusAndPlaceInProgressThenTheRestThenPracticesThenDoneThenSkipped() {
        // With lead-project under way and business-case skipped, what is left after pragmatic is
        // customer 2 -> 3 (business-analyst: 2*1 per 500 h) and finance 1 -> 3 (MBA: 2*2 per 1500 h).
        Map<String, ItemStatus> statuses = Map.of(
                "exp-lead-project", ItemStatus.IN_PROGRESS,
                "course-business-case", ItemStatus.SKIPPED,
                "degree-bsc-cs", ItemStatus.DONE,
                "net-pdma", ItemStatus.DONE);

        Plan plan = build(DEVELOPER, statuses);

        assertThat(ids(plan)).containsExactly("exp-lead-project",
                "course-product-fundamentals", "cert-pragmatic", "exp-business-analyst", "degree-mba-tech",
                "learn-webinars", "portfolio-case-studies", "degree-bsc-cs", "net-pdma", "course-business-case");
        assertThat(find(plan, "exp-lead-project").start()).isEqualTo(MONDAY);
        assertThat(find(plan, "course-business-case").status()).isEqualTo(ItemStatus.SKIPPED);
        assertThat(find(plan, "course-business-case").due()).isEqualTo(MONDAY);
        assertThat(find(plan, "net-pdma").status()).isEqualTo(ItemStatus.DONE);
        assertThat(plan.count(ItemStatus.TODO)).isEqualTo(6);
    }

    @Test
    void statusesSurviveARebuildAfterReRating() {
        Map<String, ItemStatus> statuses = Map.of(
                "course-product-fundamentals", ItemStatus.DONE,
                "cert-pragmatic", ItemStatus.IN_PROGRESS,
                "exp-business-analyst", ItemStatus.SKIPPED,
                "learn-webinars", ItemStatus.IN_PROGRESS);
        Plan first = build(DEVELOPER, statuses);
        Map<String, ItemStatus> saved = new HashMap<>();
        first.items().forEach(i -> saved.put(i.item().id(), i.status()));

        // Re-rated to target everywhere: nothing left to close, yet every marked item stays.
        Plan rebuilt = build(Fixtures.atTarget(), saved);

        statuses.forEach((id, status) -> assertThat(find(rebuilt, id).status()).isEqualTo(status));
        assertThat(ids(rebuilt)).containsExactly("cert-pragmatic", "net-pdma", "learn-webinars",
                "portfolio-case-studies", "course-product-fundamentals", "exp-business-analyst");
        // work in progress still takes time: 40 h at 10 h a week
        assertThat(rebuilt.readyBy()).isEqualTo(MONDAY.plusDays(28));
    }

    @Test
    void anItemInProgressIsNotPlannedTwice() {
        // pragmatic in progress already takes strategy to 4, so the cspo (strategy 3) is not needed
        Plan plan = build(DEVELOPER, Map.of("cert-pragmatic", ItemStatus.IN_PROGRESS));

        assertThat(ids(plan)).doesNotContain("cert-cspo", "degree-mba-tech");
        assertThat(plan.items().get(0).item().id()).isEqualTo("cert-pragmatic");
        assertThat(plan.items().get(0).why()).containsExactly(
                new Improvement("strategy", 1, 4), new Improvement("market", 1, 3));
    }

    @Test
    void statusesForItemsTheCatalogDoesNotKnowAreIgnored() {
        Plan plan = build(DEVELOPER, Map.of("no-such-item", ItemStatus.DONE));

        assertThat(ids(plan)).doesNotContain("no-such-item").isEqualTo(ids(build(DEVELOPER)));
    }

    @Test
    void aStatusSavedUnderARenamedItemCarriesForward() {
        LearningItem renamed = new LearningItem("course-business-case-v2", "Business case", ItemType.COURSE, "",
                List.of(at("finance", 3)), 24, org.skillgap.model.CostBand.LOW, List.of(), List.of(), "", false, "",
                List.of("course-business-case-old"));
        Catalog catalog = new Catalog("t", CATALOG.skills(), CATALOG.profiles(), CATALOG.backgrounds(),
                List.of(renamed));

        Plan plan = PlanBuilder.build(catalog, profile("software-developer", 10), DEVELOPER,
                Map.of("course-business-case-old", ItemStatus.DONE), MONDAY);

        assertThat(plan.items()).singleElement().satisfies(i -> {
            assertThat(i.item().id()).isEqualTo("course-business-case-v2");
            assertThat(i.status()).isEqualTo(ItemStatus.DONE);
        });
    }

    @Test
    void thePlanIsTheSameEveryTimeWhateverTheOrderOfTheStatuses() {
        Map<String, ItemStatus> hashed = new HashMap<>();
        hashed.put("exp-lead-project", ItemStatus.IN_PROGRESS);
        hashed.put("degree-bsc-cs", ItemStatus.DONE);
        hashed.put("cert-csm", ItemStatus.DONE);
        Map<String, ItemStatus> sorted = new TreeMap<>(hashed);
        Map<String, ItemStatus> reversed = new LinkedHashMap<>();
        ((TreeMap<String, ItemStatus>) sorted).descendingKeySet().forEach(k -> reversed.put(k, hashed.get(k)));

        Plan a = PlanBuilder.build(CATALOG, profile("customer-support", 7), SUPPORT, hashed, MONDAY);
        Plan b = PlanBuilder.build(CATALOG, profile("customer-support", 7), SUPPORT, sorted, MONDAY);
        Plan c = PlanBuilder.build(CATALOG, profile("customer-support", 7), SUPPORT, reversed, MONDAY);

        assertThat(a).isEqualTo(b).isEqualTo(c);
    }

    @Test
    void anUnknownTargetIsRejectedWithAMessageNamingIt() {
        Profile lost = new Profile("Alex", "chief-wizard", "software-developer", 10);

        assertThatThrownBy(() -> PlanBuilder.build(CATALOG, lost, DEVELOPER, Map.of(), MONDAY))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("chief-wizard");
    }

    @Test
    void weeklyHoursOutsideOneToEightyAreRejected() {
        assertThatThrownBy(() -> PlanBuilder.build(CATALOG, profile("software-developer", 0), DEVELOPER, Map.of(), MONDAY))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("0 hours");
    }

    private static Catalog tinyCatalog(List<LearningItem> items) {
        return new Catalog("t", List.of(skill("a", Category.TECHNICAL, "A")),
                List.of(new TargetProfile("t", "T", "", List.of(new SkillTarget("a", 3, 1, false)))),
                List.of(), items);
    }
}
