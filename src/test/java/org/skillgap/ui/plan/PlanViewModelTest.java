package org.skillgap.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.ItemType;
import org.skillgap.ui.SessionFixture;

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

    @Test
    void aNewPersonSeesAPlanWithAReadyByDateAndNothingDone() {
        assertThat(rows()).isNotEmpty();
        assertThat(plan.readyByProperty().get()).startsWith("Ready by ");
        assertThat(plan.progressTextProperty().get()).startsWith("0 of ");
        assertThat(headings()).first().isEqualTo("Now");
    }

    @Test
    void tickingAnItemMovesItToDoneRaisesProgressAndSuggestsReRating() {
        PlanRow first = rows().get(0);
        plan.setStatus(first.id(), ItemStatus.DONE);

        assertThat(plan.progressTextProperty().get()).startsWith("1 of ");
        assertThat(plan.progressProperty().get()).isGreaterThan(0);
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
        assertThat(fixture.store.itemStatuses()).containsEntry(first.id(), ItemStatus.DONE);
    }

    @Test
    void moreHoursPerWeekBringTheReadyByDateForward() {
        plan.hoursPerWeekProperty().set(2);
        String slow = plan.readyByProperty().get();
        plan.hoursPerWeekProperty().set(20);
        String fast = plan.readyByProperty().get();

        assertThat(fast).isNotEqualTo(slow);
        assertThat(fixture.session.plan().readyBy()).isBefore(planAt(2));
        assertThat(fixture.store.profile().orElseThrow().hoursPerWeek()).isEqualTo(20);
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
    void aHiddenPlanCatchesUpWithRatingsWhenItIsShownAgain() {
        plan.setShown(false);
        String before = plan.readyByProperty().get();
        for (var skill : fixture.catalog.skills()) {
            fixture.session.rate(skill.id(), 5);
        }
        assertThat(plan.readyByProperty().get()).as("not redone while hidden").isEqualTo(before);

        plan.setShown(true);

        assertThat(plan.readyByProperty().get()).isNotEqualTo(before);
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
}
