package org.skillgap.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.Category;
import org.skillgap.model.CostBand;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Profile;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillLevel;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

/** Random catalogs (prerequisites may even form cycles), ratings and checklist statuses. */
class PlanBuilderPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);
    private static final int SKILLS = 5;

    record Case(Catalog catalog, Assessment assessment, Map<String, ItemStatus> statuses, int hoursPerWeek) {
        Plan plan() {
            return PlanBuilder.build(catalog, new Profile("", "t", "", hoursPerWeek), assessment, statuses, TODAY);
        }
    }

    record ItemDraw(ItemType type, List<SkillLevel> raises, int hours, boolean recurring, List<Integer> prereqItems,
                    List<SkillLevel> prereqSkills, ItemStatus status) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<SkillLevel> skillLevel = Combinators.combine(
                Arbitraries.integers().between(0, SKILLS - 1), Arbitraries.integers().between(0, 5))
                .as((s, l) -> new SkillLevel("s" + s, l));
        // Every item type, so both scheduling tracks (study; experience and degrees) are drawn.
        Arbitrary<ItemDraw> item = Combinators.combine(
                Arbitraries.of(ItemType.class),
                skillLevel.list().ofMinSize(0).ofMaxSize(3),
                Arbitraries.integers().between(0, 600),
                Arbitraries.integers().between(0, 9).map(n -> n == 0),
                Arbitraries.integers().between(0, 11).list().ofMaxSize(2),
                skillLevel.list().ofMaxSize(1),
                Arbitraries.of(ItemStatus.TODO, ItemStatus.TODO, ItemStatus.TODO, ItemStatus.TODO,
                        ItemStatus.DONE, ItemStatus.IN_PROGRESS, ItemStatus.SKIPPED)).as(ItemDraw::new);
        Arbitrary<List<SkillTarget>> targets = Combinators.combine(
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 3), Arbitraries.of(true, false))
                .as((level, weight, must) -> new SkillTarget("", level, weight, must))
                .list().ofSize(SKILLS);
        Arbitrary<List<Integer>> ratings = Arbitraries.integers().between(-1, 5).list().ofSize(SKILLS);
        return Combinators.combine(targets, ratings, item.list().ofMaxSize(12), Arbitraries.integers().between(1, 80))
                .as(PlanBuilderPropertiesTest::toCase);
    }

    static Case toCase(List<SkillTarget> drawnTargets, List<Integer> drawnRatings, List<ItemDraw> drawnItems, int hours) {
        List<Skill> skills = new ArrayList<>();
        List<SkillTarget> targets = new ArrayList<>();
        Map<String, Integer> ratings = new HashMap<>();
        Category[] categories = Category.values();
        for (int s = 0; s < SKILLS; s++) {
            skills.add(Fixtures.skill("s" + s, categories[s % categories.length], "S" + s));
            SkillTarget t = drawnTargets.get(s);
            targets.add(new SkillTarget("s" + s, t.level(), t.weight(), t.mustHave()));
            if (drawnRatings.get(s) >= 0) {
                ratings.put("s" + s, drawnRatings.get(s));
            }
        }
        List<LearningItem> items = new ArrayList<>();
        Map<String, ItemStatus> statuses = new HashMap<>();
        for (int i = 0; i < drawnItems.size(); i++) {
            ItemDraw d = drawnItems.get(i);
            List<String> prereqs = d.prereqItems().stream().filter(p -> p < drawnItems.size()).map(p -> "i" + p)
                    .distinct().toList();
            items.add(new LearningItem("i" + i, "Item " + i, d.type(), "",
                    d.raises(), d.hours(), CostBand.LOW, prereqs, d.prereqSkills(), "", d.recurring(), "", List.of()));
            if (d.status() != ItemStatus.TODO) {
                statuses.put("i" + i, d.status());
            }
        }
        Catalog catalog = new Catalog("p", skills, List.of(new TargetProfile("t", "T", "", targets)), List.of(), items);
        return new Case(catalog, new Assessment(ratings), statuses, hours);
    }

    @Property
    void everyItemClosesAGapIsRecurringOrWasMarkedByThePerson(@ForAll("cases") Case c) {
        Plan plan = c.plan();

        assertThat(plan.items()).allSatisfy(i ->
                assertThat(i.item().recurring() || i.status() != ItemStatus.TODO || !i.why().isEmpty())
                        .as("%s is there for a reason", i.item().id()).isTrue());
        assertThat(plan.items()).extracting(i -> i.item().id()).doesNotHaveDuplicates();
    }

    @Property
    void noMarkedItemAndNoRecurringPracticeIsEverDropped(@ForAll("cases") Case c) {
        Plan plan = c.plan();
        Map<String, ItemStatus> inPlan = new HashMap<>();
        plan.items().forEach(i -> inPlan.put(i.item().id(), i.status()));

        assertThat(inPlan).containsAllEntriesOf(c.statuses());
        c.catalog().items().stream().filter(LearningItem::recurring)
                .forEach(i -> assertThat(inPlan).containsKey(i.id()));
    }

    /**
     * The ratings plus what the ongoing practices raise (they are in every plan from today) and
     * what done items raise (counted as reached until the person re-rates).
     */
    private static Map<String, Integer> startingLevels(Case c) {
        Map<String, Integer> levels = new HashMap<>(c.assessment().ratings());
        c.catalog().items().stream()
                .filter(i -> {
                    ItemStatus status = c.statuses().getOrDefault(i.id(), ItemStatus.TODO);
                    return status == ItemStatus.DONE || i.recurring() && status != ItemStatus.SKIPPED;
                })
                .forEach(i -> i.raises().forEach(r -> levels.merge(r.skillId(), r.level(), Math::max)));
        return levels;
    }

    @Property
    void prerequisitesComeFirstAreDoneOrAreAlreadyMastered(@ForAll("cases") Case c) {
        Plan plan = c.plan();
        Map<String, Integer> levels = startingLevels(c);
        List<String> before = new ArrayList<>();
        for (PlanItem p : plan.items()) {
            LearningItem item = p.item();
            if (p.status() == ItemStatus.TODO && !item.recurring()) {
                for (String pre : item.prerequisiteItems()) {
                    LearningItem prerequisite = c.catalog().item(pre).orElseThrow();
                    boolean mastered = prerequisite.raises().stream()
                            .allMatch(r -> levels.getOrDefault(r.skillId(), 0) >= r.level());
                    assertThat(before.contains(pre) || prerequisite.recurring()
                            || c.statuses().get(pre) == ItemStatus.DONE || mastered)
                            .as("prerequisite %s of %s", pre, item.id()).isTrue();
                }
                for (SkillLevel needed : item.prerequisiteSkills()) {
                    assertThat(levels.getOrDefault(needed.skillId(), 0))
                            .as("level of %s before %s", needed.skillId(), item.id())
                            .isGreaterThanOrEqualTo(needed.level());
                }
            }
            if (!item.recurring() && !p.status().isClosed()) {
                // open work moves the levels as it comes; done items count from the start
                item.raises().forEach(r -> levels.merge(r.skillId(), r.level(), Math::max));
                before.add(item.id());
            }
        }
    }

    @Property
    void thePlanStopsOnlyWhenNoLeftOutItemCouldCloseAnyRemainingGap(@ForAll("cases") Case c) {
        Plan plan = c.plan();
        Map<String, Integer> levels = startingLevels(c);
        List<String> inPlan = plan.items().stream().map(p -> p.item().id()).toList();
        plan.items().stream().filter(p -> !p.item().recurring() && !p.status().isClosed())
                .forEach(p -> p.item().raises().forEach(r -> levels.merge(r.skillId(), r.level(), Math::max)));
        TargetProfile target = c.catalog().profiles().get(0);

        for (LearningItem left : c.catalog().items()) {
            if (inPlan.contains(left.id())) {
                continue;
            }
            boolean closesSomething = left.raises().stream().anyMatch(r ->
                    Math.min(r.level(), target.targetFor(r.skillId()).orElseThrow().level())
                            > levels.getOrDefault(r.skillId(), 0));
            boolean canStart = left.prerequisiteSkills().stream()
                    .allMatch(n -> levels.getOrDefault(n.skillId(), 0) >= n.level())
                    && left.prerequisiteItems().stream().allMatch(pre -> {
                        LearningItem p = c.catalog().item(pre).orElseThrow();
                        ItemStatus status = c.statuses().getOrDefault(pre, ItemStatus.TODO);
                        return p.recurring() || status == ItemStatus.DONE
                                || (inPlan.contains(pre) && status != ItemStatus.SKIPPED)
                                || p.raises().stream().allMatch(r -> levels.getOrDefault(r.skillId(), 0) >= r.level());
                    });
            assertThat(closesSomething && canStart).as("%s was left out though it could still close a gap", left.id())
                    .isFalse();
        }
    }

    @Property
    void generatedCatalogsHoldBothTracks(@ForAll("cases") Case c) {
        // not a property of the plan: a guard that the generator keeps drawing both tracks
        Statistics.label("tracks").collect(c.catalog().items().stream().map(PlanTrack::of).distinct().sorted().toList());
        Statistics.label("tracks").coverage(coverage -> {
            coverage.check(List.of(PlanTrack.STUDY, PlanTrack.LONG_FORM)).percentage(p -> p > 20);
        });
        assertThat(c.catalog().items()).allSatisfy(i -> assertThat(PlanTrack.of(i) == PlanTrack.LONG_FORM)
                .isEqualTo(i.type() == ItemType.EXPERIENCE || i.type() == ItemType.DEGREE));
    }

    /**
     * Open items run on two tracks from today: on each, an item starts when the one before it on
     * the same track is due, or later when a prerequisite on either track is due later; it takes
     * its effort at the track's hours a week. The ready date is the last due date of either.
     */
    @Property
    void openItemsFollowEachOtherOnTheirTrackAfterTheirPrerequisitesAndSetTheReadyDate(@ForAll("cases") Case c) {
        Plan plan = c.plan();
        Map<PlanTrack, LocalDate> free = new HashMap<>(Map.of(PlanTrack.STUDY, TODAY, PlanTrack.LONG_FORM, TODAY));
        Map<String, LocalDate> due = new HashMap<>();
        LocalDate last = TODAY;
        for (PlanItem p : plan.items()) {
            if (p.item().recurring() || p.status().isClosed()) {
                assertThat(p.start()).isEqualTo(TODAY);
                assertThat(p.due()).isAfterOrEqualTo(TODAY);
                continue;
            }
            PlanTrack track = PlanTrack.of(p.item());
            LocalDate expectedStart = free.get(track);
            for (String pre : p.item().prerequisiteItems()) {
                LocalDate preDue = due.get(pre);
                if (preDue != null && preDue.isAfter(expectedStart)) {
                    expectedStart = preDue;
                }
            }
            assertThat(p.start()).as("start of %s (%s)", p.item().id(), track).isEqualTo(expectedStart);
            long hours = Math.max(0, p.item().effortHours());
            int perWeek = track.hoursPerWeek(c.hoursPerWeek());
            assertThat(ChronoUnit.DAYS.between(p.start(), p.due())).as("days of %s", p.item().id())
                    .isEqualTo(Math.max(1, (hours * 7 + perWeek - 1) / perWeek));
            free.put(track, p.due());
            due.put(p.item().id(), p.due());
            last = p.due().isAfter(last) ? p.due() : last;
        }
        assertThat(plan.readyBy()).isEqualTo(last);
        assertThat(plan.trackEnd(PlanTrack.STUDY).orElse(TODAY)).isBeforeOrEqualTo(plan.readyBy());
        assertThat(plan.trackEnd(PlanTrack.LONG_FORM).orElse(TODAY)).isBeforeOrEqualTo(plan.readyBy());
    }

    @Property
    void anEarliestStartMovesOnlyDatesNeverBeforeItAndNeverTheOrder(@ForAll("cases") Case c,
                                                                   @ForAll("delays") List<Integer> delays) {
        PlanCalendar.EarliestStart earliest = item -> {
            int k = Integer.parseInt(item.id().substring(1));
            return k < delays.size() && delays.get(k) > 0 ? Optional.of(TODAY.plusDays(delays.get(k))) : Optional.empty();
        };
        Plan free = c.plan();
        Plan held = PlanBuilder.build(c.catalog(), new Profile("", "t", "", c.hoursPerWeek()), c.assessment(),
                c.statuses(), TODAY, earliest);

        assertThat(held.items()).extracting(p -> p.item().id()).isEqualTo(free.items().stream().map(p -> p.item().id()).toList());
        for (int k = 0; k < held.items().size(); k++) {
            PlanItem h = held.items().get(k);
            PlanItem f = free.items().get(k);
            assertThat(h.why()).isEqualTo(f.why());
            if (h.isOpenWork()) {
                assertThat(h.start()).isAfterOrEqualTo(f.start());
                earliest.of(h.item()).ifPresent(d -> assertThat(h.start()).isAfterOrEqualTo(d));
            } else {
                assertThat(h).isEqualTo(f);
            }
        }
        assertThat(held.readyBy()).isAfterOrEqualTo(free.readyBy());
    }

    @Provide
    Arbitrary<List<Integer>> delays() {
        return Arbitraries.integers().between(-5, 400).list().ofMaxSize(12);
    }

    @Property
    void inProgressThenToDoThenPracticesThenDoneThenSkipped(@ForAll("cases") Case c) {
        List<Integer> ranks = c.plan().items().stream().map(p -> switch (p.status()) {
            case DONE -> 3;
            case SKIPPED -> 4;
            case IN_PROGRESS, TODO -> p.item().recurring() ? 2 : p.status() == ItemStatus.IN_PROGRESS ? 0 : 1;
        }).toList();

        assertThat(ranks).isSorted();
    }

    @Property
    void theSameInputGivesTheSamePlan(@ForAll("cases") Case c) {
        assertThat(c.plan()).isEqualTo(c.plan());
    }

    @Property
    void morehoursPerWeekNeverMoveTheReadyDateLater(@ForAll("cases") Case c, @ForAll("extraHours") int extra) {
        Case faster = new Case(c.catalog(), c.assessment(), c.statuses(), Math.min(80, c.hoursPerWeek() + extra));

        assertThat(faster.plan().readyBy()).isBeforeOrEqualTo(c.plan().readyBy());
    }

    @Provide
    Arbitrary<Integer> extraHours() {
        return Arbitraries.integers().between(1, 40);
    }
}
