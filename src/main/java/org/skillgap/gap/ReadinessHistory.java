package org.skillgap.gap;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.skillgap.model.Catalog;
import org.skillgap.model.RatingChange;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

/**
 * Readiness over time, replayed from the saved rating changes.
 *
 * <p>Before the first change nothing is rated, so every skill counts as 0. A change saved under a
 * skill id the catalog has since renamed counts for the new id; a change for a skill the catalog
 * no longer knows changes nothing.
 */
public final class ReadinessHistory {

    private ReadinessHistory() {
    }

    /** One point per local day on which a rating changed, with readiness at the end of that day, oldest first. */
    public static List<ReadinessPoint> byDay(Catalog catalog, TargetProfile target, List<RatingChange> history,
                                             ZoneId zone) {
        Map<String, SkillTarget> targets = GapCalculator.targetsById(target);
        Map<String, String> renames = catalog.skillRenames();
        Map<String, Integer> levels = new HashMap<>();
        long wanted = 0;
        for (Skill skill : catalog.skills()) {
            SkillTarget t = targets.get(skill.id());
            levels.put(skill.id(), 0);
            if (t != null) {
                wanted += (long) t.weight() * t.level();
            }
        }

        // Stable sort: changes saved at the same instant apply in the order they were given.
        List<RatingChange> ordered = new ArrayList<>(history);
        ordered.sort(Comparator.comparing(RatingChange::changedAt));

        List<ReadinessPoint> points = new ArrayList<>();
        long reached = 0;
        LocalDate day = null;
        for (RatingChange change : ordered) {
            LocalDate changeDay = change.changedAt().atZone(zone).toLocalDate();
            if (day != null && !changeDay.equals(day)) {
                points.add(new ReadinessPoint(day, GapCalculator.percent(reached, wanted)));
            }
            day = changeDay;
            String skillId = levels.containsKey(change.skillId())
                    ? change.skillId() : renames.getOrDefault(change.skillId(), change.skillId());
            Integer before = levels.get(skillId);
            if (before == null) {
                continue;
            }
            SkillTarget t = targets.get(skillId);
            if (t != null) {
                reached += GapCalculator.reachedPoints(change.level(), t.level(), t.weight())
                        - GapCalculator.reachedPoints(before, t.level(), t.weight());
            }
            levels.put(skillId, change.level());
        }
        if (day != null) {
            points.add(new ReadinessPoint(day, GapCalculator.percent(reached, wanted)));
        }
        return points;
    }
}
