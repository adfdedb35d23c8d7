package org.skillgap.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillgap.gap.Fixtures.CATALOG;
import static org.skillgap.gap.Fixtures.DEVELOPER;
import static org.skillgap.gap.Fixtures.at;
import static org.skillgap.gap.Fixtures.item;
import static org.skillgap.gap.Fixtures.profile;
import static org.skillgap.gap.Fixtures.withPrerequisites;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.skillgap.gap.PlanCalendar.Slot;
import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;

class PlanCalendarTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);

    private static LearningItem course(String id, int hours) {
        return item(id, ItemType.COURSE, hours, List.of(at("a", 1)));
    }

    private static LearningItem of(String id, ItemType type, int hours) {
        return item(id, type, hours, List.of(at("a", 1)));
    }

    @Test
    void studyStepsFollowEachOtherAtTheWeeklyHours() {
        PlanCalendar calendar = new PlanCalendar(MONDAY, 10);

        // 20 h at 10 h a week = 14 days; 24 h = 16.8 days, rounded up to 17
        Slot first = calendar.place(course("c1", 20));
        Slot second = calendar.place(of("cert", ItemType.CERTIFICATION, 24));

        assertThat(first).isEqualTo(new Slot(MONDAY, MONDAY.plusDays(14)));
        assertThat(second).isEqualTo(new Slot(MONDAY.plusDays(14), MONDAY.plusDays(31)));
        assertThat(calendar.readyBy()).isEqualTo(MONDAY.plusDays(31));
    }

    @Test
    void experienceAndDegreesRunOnTheirOwnTrackAtTwentyHoursAWeek() {
        PlanCalendar calendar = new PlanCalendar(MONDAY, 5);

        Slot study = calendar.place(course("c1", 10));                         // 14 days at 5 h
        Slot role = calendar.place(of("role", ItemType.EXPERIENCE, 100));       // 35 days at 20 h
        Slot degree = calendar.place(of("degree", ItemType.DEGREE, 40));        // 14 days, after the role
        Slot nextStudy = calendar.place(of("portfolio", ItemType.PORTFOLIO, 5)); // 7 days, after c1

        assertThat(role.start()).as("does not wait for the study track").isEqualTo(MONDAY);
        assertThat(role.due()).isEqualTo(MONDAY.plusDays(35));
        assertThat(degree).isEqualTo(new Slot(MONDAY.plusDays(35), MONDAY.plusDays(49)));
        assertThat(nextStudy).isEqualTo(new Slot(study.due(), study.due().plusDays(7)));
        assertThat(calendar.readyBy()).isEqualTo(degree.due());
    }

    @Test
    void aStepWaitsForItsPrerequisiteOnTheOtherTrack() {
        PlanCalendar calendar = new PlanCalendar(MONDAY, 10);
        Slot role = calendar.place(of("role", ItemType.EXPERIENCE, 200));       // 70 days
        Slot after = calendar.place(withPrerequisites(course("c1", 10), List.of("role"), List.of()));

        assertThat(after.start()).isEqualTo(role.due());
        assertThat(after.due()).isEqualTo(role.due().plusDays(7));
    }

    @Test
    void aPrerequisiteNotOnTheCalendarHoldsNothingBack() {
        // done, skipped or a practice: it is not placed, so it sets no date
        PlanCalendar calendar = new PlanCalendar(MONDAY, 10);

        Slot slot = calendar.place(withPrerequisites(course("c1", 10), List.of("done-earlier"), List.of()));

        assertThat(slot.start()).isEqualTo(MONDAY);
    }

    @Test
    void aStepOfNoEffortStillTakesOneDay() {
        PlanCalendar calendar = new PlanCalendar(MONDAY, 80);

        assertThat(calendar.place(course("c0", 0))).isEqualTo(new Slot(MONDAY, MONDAY.plusDays(1)));
        assertThat(calendar.place(course("c1", 1)).due()).isEqualTo(MONDAY.plusDays(2));
    }

    @Test
    void nothingPlacedIsReadyToday() {
        assertThat(new PlanCalendar(MONDAY, 10).readyBy()).isEqualTo(MONDAY);
    }

    @Test
    void anEarliestStartHoldsAStepBackAndItsTrackWaitsWithIt() {
        LocalDate eligible = MONDAY.plusMonths(6);
        PlanCalendar calendar = new PlanCalendar(MONDAY, 10,
                item -> item.id().equals("cert") ? Optional.of(eligible) : Optional.empty());

        Slot cert = calendar.place(of("cert", ItemType.CERTIFICATION, 10));
        Slot next = calendar.place(course("c1", 10));
        Slot role = calendar.place(of("role", ItemType.EXPERIENCE, 20));

        assertThat(cert).isEqualTo(new Slot(eligible, eligible.plusDays(7)));
        assertThat(next.start()).as("the study track keeps the plan's order").isEqualTo(cert.due());
        assertThat(role.start()).as("the other track is not held back").isEqualTo(MONDAY);
        assertThat(calendar.readyBy()).isEqualTo(next.due());
    }

    @Test
    void anEarliestStartBeforeTheTrackIsFreeChangesNothing() {
        PlanCalendar held = new PlanCalendar(MONDAY, 10, item -> Optional.of(MONDAY.minusDays(30)));
        PlanCalendar free = new PlanCalendar(MONDAY, 10);

        for (LearningItem step : List.of(course("c1", 20), of("role", ItemType.EXPERIENCE, 40), course("c2", 5))) {
            assertThat(held.place(step)).isEqualTo(free.place(step));
        }
    }

    @Test
    void lessThanOneHourAWeekIsRefused() {
        assertThatThrownBy(() -> new PlanCalendar(MONDAY, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePlanBuilderDatesAStepNoEarlierThanItsEarliestStartAndByDefaultHoldsNothingBack() {
        // The developer's plan opens with product-fundamentals, then pragmatic (its prerequisite).
        LocalDate eligible = MONDAY.plusMonths(3);
        PlanCalendar.EarliestStart fundamentalsLater = item -> item.id().equals("course-product-fundamentals")
                ? Optional.of(eligible) : Optional.empty();

        Plan plain = PlanBuilder.build(CATALOG, profile("software-developer", 10), DEVELOPER, Map.of(), MONDAY);
        Plan none = PlanBuilder.build(CATALOG, profile("software-developer", 10), DEVELOPER, Map.of(), MONDAY,
                PlanCalendar.EarliestStart.NONE);
        Plan held = PlanBuilder.build(CATALOG, profile("software-developer", 10), DEVELOPER, Map.of(), MONDAY,
                fundamentalsLater);

        assertThat(none).isEqualTo(plain);
        assertThat(Fixtures.ids(held)).as("the order is the greedy choice's, dates aside")
                .isEqualTo(Fixtures.ids(plain));
        PlanItem fundamentals = held.items().get(0);
        assertThat(fundamentals.item().id()).isEqualTo("course-product-fundamentals");
        assertThat(fundamentals.start()).isEqualTo(eligible);
        assertThat(held.items().get(1).start()).as("its dependant waits for it").isEqualTo(fundamentals.due());
        assertThat(held.readyBy()).isAfterOrEqualTo(plain.readyBy());
    }

    @Test
    void aCertificationAskingForTwoYearsOfExperienceStartsTwoYearsAfterThatExperienceStarts() {
        LearningItem role = of("po-role", ItemType.EXPERIENCE, 200);
        LearningItem base = withPrerequisites(of("csp-po", ItemType.CERTIFICATION, 16), List.of("po-role"), List.of());
        LearningItem cert = new LearningItem(base.id(), base.title(), base.type(), base.provider(), base.raises(),
                base.effortHours(), base.cost(), base.prerequisiteItems(), base.prerequisiteSkills(), "", false,
                base.reason(), List.of(), "", org.skillgap.model.Scope.TEAM, List.of(), "", true, List.of(),
                org.skillgap.model.Renewal.UNKNOWN, new org.skillgap.model.Eligibility(24, 0, List.of("po-role")));
        PlanCalendar calendar = new PlanCalendar(MONDAY, 6);

        Slot experience = calendar.place(role);
        Slot certification = calendar.place(cert);

        assertThat(experience.due()).as("the role step itself is short").isBefore(MONDAY.plusMonths(3));
        assertThat(certification.start()).isEqualTo(MONDAY.plusMonths(24));
    }

    @Test
    void experienceAlreadyDoneLetsTheCertificationStartAtOnce() {
        LearningItem base = of("csp-po", ItemType.CERTIFICATION, 16);
        LearningItem cert = new LearningItem(base.id(), base.title(), base.type(), base.provider(), base.raises(),
                base.effortHours(), base.cost(), List.of("po-role"), base.prerequisiteSkills(), "", false,
                base.reason(), List.of(), "", org.skillgap.model.Scope.TEAM, List.of(), "", true, List.of(),
                org.skillgap.model.Renewal.UNKNOWN, new org.skillgap.model.Eligibility(24, 0, List.of("po-role")));

        Slot certification = new PlanCalendar(MONDAY, 6).place(cert);

        assertThat(certification.start()).isEqualTo(MONDAY);
    }

    /** A certification raising skill "a" that asks for {@code hours} of training first, as PMI-ACP asks for 28. */
    private static LearningItem certNeedingTraining(int hours) {
        LearningItem base = of("pmi-acp", ItemType.CERTIFICATION, 14);
        return new LearningItem(base.id(), base.title(), base.type(), base.provider(), base.raises(),
                base.effortHours(), base.cost(), List.of(), base.prerequisiteSkills(), "", false,
                base.reason(), List.of(), "", org.skillgap.model.Scope.TEAM, List.of(), "", true, List.of(),
                org.skillgap.model.Renewal.UNKNOWN, new org.skillgap.model.Eligibility(0, hours, List.of()));
    }

    @Test
    void aCertificationAskingForTrainingWaitsForTheTrainingNoCourseBeforeItGives() {
        PlanCalendar calendar = new PlanCalendar(MONDAY, 7);

        Slot course = calendar.place(course("agile-course", 14));
        Slot certification = calendar.place(certNeedingTraining(28));

        // 14 of the 28 hours come from the course (2 weeks at 7 h); the other 14 take 2 weeks more
        assertThat(certification.start()).isEqualTo(course.due().plusWeeks(2));
    }

    @Test
    void withNoTrainingInThePlanTheCertificationStartsAfterTheWholeTraining() {
        Slot certification = new PlanCalendar(MONDAY, 7).place(certNeedingTraining(28));

        assertThat(certification.start()).isEqualTo(MONDAY.plusWeeks(4));
    }

    @Test
    void aCourseDoneAlreadyCountsAsTheTraining() {
        PlanCalendar calendar = new PlanCalendar(MONDAY, 7);
        calendar.countDone(course("agile-course", 30));

        assertThat(calendar.place(certNeedingTraining(28)).start()).isEqualTo(MONDAY);
    }

    @Test
    void aCourseOnAnotherSubjectIsNotTheTraining() {
        PlanCalendar calendar = new PlanCalendar(MONDAY, 7);
        calendar.countDone(item("sql-course", ItemType.COURSE, 30, List.of(at("b", 1))));

        assertThat(calendar.place(certNeedingTraining(28)).start()).isEqualTo(MONDAY.plusWeeks(4));
    }
}
