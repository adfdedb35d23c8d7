package org.skillgap.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.Category;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

/**
 * Measures an assessment against a target profile.
 *
 * <p>Readiness is the weighted share of the target already reached:
 * sum of weight x min(current, target) over sum of weight x target, as 0-100. A level above the
 * target earns nothing extra, so strength in one skill never hides a gap in another.
 */
public final class GapCalculator {

    /** Biggest weighted gap first; ties: must-have first, then bigger raw gap, then catalog order (stable sort). */
    static final Comparator<SkillGap> BIGGEST_FIRST = Comparator
            .comparingInt(SkillGap::weightedGap).reversed()
            .thenComparing(SkillGap::mustHave, Comparator.reverseOrder())
            .thenComparing(Comparator.comparingInt(SkillGap::gap).reversed());

    private GapCalculator() {
    }

    public static GapReport calculate(Catalog catalog, TargetProfile target, Assessment assessment) {
        Map<String, SkillTarget> targets = targetsById(target);
        List<SkillGap> skills = new ArrayList<>(catalog.skills().size());
        Map<Category, long[]> sums = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            sums.put(c, new long[2]);
        }
        long reached = 0;
        long wanted = 0;
        int rated = 0;
        for (Skill skill : catalog.skills()) {
            SkillGap measured = measure(skill, targets.get(skill.id()), assessment);
            skills.add(measured);
            if (measured.rated()) {
                rated++;
            }
            long r = reachedPoints(measured.current(), measured.target(), measured.weight());
            long w = (long) measured.weight() * measured.target();
            reached += r;
            wanted += w;
            long[] category = sums.get(skill.category());
            category[0] += r;
            category[1] += w;
        }
        Map<Category, Double> byCategory = new EnumMap<>(Category.class);
        sums.forEach((c, s) -> byCategory.put(c, percent(s[0], s[1])));

        // List.sort is stable, so equal keys keep catalog order: the last tie-breaker.
        List<SkillGap> gaps = new ArrayList<>(skills.stream().filter(g -> g.gap() > 0).toList());
        gaps.sort(BIGGEST_FIRST);
        List<SkillGap> blockers = gaps.stream().filter(SkillGap::isBlocker).toList();
        return new GapReport(percent(reached, wanted), byCategory, skills, gaps, blockers, rated);
    }

    /** Skills without a target in the profile are measured against target 0 and weight 0. */
    static SkillGap measure(Skill skill, SkillTarget skillTarget, Assessment assessment) {
        int current = assessment.levelOrZero(skill.id());
        boolean rated = assessment.isRated(skill.id());
        if (skillTarget == null) {
            return new SkillGap(skill, current, rated, 0, 0, false);
        }
        return new SkillGap(skill, current, rated, skillTarget.level(), skillTarget.weight(), skillTarget.mustHave());
    }

    static Map<String, SkillTarget> targetsById(TargetProfile target) {
        Map<String, SkillTarget> byId = new HashMap<>();
        target.targets().forEach(t -> byId.put(t.skillId(), t));
        return byId;
    }

    /** weight x min(current, target); a level below 0 (never valid) earns nothing rather than a negative. */
    static long reachedPoints(int current, int target, int weight) {
        return (long) weight * Math.max(0, Math.min(current, target));
    }

    /** 0-100; nothing asked for means nothing missing, so 100. */
    static double percent(long reached, long wanted) {
        if (wanted <= 0) {
            return 100.0;
        }
        return Math.min(100.0, Math.max(0.0, 100.0 * reached / wanted));
    }
}
