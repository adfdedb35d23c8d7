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
 * @param sources            where the facts of the item (provider, fees, renewal, eligibility) were checked
 * @param checkedOn          the date they were checked, ISO (2026-12-03), or "" when never
 * @param verified           false when some fact could not be confirmed from a reliable source
 * @param unverified         the fields that could not be confirmed (e.g. "effortHours", "renewalRule.feeUsd")
 * @param renewalRule        the renewal rule as data, {@link Renewal#UNKNOWN} when not stated
 * @param eligibility        what a person needs before taking it, {@link Eligibility#NONE} when nothing
 */
public record LearningItem(String id, String title, ItemType type, String provider,
                           List<SkillLevel> raises, int effortHours, CostBand cost,
                           List<String> prerequisiteItems, List<SkillLevel> prerequisiteSkills,
                           String renewal, boolean recurring, String reason, List<String> replaces,
                           String gradedPractice, Scope scope, List<String> sources, String checkedOn,
                           boolean verified, List<String> unverified, Renewal renewalRule, Eligibility eligibility) {

    /** An item without graded practice, of team scope. */
    public LearningItem(String id, String title, ItemType type, String provider,
                        List<SkillLevel> raises, int effortHours, CostBand cost,
                        List<String> prerequisiteItems, List<SkillLevel> prerequisiteSkills,
                        String renewal, boolean recurring, String reason, List<String> replaces) {
        this(id, title, type, provider, raises, effortHours, cost, prerequisiteItems, prerequisiteSkills,
                renewal, recurring, reason, replaces, "", Scope.TEAM);
    }

    /** An item without sourced facts (not checked, no renewal rule stated, no eligibility). */
    public LearningItem(String id, String title, ItemType type, String provider,
                        List<SkillLevel> raises, int effortHours, CostBand cost,
                        List<String> prerequisiteItems, List<SkillLevel> prerequisiteSkills,
                        String renewal, boolean recurring, String reason, List<String> replaces,
                        String gradedPractice, Scope scope) {
        this(id, title, type, provider, raises, effortHours, cost, prerequisiteItems, prerequisiteSkills,
                renewal, recurring, reason, replaces, gradedPractice, scope, List.of(), "", true, List.of(),
                Renewal.UNKNOWN, Eligibility.NONE);
    }

    public LearningItem {
        gradedPractice = gradedPractice == null ? "" : gradedPractice;
        scope = scope == null ? Scope.TEAM : scope;
        sources = sources == null ? List.of() : List.copyOf(sources);
        checkedOn = checkedOn == null ? "" : checkedOn;
        unverified = unverified == null ? List.of() : List.copyOf(unverified);
        renewalRule = renewalRule == null ? Renewal.UNKNOWN : renewalRule;
        eligibility = eligibility == null ? Eligibility.NONE : eligibility;
        provider = provider == null ? "" : provider;
        renewal = renewal == null ? "" : renewal;
        reason = reason == null ? "" : reason;
        raises = List.copyOf(raises);
        prerequisiteItems = prerequisiteItems == null ? List.of() : List.copyOf(prerequisiteItems);
        prerequisiteSkills = prerequisiteSkills == null ? List.of() : List.copyOf(prerequisiteSkills);
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
    }

    /**
     * What a person is told about facts the catalog could not confirm from a reliable source
     * ("Not confirmed with the provider: cost, renewal fee"), or empty when every fact is confirmed.
     */
    public java.util.Optional<String> unverifiedNote() {
        if (verified && unverified.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (unverified.isEmpty()) {
            return java.util.Optional.of(Messages.get("item.unverified.all"));
        }
        // A coach's catalog may name a field this version has no word for: then the name itself.
        String facts = String.join(", ", unverified.stream()
                .map(field -> Messages.has("item.fact." + field) ? Messages.get("item.fact." + field) : field).toList());
        return java.util.Optional.of(Messages.get("item.unverified.some", facts));
    }
}
