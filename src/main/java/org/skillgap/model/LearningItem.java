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
 */
public record LearningItem(String id, String title, ItemType type, String provider,
                           List<SkillLevel> raises, int effortHours, CostBand cost,
                           List<String> prerequisiteItems, List<SkillLevel> prerequisiteSkills,
                           String renewal, boolean recurring, String reason, List<String> replaces) {

    public LearningItem {
        provider = provider == null ? "" : provider;
        renewal = renewal == null ? "" : renewal;
        reason = reason == null ? "" : reason;
        raises = List.copyOf(raises);
        prerequisiteItems = prerequisiteItems == null ? List.of() : List.copyOf(prerequisiteItems);
        prerequisiteSkills = prerequisiteSkills == null ? List.of() : List.copyOf(prerequisiteSkills);
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
    }
}
