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

    /** Ready only when no must-have skill is below target, whatever the percentage. */
    public boolean ready() {
        return blockers.isEmpty() && gaps.isEmpty();
    }

    public int skillCount() {
        return skills.size();
    }
}
