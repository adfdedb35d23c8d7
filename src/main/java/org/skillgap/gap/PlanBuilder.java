package org.skillgap.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

import org.skillgap.model.Assessment;
import org.skillgap.model.Background;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillLevel;
import org.skillgap.model.SkillTarget;
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
 * more of the background's strengths, then to catalog order. Gains only ever shrink as the
 * simulated levels rise, so a priority queue with lazy re-scoring finds the best item without
 * re-scoring every item on every pick.
 *
 * <p>An item can start once its prerequisite skills are reached (by the ratings plus the items
 * before it) and each prerequisite item is done, in progress, a recurring practice, placed
 * earlier, or already mastered: every level it raises to is already reached. The last case keeps a
 * course the person has outgrown from blocking the next step, without planning the course.
 *
 * <p>Dates: open items (in progress, then to do) run on one of two tracks from today. Courses,
 * certifications and the like follow each other in the person's study time, each taking
 * effortHours / hoursPerWeek weeks rounded up to whole days, at least one day. Experience (a role,
 * a project at work) and degrees are not squeezed into evening study: they follow each other on a
 * second track at {@link #LONG_FORM_HOURS_PER_WEEK} hours a week, alongside the study track. No item
 * starts before its prerequisite items are due. An item in progress is counted in full. Done and
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

    /** A background "brings" a skill when it typically has it at this level or higher. */
    static final int STRENGTH_LEVEL = 3;

    private PlanBuilder() {
    }

    public static Plan build(Catalog catalog, Profile profile, Assessment assessment,
                             Map<String, ItemStatus> statuses, LocalDate today) {
        TargetProfile target = catalog.profile(profile.targetId()).orElseThrow(() ->
                new BadInputException(Messages.get("gap.plan.unknownTarget", String.valueOf(profile.targetId()))));
        Optional<Background> background = catalog.background(profile.backgroundId());
        return new Planner(catalog, target, background, assessment, statuses, profile.hoursPerWeek(), today).plan();
    }

    /** One queued choice; its blocker flag and gain may be stale (only ever too high). */
    private record Candidate(int item, boolean blocker, int gain) {
    }

    /** The state of one build, with skills and items addressed by index for speed. */
    private static final class Planner {
        private final List<LearningItem> items;
        private final List<Skill> skills;
        private final LocalDate today;
        private final int hoursPerWeek;

        private final int[] target;
        private final int[] weight;
        private final boolean[] mustHave;
        private final int[] current;
        /** Levels as they would be once the items placed so far are finished (not capped at target). */
        private final int[] simulated;

        /** Per item: the skills it raises (duplicates merged to the highest level), as indexes and levels. */
        private final int[][] raiseSkill;
        private final int[][] raiseLevel;
        private final int[][] prereqItems;
        private final int[][] prereqSkill;
        private final int[][] prereqLevel;
        private final int[] affinity;
        private final ItemStatus[] status;
        /** Counts as a met prerequisite: done, in progress, recurring (starts today) or placed earlier. */
        private final boolean[] met;
        /** Already queued (or dropped for closing nothing): an item is scored at most once from a release. */
        private final boolean[] offered;

        private final Map<Integer, List<Integer>> waitingOnItem = new HashMap<>();
        private final Map<Integer, List<Integer>> waitingOnSkill = new HashMap<>();
        private final PriorityQueue<Candidate> queue = new PriorityQueue<>(this::compare);

        Planner(Catalog catalog, TargetProfile targetProfile, Optional<Background> background, Assessment assessment,
                Map<String, ItemStatus> statuses, int hoursPerWeek, LocalDate today) {
            this.items = catalog.items();
            this.skills = catalog.skills();
            this.today = today;
            this.hoursPerWeek = hoursPerWeek;

            Map<String, Integer> skillIndex = new HashMap<>();
            for (int s = 0; s < skills.size(); s++) {
                skillIndex.put(skills.get(s).id(), s);
            }
            int n = skills.size();
            target = new int[n];
            weight = new int[n];
            mustHave = new boolean[n];
            current = new int[n];
            for (SkillTarget t : targetProfile.targets()) {
                Integer s = skillIndex.get(t.skillId());
                if (s != null) {
                    target[s] = t.level();
                    weight[s] = t.weight();
                    mustHave[s] = t.mustHave();
                }
            }
            for (int s = 0; s < n; s++) {
                current[s] = Math.max(0, assessment.levelOrZero(skills.get(s).id()));
            }
            simulated = current.clone();

            boolean[] strength = new boolean[n];
            background.ifPresent(b -> b.typicalLevels().forEach(l -> {
                Integer s = skillIndex.get(l.skillId());
                if (s != null && l.level() >= STRENGTH_LEVEL) {
                    strength[s] = true;
                }
            }));

            Map<String, Integer> itemIndex = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                itemIndex.put(items.get(i).id(), i);
            }
            int m = items.size();
            raiseSkill = new int[m][];
            raiseLevel = new int[m][];
            prereqItems = new int[m][];
            prereqSkill = new int[m][];
            prereqLevel = new int[m][];
            affinity = new int[m];
            for (int i = 0; i < m; i++) {
                LearningItem item = items.get(i);
                resolveRaises(i, item.raises(), skillIndex);
                for (int s : raiseSkill[i]) {
                    affinity[i] += strength[s] ? 1 : 0;
                }
                // An unknown prerequisite can never be met; the catalog check rejects it, so it is ignored here.
                int[] pre = new int[item.prerequisiteItems().size()];
                int count = 0;
                for (String id : item.prerequisiteItems()) {
                    Integer p = itemIndex.get(id);
                    if (p != null) {
                        pre[count++] = p;
                    }
                }
                prereqItems[i] = Arrays.copyOf(pre, count);
                int[] preSkill = new int[item.prerequisiteSkills().size()];
                int[] preLevel = new int[preSkill.length];
                count = 0;
                for (SkillLevel needed : item.prerequisiteSkills()) {
                    Integer s = skillIndex.get(needed.skillId());
                    if (s != null) {
                        preSkill[count] = s;
                        preLevel[count++] = needed.level();
                    }
                }
                prereqSkill[i] = Arrays.copyOf(preSkill, count);
                prereqLevel[i] = Arrays.copyOf(preLevel, count);
            }

            status = new ItemStatus[m];
            Arrays.fill(status, ItemStatus.TODO);
            Map<String, String> renames = null;
            for (Map.Entry<String, ItemStatus> e : statuses.entrySet()) {
                if (e.getKey() == null || e.getValue() == null) {
                    continue;
                }
                Integer i = itemIndex.get(e.getKey());
                if (i == null) {
                    // A status saved under an id the catalog has since renamed carries forward,
                    // unless the new id has a status of its own.
                    if (renames == null) {
                        renames = catalog.itemRenames();
                    }
                    String now = renames.get(e.getKey());
                    if (now == null || statuses.containsKey(now)) {
                        continue;
                    }
                    i = itemIndex.get(now);
                    if (i == null) {
                        continue;
                    }
                }
                status[i] = e.getValue();
            }
            met = new boolean[m];
            offered = new boolean[m];
            for (int i = 0; i < m; i++) {
                met[i] = status[i] == ItemStatus.DONE || status[i] == ItemStatus.IN_PROGRESS || items.get(i).recurring();
            }
        }

        /** The skills an item raises, unknown skills dropped and a skill named twice kept once at its highest level. */
        private void resolveRaises(int i, List<SkillLevel> raises, Map<String, Integer> skillIndex) {
            int[] skill = new int[raises.size()];
            int[] level = new int[raises.size()];
            int count = 0;
            for (SkillLevel r : raises) {
                Integer s = skillIndex.get(r.skillId());
                if (s == null) {
                    continue;
                }
                int k = 0;
                while (k < count && skill[k] != s) {
                    k++;
                }
                if (k == count) {
                    skill[count] = s;
                    level[count++] = r.level();
                } else {
                    level[k] = Math.max(level[k], r.level());
                }
            }
            raiseSkill[i] = Arrays.copyOf(skill, count);
            raiseLevel[i] = Arrays.copyOf(level, count);
        }

        Plan plan() {
            List<PlanItem> done = new ArrayList<>();
            List<PlanItem> skipped = new ArrayList<>();
            List<PlanItem> recurring = new ArrayList<>();
            List<Integer> open = new ArrayList<>();
            List<List<Improvement>> openWhy = new ArrayList<>();

            for (int i = 0; i < items.size(); i++) {
                boolean isRecurring = items.get(i).recurring();
                if (status[i] == ItemStatus.DONE) {
                    // Counted as reached until the person re-rates (see the class comment).
                    done.add(isRecurring ? recurringItem(i) : closedItem(i));
                    applyToSimulated(i);
                } else if (status[i] == ItemStatus.SKIPPED) {
                    skipped.add(isRecurring ? recurringItem(i) : closedItem(i));
                } else if (isRecurring) {
                    // The ongoing practices are always in the plan, from today: what they raise
                    // needs no other step (no 3,600-hour role for one level of adaptability).
                    recurring.add(recurringItem(i));
                    applyToSimulated(i);
                } else if (status[i] == ItemStatus.IN_PROGRESS) {
                    // Work already under way counts first, so the greedy choice does not plan it twice.
                    // Its why is what it raises above the ratings, so the row keeps saying it
                    // even when a done step or a practice covers the same skill.
                    open.add(i);
                    openWhy.add(whyFrom(current, i));
                    applyToSimulated(i);
                }
            }
            for (int i = 0; i < items.size(); i++) {
                if (status[i] == ItemStatus.TODO && !items.get(i).recurring()) {
                    offer(i);
                }
            }
            while (!queue.isEmpty()) {
                Candidate c = queue.poll();
                Candidate fresh = score(c.item());
                if (fresh.gain() <= 0) {
                    continue; // gains never grow back: it closes nothing now, so it is left out
                }
                if (fresh.gain() != c.gain() || fresh.blocker() != c.blocker()) {
                    queue.add(fresh);
                    continue;
                }
                open.add(c.item());
                openWhy.add(place(c.item()));
            }

            List<PlanItem> result = new ArrayList<>();
            LocalDate studyCursor = today;
            LocalDate longFormCursor = today;
            LocalDate readyBy = today;
            LocalDate[] dueOf = new LocalDate[items.size()];
            for (int k = 0; k < open.size(); k++) {
                int i = open.get(k);
                boolean longForm = isLongForm(items.get(i));
                LocalDate start = longForm ? longFormCursor : studyCursor;
                for (int p : prereqItems[i]) {
                    if (dueOf[p] != null && dueOf[p].isAfter(start)) {
                        start = dueOf[p];
                    }
                }
                LocalDate due = start.plusDays(days(items.get(i).effortHours(),
                        longForm ? LONG_FORM_HOURS_PER_WEEK : hoursPerWeek));
                dueOf[i] = due;
                if (longForm) {
                    longFormCursor = due;
                } else {
                    studyCursor = due;
                }
                if (due.isAfter(readyBy)) {
                    readyBy = due;
                }
                result.add(new PlanItem(items.get(i), status[i], openWhy.get(k), start, due));
            }
            result.addAll(recurring);
            result.addAll(done);
            result.addAll(skipped);
            return new Plan(result, readyBy);
        }

        private static boolean isLongForm(LearningItem item) {
            return PlanTrack.of(item) == PlanTrack.LONG_FORM;
        }

        /** Whole days an item takes at the given weekly hours, at least one. */
        private static long days(int effortHours, int perWeek) {
            long hours = Math.max(0, effortHours);
            return Math.max(1, (hours * 7 + perWeek - 1) / perWeek);
        }

        private PlanItem closedItem(int i) {
            return new PlanItem(items.get(i), status[i], whyFrom(current, i), today, today);
        }

        private PlanItem recurringItem(int i) {
            LocalDate due = status[i].isClosed() ? today : today.plusWeeks(RECURRING_WEEKS);
            return new PlanItem(items.get(i), status[i], whyFrom(current, i), today, due);
        }

        /**
         * Queues a to-do item, or parks it behind the first prerequisite it still waits for. A
         * prerequisite item still to do parks it twice, on the item and on a skill the item would
         * raise, since either being placed or being covered releases it; {@code offered} keeps a
         * double release from queuing it twice.
         */
        private void offer(int i) {
            if (offered[i]) {
                return;
            }
            for (int p : prereqItems[i]) {
                if (!met[p]) {
                    int missing = firstUncovered(p);
                    if (missing >= 0) {
                        waitingOnItem.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
                        waitingOnSkill.computeIfAbsent(missing, k -> new ArrayList<>()).add(i);
                        return;
                    }
                }
            }
            for (int k = 0; k < prereqSkill[i].length; k++) {
                int s = prereqSkill[i][k];
                if (simulated[s] < prereqLevel[i][k]) {
                    waitingOnSkill.computeIfAbsent(s, x -> new ArrayList<>()).add(i);
                    return;
                }
            }
            offered[i] = true;
            Candidate c = score(i);
            if (c.gain() > 0) {
                queue.add(c);
            }
        }

        /**
         * The first skill item {@code p} raises that the simulated levels have not reached yet, or
         * -1 when they reach all of them: then the person already has what {@code p} teaches, and
         * it counts as a met prerequisite even though it is not in the plan.
         */
        private int firstUncovered(int p) {
            for (int k = 0; k < raiseSkill[p].length; k++) {
                if (simulated[raiseSkill[p][k]] < raiseLevel[p][k]) {
                    return raiseSkill[p][k];
                }
            }
            return -1;
        }

        private Candidate score(int i) {
            int gain = 0;
            boolean blocker = false;
            for (int k = 0; k < raiseSkill[i].length; k++) {
                int s = raiseSkill[i][k];
                int closes = Math.min(raiseLevel[i][k], target[s]) - simulated[s];
                if (closes > 0) {
                    gain += weight[s] * closes;
                    blocker |= mustHave[s];
                }
            }
            return new Candidate(i, blocker, gain);
        }

        /** Blockers first, then most weighted gap per hour, then background affinity, then catalog order. */
        private int compare(Candidate a, Candidate b) {
            if (a.blocker() != b.blocker()) {
                return a.blocker() ? -1 : 1;
            }
            // gainA / hoursA vs gainB / hoursB, cross-multiplied to stay exact.
            long left = (long) a.gain() * hours(b.item());
            long right = (long) b.gain() * hours(a.item());
            if (left != right) {
                return left > right ? -1 : 1;
            }
            if (affinity[a.item()] != affinity[b.item()]) {
                return affinity[a.item()] > affinity[b.item()] ? -1 : 1;
            }
            return Integer.compare(a.item(), b.item());
        }

        private long hours(int i) {
            return Math.max(1, items.get(i).effortHours());
        }

        /** Places an item: it raises the simulated levels and releases what waited for it. */
        private List<Improvement> place(int i) {
            List<Improvement> why = applyToSimulated(i);
            met[i] = true;
            List<Integer> released = waitingOnItem.remove(i);
            if (released != null) {
                released.forEach(this::offer);
            }
            return why;
        }

        /** Raises the simulated levels (beyond the target too, which may meet a skill prerequisite). */
        private List<Improvement> applyToSimulated(int i) {
            List<Improvement> why = whyFrom(simulated, i);
            for (int k = 0; k < raiseSkill[i].length; k++) {
                int s = raiseSkill[i][k];
                if (raiseLevel[i][k] > simulated[s]) {
                    simulated[s] = raiseLevel[i][k];
                    List<Integer> released = waitingOnSkill.remove(s);
                    if (released != null) {
                        released.forEach(this::offer);
                    }
                }
            }
            return why;
        }

        /** What the item would close starting from the given levels: from the level to min(raise, target). */
        private List<Improvement> whyFrom(int[] levels, int i) {
            List<Improvement> why = new ArrayList<>();
            for (int k = 0; k < raiseSkill[i].length; k++) {
                int s = raiseSkill[i][k];
                int to = Math.min(raiseLevel[i][k], target[s]);
                if (to > levels[s]) {
                    why.add(new Improvement(skills.get(s).id(), levels[s], to));
                }
            }
            return why;
        }
    }
}
