package org.skillgap.gap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.skillgap.gap.PlanIndex.SkillAt;
import org.skillgap.model.ItemStatus;

/**
 * The greedy choice of {@link PlanBuilder}: repeatedly the item that closes the most remaining
 * weighted gap per hour, blockers first, over simulated levels that rise as items are placed.
 *
 * <p>Gains only ever shrink as the simulated levels rise, so a priority queue with lazy
 * re-scoring finds the best item without re-scoring every item on every pick. An item that
 * cannot start yet waits, parked on what it waits for, until that is placed or covered.
 */
final class GreedySelection {

    /** One pick: the item, by index, and what it closes from the levels reached before it. */
    record Pick(int item, List<Improvement> why) {
    }

    /** One queued choice; its blocker flag and gain may be stale (only ever too high). */
    private record Candidate(int item, boolean blocker, int gain) {
    }

    private final PlanIndex index;
    /** Levels as they would be once the items counted so far are finished (not capped at target). */
    private final int[] simulated;
    /** Counts as a met prerequisite: done, in progress, recurring (starts today) or placed earlier. */
    private final boolean[] met;
    /** Already queued (or dropped for closing nothing): an item is scored at most once from a release. */
    private final boolean[] offered;
    private final Map<Integer, List<Integer>> waitingOnItem = new HashMap<>();
    private final Map<Integer, List<Integer>> waitingOnSkill = new HashMap<>();
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>(this::compare);

    GreedySelection(PlanIndex index) {
        this.index = index;
        this.simulated = index.current.clone();
        int m = index.items.size();
        met = new boolean[m];
        offered = new boolean[m];
        for (int i = 0; i < m; i++) {
            ItemStatus status = index.items.get(i).status();
            met[i] = status == ItemStatus.DONE || status == ItemStatus.IN_PROGRESS
                    || index.items.get(i).item().recurring();
        }
    }

    /** What item {@code i} raises above the ratings, up to the target. */
    List<Improvement> whyFromRatings(int i) {
        return whyFrom(index.current, i);
    }

    /**
     * Counts item {@code i}'s levels as reached (beyond the target too, which may meet a skill
     * prerequisite), releasing what waited for them.
     *
     * @return what it closes from the levels reached before it
     */
    List<Improvement> countAsReached(int i) {
        List<Improvement> why = whyFrom(simulated, i);
        for (SkillAt r : index.items.get(i).raises()) {
            if (r.level() > simulated[r.skill()]) {
                simulated[r.skill()] = r.level();
                List<Integer> released = waitingOnSkill.remove(r.skill());
                if (released != null) {
                    released.forEach(this::offer);
                }
            }
        }
        return why;
    }

    /** Picks among the to-do items, in the order the plan takes them, until none closes anything more. */
    List<Pick> pick(List<Integer> toDo) {
        toDo.forEach(this::offer);
        List<Pick> picks = new ArrayList<>();
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
            picks.add(new Pick(c.item(), place(c.item())));
        }
        return picks;
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
        PlanIndex.Item item = index.items.get(i);
        for (int p : item.prerequisites()) {
            if (!met[p]) {
                int missing = firstUncovered(p);
                if (missing >= 0) {
                    waitingOnItem.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
                    waitingOnSkill.computeIfAbsent(missing, k -> new ArrayList<>()).add(i);
                    return;
                }
            }
        }
        for (SkillAt needed : item.needs()) {
            if (simulated[needed.skill()] < needed.level()) {
                waitingOnSkill.computeIfAbsent(needed.skill(), k -> new ArrayList<>()).add(i);
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
        for (SkillAt r : index.items.get(p).raises()) {
            if (simulated[r.skill()] < r.level()) {
                return r.skill();
            }
        }
        return -1;
    }

    private Candidate score(int i) {
        int gain = 0;
        boolean blocker = false;
        for (SkillAt r : index.items.get(i).raises()) {
            int s = r.skill();
            int closes = Math.min(r.level(), index.target[s]) - simulated[s];
            if (closes > 0) {
                gain += index.weight[s] * closes;
                blocker |= index.mustHave[s];
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
        int affinityA = index.items.get(a.item()).affinity();
        int affinityB = index.items.get(b.item()).affinity();
        if (affinityA != affinityB) {
            return affinityA > affinityB ? -1 : 1;
        }
        return Integer.compare(a.item(), b.item());
    }

    private long hours(int i) {
        return Math.max(1, index.items.get(i).item().effortHours());
    }

    /** Places an item: it raises the simulated levels and releases what waited for it. */
    private List<Improvement> place(int i) {
        List<Improvement> why = countAsReached(i);
        met[i] = true;
        List<Integer> released = waitingOnItem.remove(i);
        if (released != null) {
            released.forEach(this::offer);
        }
        return why;
    }

    /** What the item would close starting from the given levels: from the level to min(raise, target). */
    private List<Improvement> whyFrom(int[] levels, int i) {
        List<Improvement> why = new ArrayList<>();
        for (SkillAt r : index.items.get(i).raises()) {
            int s = r.skill();
            int to = Math.min(r.level(), index.target[s]);
            if (to > levels[s]) {
                why.add(new Improvement(index.skillIds.get(s), levels[s], to));
            }
        }
        return why;
    }
}
