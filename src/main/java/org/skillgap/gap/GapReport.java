package org.skillgap.gap;

import java.util.List;
import java.util.Map;

import org.skillgap.model.Category;

/**
 * How far a person is from a target profile.
 *
 * @param readiness          0-100, weighted
 * @param categoryReadiness  0-100 per category
 * @param skills             every skill of the catalog measured, in catalog order
 * @param gaps               the skills below target, biggest weighted gap first
 * @param blockers           must-have skills below target, biggest weighted gap first
 * @param ratedCount         how many skills have been rated
 */
public record GapReport(double readiness, Map<Category, Double> categoryReadiness, List<SkillGap> skills,
                        List<SkillGap> gaps, List<SkillGap> blockers, int ratedCount) {

    public GapReport {
        categoryReadiness = Map.copyOf(categoryReadiness);
        skills = List.copyOf(skills);
        gaps = List.copyOf(gaps);
        blockers = List.copyOf(blockers);
    }

    /**
     * Ready when every skill meets its target ("Ready: every skill meets the target", as the
     * window, the command line and the PDF say). A must-have below target (a blocker) keeps a
     * person not ready whatever the percentage; so does any other skill below target, which the
     * screens name apart ("Not ready yet: 2 skills below target").
     */
    public boolean ready() {
        return gaps.isEmpty();
    }

    /** Readiness as every screen and report shows it (see {@link Percent}): 100 only when ready. */
    public int readinessPercent() {
        return Percent.of(readiness, ready());
    }

    /** A category's readiness as shown: 100 only when none of its skills is below target. */
    public int categoryPercent(Category category) {
        boolean complete = gaps.stream().noneMatch(g -> g.skill().category() == category);
        return Percent.of(categoryReadiness.getOrDefault(category, 0.0), complete);
    }

    public int skillCount() {
        return skills.size();
    }
}
