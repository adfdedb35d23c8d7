package org.skillgap.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skillgap.model.Assessment;
import org.skillgap.model.Background;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.ItemType;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.TargetProfile;

/**
 * Turns the gaps into an ordered, dated plan of learning items.
 *
 * <p>Order of the plan, the one order the window, the command line and the PDF show: items in
 * progress, the open items the greedy choice picked, the recurring practices still going, then
 * the closed items at the bottom, done before skipped. Within every group but the greedy one the
 * catalog order is kept.
 *
 * <p>A done item counts for planning as if its levels were reached, until the person re-rates:
 * the ratings do not change when a step is ticked, but the plan must not then recommend a
 * beginner course for a skill the step just covered. Its {@code why} says which levels are so
 * counted (empty once the ratings reach them). Readiness still follows the ratings alone.
 *
 * <p>The greedy choice repeatedly takes the item that closes the most remaining weighted gap per
 * hour of effort, items that close a must-have blocker first; ties go to the item that builds on
 * more of the background's strengths, then to catalog order ({@link GreedySelection}, over the
 * catalog as {@link PlanIndex} resolves it).
 *
 * <p>An item can start once its prerequisite skills are reached (by the ratings plus the items
 * before it) and each prerequisite item is done, in progress, a recurring practice, placed
 * earlier, or already mastered: every level it raises to is already reached. The last case keeps a
 * course the person has outgrown from blocking the next step, without planning the course.
 *
 * <p>Dates ({@link PlanCalendar}): open items (in progress, then to do) run on one of two tracks
 * from today. Courses, certifications and the like follow each other in the person's study time,
 * each taking effortHours / hoursPerWeek weeks rounded up to whole days, at least one day.
 * Experience (a role, a project at work) and degrees are not squeezed into evening study: they
 * follow each other on a second track at {@link #LONG_FORM_HOURS_PER_WEEK} hours a week, alongside
 * the study track. No item starts before its prerequisite items are due, nor before the earliest
 * start the caller gives it (none by default). An item in progress is counted in full. Done and
 * skipped items start and end today. Recurring practices start today and run
 * {@link #RECURRING_WEEKS} weeks, and do not move the ready date, which is the last due date of
 * the open items.
 */
public final class PlanBuilder {

    /** A recurring practice is planned over this many weeks from today, then it simply goes on. */
    public static final int RECURRING_WEEKS = 12;

    /**
     * Hours a week that experience and degrees take: a new responsibility at work, or a part-time
     * degree, runs at about half a working week, whatever the person's evening study time.
     */
    public static final int LONG_FORM_HOURS_PER_WEEK = 20;

    private PlanBuilder() {
    }

    public static Plan build(Catalog catalog, Profile profile, Assessment assessment,
                             Map<String, ItemStatus> statuses, LocalDate today) {
        return build(catalog, profile, assessment, statuses, today, PlanCalendar.EarliestStart.NONE);
    }

    /**
     * The plan of a person who holds certifications ({@code held}: earned date by item id). A
     * held certification counts as done, whatever its checklist status, its levels counted as
     * reached like a done step's; its renewal is in {@link Plan#renewals()}. Ids the catalog does
     * not have as certifications are left out.
     */
    public static Plan build(Catalog catalog, Profile profile, Assessment assessment,
                             Map<String, ItemStatus> statuses, Map<String, LocalDate> held, LocalDate today) {
        return build(catalog, targetOf(catalog, profile), profile, assessment, statuses, held, today);
    }

    /** The same towards {@code target} instead of the profile's own (a job posting's). */
    public static Plan build(Catalog catalog, TargetProfile target, Profile profile, Assessment assessment,
                             Map<String, ItemStatus> statuses, Map<String, LocalDate> held, LocalDate today) {
        List<HeldCertification> certifications = heldIn(catalog, held);
        Map<String, ItemStatus> withHeld = new HashMap<>(statuses);
        certifications.forEach(h -> withHeld.put(h.item().id(), ItemStatus.DONE));
        Plan plan = build(catalog, target, profile, assessment, withHeld, today, PlanCalendar.EarliestStart.NONE);
        return new Plan(plan.items(), plan.readyBy(), certifications);
    }

