package org.skillgap.model;

import java.util.List;

/**
 * Something a person can do to close a gap: a certification, degree, course, experience,
 * networking or portfolio step, or a continuous-learning habit.
 *
 * @param provider           who offers it, or "" when nobody in particular does
 * @param raises             the skills it raises and up to which level
 * @param effortHours        total hours of effort (for a recurring item: hours per occurrence)
 * @param prerequisiteItems  items to finish first
 * @param prerequisiteSkills skill levels needed before starting
 * @param renewal            renewal rule in words, or "" when it never needs renewing
 * @param recurring          an ongoing practice (networking, learning) rather than a one-off step
 * @param reason             one line, in the source's words, on why it helps
 * @param replaces           ids this item took over from, so old checklist statuses carry forward
 * @param gradedPractice     the graded practice the item includes (assessed assignments, a capstone
 *                           project), or "" when it has none: only then may a course credit level 3
 * @param scope              for an experience, how far the work reaches; it credits no level beyond
 *                           {@link Scope#highestLevel()}
 */
public record LearningItem(String id, String title, ItemType type, String provider,
                           List<SkillLevel> raises, int effortHours, CostBand cost,
                           List<String> prerequisiteItems, List<SkillLevel> prerequisiteSkills,
                           String renewal, boolean recurring, String reason, List<String> replaces,
                           String gradedPractice, Scope scope) {

    /** An item without graded practice, of team scope. */
    public LearningItem(String id, String title, ItemType type, String provider,
                        List<SkillLevel> raises, int effortHours, CostBand cost,
                        List<String> prerequisiteItems, List<SkillLevel> prerequisiteSkills,
                        String renewal, boolean recurring, String reason, List<String> replaces) {
        this(id, title, type, provider, raises, effortHours, cost, prerequisiteItems, prerequisiteSkills,
                renewal, recurring, reason, replaces, "", Scope.TEAM);
    }

    public LearningItem {
        gradedPractice = gradedPractice == null ? "" : gradedPractice;
        scope = scope == null ? Scope.TEAM : scope;
        provider = provider == null ? "" : provider;
        renewal = renewal == null ? "" : renewal;
        reason = reason == null ? "" : reason;
        raises = List.copyOf(raises);
        prerequisiteItems = prerequisiteItems == null ? List.of() : List.copyOf(prerequisiteItems);
        prerequisiteSkills = prerequisiteSkills == null ? List.of() : List.copyOf(prerequisiteSkills);
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
    }
}
