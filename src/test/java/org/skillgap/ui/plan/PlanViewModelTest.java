package org.skillgap.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.skillgap.EnglishLocale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.gap.HeldCertification;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.ItemType;
import org.skillgap.ui.SessionFixture;

@EnglishLocale
class PlanViewModelTest {

    @TempDir
    Path temp;

    private SessionFixture fixture;
    private PlanViewModel plan;
    private final List<String> reRated = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = SessionFixture.withProfile(temp);
        plan = new PlanViewModel(fixture.session, reRated::add);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<PlanRow> rows() {
        return plan.entries().stream().filter(e -> e instanceof PlanRow).map(e -> (PlanRow) e).toList();
    }

    private List<String> headings() {
        return plan.entries().stream().filter(e -> e instanceof PlanEntry.Heading)
                .map(e -> ((PlanEntry.Heading) e).title()).toList();
    }

    private PlanRow firstCertification() {
        return rows().stream().filter(r -> r.hold() == PlanRow.Hold.CAN_HOLD).findFirst().orElseThrow();
    }

    private PlanRow row(String id) {
        return rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void iHoldThisWithTheEarnedDateCountsTheCertificationAsDoneAndShowsItsRenewal() {
        PlanRow cert = firstCertification();
        assertThat(rows()).filteredOn(r -> r.planItem().item().type() != ItemType.CERTIFICATION)
                .allMatch(r -> r.hold() == PlanRow.Hold.NONE);
        String progressBefore = plan.header().progressText();

        plan.startHolding(cert.id());
        assertThat(row(cert.id()).hold()).isEqualTo(PlanRow.Hold.ENTERING);
        assertThat(plan.earnedProperty().get()).as("today to start with").isEqualTo(LocalDate.of(2026, 11, 30));
        plan.earnedProperty().set(LocalDate.of(2025, 5, 1));
        assertThat(plan.confirmHolding()).isTrue();

        PlanRow held = row(cert.id());
        assertThat(held.hold()).isEqualTo(PlanRow.Hold.HELD);
        assertThat(held.status()).isEqualTo(ItemStatus.DONE);
        HeldCertification expected = new HeldCertification(held.planItem().item(), LocalDate.of(2025, 5, 1));
        assertThat(held.dates()).isEqualTo(expected.heldText()).startsWith("Held since May 1, 2025");
        expected.renewalText().ifPresent(renewal -> assertThat(held.why()).isEqualTo(renewal));
        assertThat(plan.header().progressText()).isNotEqualTo(progressBefore).startsWith("1 done of ");
        assertThat(fixture.stored().heldCertifications()).containsEntry(cert.id(), LocalDate.of(2025, 5, 1));
        assertThat(fixture.stored().itemStatuses()).doesNotContainKey(cert.id());

        // Ticking a held certification leaves it done: "I don't hold this" is the way back.
        plan.toggleDone(cert.id());
        assertThat(row(cert.id()).status()).isEqualTo(ItemStatus.DONE);
        plan.releaseCertification(cert.id());
        assertThat(row(cert.id()).hold()).isEqualTo(PlanRow.Hold.CAN_HOLD);
        assertThat(row(cert.id()).status()).isEqualTo(ItemStatus.TODO);
        assertThat(plan.header().progressText()).isEqualTo(progressBefore);
        assertThat(fixture.stored().heldCertifications()).isEmpty();
    }

    @Test
    void anEarnedDateInTheFutureIsRefusedWithAMessageAndNothingChanges() {
        PlanRow cert = firstCertification();
        plan.startHolding(cert.id());
        plan.earnedProperty().set(LocalDate.of(2026, 12, 1));

        assertThat(plan.confirmHolding()).isFalse();

        assertThat(plan.holdProblemProperty().get()).contains("in the future");
        assertThat(row(cert.id()).hold()).isEqualTo(PlanRow.Hold.ENTERING);
        assertThat(row(cert.id()).status()).isEqualTo(ItemStatus.TODO);
        assertThat(fixture.stored().heldCertifications()).isEmpty();

        plan.earnedProperty().set(null);
        assertThat(plan.confirmHolding()).isFalse();
        assertThat(plan.holdProblemProperty().get()).startsWith("Enter the day you earned it");

        plan.cancelHolding();
        assertThat(row(cert.id()).hold()).isEqualTo(PlanRow.Hold.CAN_HOLD);
        assertThat(plan.holdProblemProperty().get()).isEmpty();
    }

    @Test
    void aNewPersonSeesAPlanWithAReadyByDateAndNothingDone() {
        assertThat(rows()).isNotEmpty();
        assertThat(plan.header().readyBy()).startsWith("Ready by ");
        assertThat(plan.header().progressText()).startsWith("0 done of ");
        assertThat(headings()).first().isEqualTo("Now");
    }

    @Test
    void tickingAnItemMovesItToDoneRaisesProgressAndSuggestsReRating() {
        PlanRow first = rows().get(0);
        plan.setStatus(first.id(), ItemStatus.DONE);

        assertThat(plan.header().progressText()).startsWith("1 done of ");
        assertThat(plan.header().progress()).isGreaterThan(0);
        assertThat(headings()).contains("Done and skipped");
        assertThat(rows()).filteredOn(r -> r.id().equals(first.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ItemStatus.DONE));
        assertThat(plan.suggestionProperty().get()).hasValueSatisfying(s -> {
            assertThat(s.itemTitle()).isEqualTo(first.title());
            assertThat(s.skills()).isNotEmpty();
        });

        String skill = plan.suggestionProperty().get().orElseThrow().skills().get(0).id();
        plan.reRate(skill);
        assertThat(reRated).containsExactly(skill);
        assertThat(fixture.stored().itemStatuses()).containsEntry(first.id(), ItemStatus.DONE);
    }

    @Test
    void moreHoursPerWeekBringTheReadyByDateForward() {
        plan.hoursPerWeekProperty().set(2);
        String slow = plan.header().readyBy();
        plan.hoursPerWeekProperty().set(20);
        String fast = plan.header().readyBy();

        assertThat(fast).isNotEqualTo(slow);
        assertThat(fixture.session.plan().readyBy()).isBefore(planAt(2));
        assertThat(fixture.stored().profile().orElseThrow().hoursPerWeek()).isEqualTo(20);
    }

    private java.time.LocalDate planAt(int hours) {
        return org.skillgap.gap.PlanBuilder.build(fixture.catalog,
                fixture.session.profile().orElseThrow().withHoursPerWeek(hours), fixture.session.assessment(),
                fixture.session.statusesProperty().get(), java.time.LocalDate.now(SessionFixture.CLOCK)).readyBy();
    }

    @Test
    void filteringByTypeShowsOnlyThatType() {
        ItemType type = rows().get(0).planItem().item().type();
        plan.typeFilterProperty().set(type);
        assertThat(rows()).isNotEmpty().allMatch(r -> r.planItem().item().type() == type);
        plan.typeFilterProperty().set(null);
        plan.statusFilterProperty().set(ItemStatus.SKIPPED);
        assertThat(rows()).isEmpty();
        assertThat(plan.emptyTextProperty().get()).isEqualTo("No item matches these filters.");
    }

    @Test
    void aShownPlanFollowsEveryRatingInARowNotOnlyTheFirst() {
        // The session builds the plan when it is read; each change must still reach the screen.
        java.util.Set<List<String>> shownLists = new java.util.HashSet<>();
        for (var skill : fixture.catalog.skills()) {
            fixture.session.rate(skill.id(), 5);
            List<String> shown = rows().stream().map(PlanRow::id).sorted().toList();
            List<String> planned = fixture.session.plan().items().stream().map(i -> i.item().id()).sorted().toList();
            assertThat(shown).as("after rating %s", skill.id()).isEqualTo(planned);
            shownLists.add(shown);
        }
        assertThat(shownLists).as("the steps changed as the ratings rose").hasSizeGreaterThan(5);
    }

    @Test
    void aHiddenPlanCatchesUpWithRatingsWhenItIsShownAgain() {
        plan.setShown(false);
        String before = plan.header().readyBy();
        for (var skill : fixture.catalog.skills()) {
            fixture.session.rate(skill.id(), 5);
        }
        assertThat(plan.header().readyBy()).as("not redone while hidden").isEqualTo(before);

        plan.setShown(true);

        assertThat(plan.header().readyBy()).isNotEqualTo(before);
        assertThat(rows()).noneMatch(r -> !r.planItem().item().recurring() && r.status() == ItemStatus.TODO);
    }

    @Test
    void groupingByMonthHeadsGroupsWithMonthNames() {
        plan.groupingProperty().set(PlanGrouping.MONTH);
        assertThat(headings()).first().asString().matches("[A-Z][a-z]+ \\d{4}");
    }

    @Test
    void everyRowSaysWhyAndHowMuchEffort() {
        assertThat(rows()).allSatisfy(r -> {
            assertThat(r.why()).isNotBlank();
            assertThat(r.details()).contains(" h");
            assertThat(r.dates()).isNotBlank();
        });
    }

    @Test
    void skippingAStepIsNoProgress() {
        PlanRow first = rows().get(0);
        plan.setStatus(first.id(), ItemStatus.SKIPPED);

        assertThat(plan.header().progress()).isZero();
        assertThat(plan.header().progressText()).startsWith("0 done, 1 skipped of ").endsWith("(0%)");
    }

    @Test
    void tickingAStepDoneAddsNoBeginnerStepForTheSkillsItCovered() {
        // The first step raises skills from the ratings; ticking it used to plan a beginner course
        // for the same skills, because the ratings are not changed by a tick.
        PlanRow first = rows().get(0);
        java.util.Map<String, Integer> raised = new java.util.HashMap<>();
        first.planItem().why().forEach(w -> raised.put(w.skillId(), w.to()));
        int before = rows().size();

        plan.setStatus(first.id(), ItemStatus.DONE);

        assertThat(rows().size()).isLessThanOrEqualTo(before);
        assertThat(rows()).filteredOn(r -> r.planItem().isOpenWork()).allSatisfy(r ->
                assertThat(r.planItem().why()).noneMatch(w -> raised.containsKey(w.skillId())
                        && w.from() < raised.get(w.skillId())));
        PlanRow done = rows().stream().filter(r -> r.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(done.why()).startsWith("Counted as ").endsWith(" until you re-rate");
        assertThat(fixture.session.assessment().ratings()).as("the ratings are the person's to change").isEmpty();
    }

    @Test
    void aStepInProgressKeepsItsRaisesLine() {
        PlanRow first = rows().get(0);
        String why = first.why();

        plan.setStatus(first.id(), ItemStatus.IN_PROGRESS);

        PlanRow started = rows().stream().filter(r -> r.id().equals(first.id())).findFirst().orElseThrow();
        // Every improvement it promised is still there. Started, it counts from the ratings, so it
        // may also name a level an ongoing practice was covering (PlanBuilder: "Its why is what it
        // raises above the ratings").
        assertThat(why).startsWith("Raises ");
        assertThat(started.why()).startsWith("Raises ");
        assertThat(java.util.List.of(started.why().substring("Raises ".length()).split(", ")))
                .containsAll(java.util.List.of(why.substring("Raises ".length()).split(", ")));
    }

    @Test
    void theReadyByDateSaysWhichStepSetsItAndWhatEachTrackIs() {
        org.skillgap.gap.PlanItem setter = fixture.session.plan().dateSetter().orElseThrow();

        assertThat(plan.header().readyByReason()).contains(setter.item().title())
                .contains(setter.item().effortHours() + " h");
        assertThat(plan.header().readyByExplained()).contains("Study track, 6 h a week", "Experience track",
                "20 h a week", "The later of the two");
    }

    @Test
    void doneAndSkippedStepsComeLastInTheListAsInTheCommandLineAndThePdf() {
        plan.setStatus(rows().get(0).id(), ItemStatus.DONE);
        plan.setStatus(rows().get(0).id(), ItemStatus.SKIPPED);

        assertThat(headings()).last().isEqualTo("Done and skipped");
        List<String> planOrder = fixture.session.plan().items().stream().map(i -> i.item().id()).toList();
        assertThat(planOrder.subList(planOrder.size() - 2, planOrder.size()))
                .containsExactlyElementsOf(rows().subList(rows().size() - 2, rows().size()).stream().map(PlanRow::id).toList());
    }

    @Test
    void spaceTicksAndUnticksAndEnterOpensARowWithEverythingAboutTheStep() {
        PlanRow first = rows().get(0);

        plan.toggleDone(first.id());
        assertThat(fixture.stored().itemStatuses()).containsEntry(first.id(), ItemStatus.DONE);
        plan.toggleDone(first.id());
        assertThat(fixture.stored().itemStatuses()).containsEntry(first.id(), ItemStatus.TODO);

        PlanRow withRenewal = rows().stream().filter(r -> !r.planItem().item().renewal().isBlank()).findFirst()
                .orElseThrow();
        plan.toggleExpanded(withRenewal.id());
        PlanRow opened = rows().stream().filter(r -> r.id().equals(withRenewal.id())).findFirst().orElseThrow();
        assertThat(opened.expanded()).isTrue();
        assertThat(opened.fullText()).contains(withRenewal.planItem().item().renewal(), withRenewal.why(),
                withRenewal.planItem().item().type().displayName());
    }
}
