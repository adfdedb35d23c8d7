package org.skillgap.gap;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;

/**
 * Dates the open steps of a plan, in plan order, on two tracks that run side by side from today
 * ({@link PlanTrack}): courses, certifications and the like one after another in the person's
 * study hours, experience and degrees one after another at
 * {@link PlanBuilder#LONG_FORM_HOURS_PER_WEEK} hours a week.
 *
 * <p>A step starts when the one before it on its track is due, but never before its prerequisite
 * steps placed on this calendar are due, nor before its {@link EarliestStart earliest start}. A
 * step that has to wait leaves its track idle until then: the steps keep the plan's order. A
 * certification that asks for hours of training no course before it gives starts after that
 * many hours of the track's time ({@link #missingTraining}). Each
 * step takes effortHours / hoursPerWeek weeks, rounded up to whole days, at least one day.
 */
public final class PlanCalendar {

    /**
     * The first day a step may start for a reason outside the plan, such as eligibility (a
     * certification that asks for months of experience first); empty when nothing holds it back.
     */
    @FunctionalInterface
    public interface EarliestStart {

        /** No step is held back: the plan's own order and prerequisites alone set the dates. */
        EarliestStart NONE = item -> Optional.empty();

        Optional<LocalDate> of(LearningItem item);
    }

    /** When a placed step starts and is due. */
    public record Slot(LocalDate start, LocalDate due) {
    }

    private final int studyHoursPerWeek;
    private final EarliestStart earliestStart;
    private final Map<PlanTrack, LocalDate> trackFree = new EnumMap<>(PlanTrack.class);
    private final Map<String, LocalDate> dueById = new HashMap<>();
    private final Map<String, LocalDate> startById = new HashMap<>();
    /** Hours of courses done or placed so far, by the skill they raise: the training a certification may ask for. */
    private final Map<String, Integer> trainingBySkill = new HashMap<>();
    private LocalDate readyBy;

    public PlanCalendar(LocalDate today, int studyHoursPerWeek) {
        this(today, studyHoursPerWeek, EarliestStart.NONE);
    }

    public PlanCalendar(LocalDate today, int studyHoursPerWeek, EarliestStart earliestStart) {
        if (studyHoursPerWeek < 1) {
            throw new IllegalArgumentException("hours a week must be at least 1, not " + studyHoursPerWeek);
        }
        this.studyHoursPerWeek = studyHoursPerWeek;
        this.earliestStart = earliestStart;
        this.readyBy = today;
        for (PlanTrack track : PlanTrack.values()) {
            trackFree.put(track, today);
        }
    }

    /** Places the next open step of the plan on its track. */
    public Slot place(LearningItem item) {
        PlanTrack track = PlanTrack.of(item);
        LocalDate start = trackFree.get(track);
        for (String prerequisite : item.prerequisiteItems()) {
            start = later(start, dueById.get(prerequisite));
        }
        start = later(start, earliestStart.of(item).orElse(null));
        start = later(start, eligibleFrom(item));
        int missingTraining = missingTraining(item);
        if (missingTraining > 0) {
            start = start.plusDays(days(missingTraining, track.hoursPerWeek(studyHoursPerWeek)));
        }
        countTraining(item);
        LocalDate due = start.plusDays(days(item.effortHours(), track.hoursPerWeek(studyHoursPerWeek)));
        trackFree.put(track, due);
        dueById.put(item.id(), due);
        startById.put(item.id(), start);
        readyBy = later(readyBy, due);
        return new Slot(start, due);
    }

    /**
     * A certification that asks for months of experience (24 months as a Product Owner for CSP-PO)
     * cannot start before that experience, as planned here, has lasted that long, however few hours
     * the experience step itself is given. Experience already done is the person's: no wait.
     */
    private LocalDate eligibleFrom(LearningItem item) {
        LocalDate eligible = null;
        for (String experience : item.eligibility().experienceItems()) {
            LocalDate started = startById.get(experience);
            if (started != null) {
                eligible = later(item.eligibility().earliestStart(started), eligible);
            }
        }
        return eligible;
    }

    /**
     * Counts a course the person has done towards the training a later certification asks for; a
     * step placed on this calendar is counted by {@link #place} itself.
     */
    public void countDone(LearningItem item) {
        countTraining(item);
    }

    private void countTraining(LearningItem item) {
        if (item.type() == ItemType.COURSE) {
            item.raises().forEach(r -> trainingBySkill.merge(r.skillId(), Math.max(0, item.effortHours()), Integer::sum));
        }
    }

    /**
     * The hours of training a certification still asks for (PMI-ACP: 28 hours in agile practices)
     * that no course before it gives: training counts when it raises one of the skills the
     * certification raises. The calendar keeps that time free before the certification, at the
     * study pace, so that its date is one the person can be eligible by.
     */
    private int missingTraining(LearningItem item) {
        int needed = item.eligibility().trainingHours();
        if (needed <= 0) {
            return 0;
        }
        int had = item.raises().stream().mapToInt(r -> trainingBySkill.getOrDefault(r.skillId(), 0)).max().orElse(0);
        return Math.max(0, needed - had);
    }

    /** The day the last step placed so far is due; today while nothing is placed. */
    public LocalDate readyBy() {
        return readyBy;
    }

    /** Whole days a step takes at the given weekly hours, at least one. */
    static long days(int effortHours, int hoursPerWeek) {
        long hours = Math.max(0, effortHours);
        return Math.max(1, (hours * 7 + hoursPerWeek - 1) / hoursPerWeek);
    }

    private static LocalDate later(LocalDate date, LocalDate other) {
        return other != null && other.isAfter(date) ? other : date;
    }
}