    /** The held certifications the catalog knows, in catalog order. */
    public static List<HeldCertification> heldIn(Catalog catalog, Map<String, LocalDate> held) {
        return catalog.items().stream()
                .filter(item -> item.type() == ItemType.CERTIFICATION && held.containsKey(item.id()))
                .map(item -> new HeldCertification(item, held.get(item.id())))
                .toList();
    }

    /** The plan, with no open item dated before {@code earliestStart} allows. */
    public static Plan build(Catalog catalog, Profile profile, Assessment assessment,
                             Map<String, ItemStatus> statuses, LocalDate today,
                             PlanCalendar.EarliestStart earliestStart) {
        return build(catalog, targetOf(catalog, profile), profile, assessment, statuses, today, earliestStart);
    }

    private static TargetProfile targetOf(Catalog catalog, Profile profile) {
        return catalog.profile(profile.targetId()).orElseThrow(() ->
                new BadInputException(Messages.get("gap.plan.unknownTarget", String.valueOf(profile.targetId()))));
    }

    /**
     * The plan towards {@code target} instead of the profile's own, e.g. a job posting's: the
     * profile still gives the background and the hours a week.
     */
    public static Plan build(Catalog catalog, TargetProfile target, Profile profile, Assessment assessment,
                             Map<String, ItemStatus> statuses, LocalDate today,
                             PlanCalendar.EarliestStart earliestStart) {
        Optional<Background> background = catalog.background(profile.backgroundId());
        PlanIndex index = new PlanIndex(catalog, target, background, assessment, statuses);
        return plan(index, new PlanCalendar(today, profile.hoursPerWeek(), earliestStart), today);
    }

    private static Plan plan(PlanIndex index, PlanCalendar calendar, LocalDate today) {
        GreedySelection selection = new GreedySelection(index);
        List<PlanItem> done = new ArrayList<>();
        List<PlanItem> skipped = new ArrayList<>();
        List<PlanItem> recurring = new ArrayList<>();
        List<GreedySelection.Pick> open = new ArrayList<>();
        List<Integer> toDo = new ArrayList<>();

        for (int i = 0; i < index.items.size(); i++) {
            PlanIndex.Item item = index.items.get(i);
            boolean isRecurring = item.item().recurring();
            if (item.status() == ItemStatus.DONE) {
                // Counted as reached until the person re-rates (see the class comment).
                done.add(isRecurring ? recurringItem(item, selection.whyFromRatings(i), today)
                        : closedItem(item, selection.whyFromRatings(i), today));
                selection.countAsReached(i);
                calendar.countDone(item.item());
            } else if (item.status() == ItemStatus.SKIPPED) {
                skipped.add(isRecurring ? recurringItem(item, selection.whyFromRatings(i), today)
                        : closedItem(item, selection.whyFromRatings(i), today));
            } else if (isRecurring) {
                // The ongoing practices are always in the plan, from today: what they raise
                // needs no other step (no 3,600-hour role for one level of adaptability).
                recurring.add(recurringItem(item, selection.whyFromRatings(i), today));
                selection.countAsReached(i);
            } else if (item.status() == ItemStatus.IN_PROGRESS) {
                // Work already under way counts first, so the greedy choice does not plan it twice.
                // Its why is what it raises above the ratings, so the row keeps saying it
                // even when a done step or a practice covers the same skill.
                open.add(new GreedySelection.Pick(i, selection.whyFromRatings(i)));
                selection.countAsReached(i);
            } else {
                toDo.add(i);
            }
        }
        open.addAll(selection.pick(toDo));

        List<PlanItem> result = new ArrayList<>();
        for (GreedySelection.Pick pick : open) {
            PlanIndex.Item item = index.items.get(pick.item());
            PlanCalendar.Slot slot = calendar.place(item.item());
            result.add(new PlanItem(item.item(), item.status(), pick.why(), slot.start(), slot.due()));
        }
        result.addAll(recurring);
        result.addAll(done);
        result.addAll(skipped);
        return new Plan(result, calendar.readyBy());
    }

    private static PlanItem closedItem(PlanIndex.Item item, List<Improvement> why, LocalDate today) {
        return new PlanItem(item.item(), item.status(), why, today, today);
    }

    private static PlanItem recurringItem(PlanIndex.Item item, List<Improvement> why, LocalDate today) {
        LocalDate due = item.status().isClosed() ? today : today.plusWeeks(RECURRING_WEEKS);
        return new PlanItem(item.item(), item.status(), why, today, due);
    }
}
