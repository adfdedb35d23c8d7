package org.skillgap.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A role a person aims for (e.g. Associate IT Product Manager), with a target for every skill.
 *
 * @param scope                 how far the role reaches, as its description says; targets above
 *                              {@link Scope#highestLevel()} need a justification
 * @param individualContributor a role without reports: it holds at most a couple of Expert targets
 */
public record TargetProfile(String id, String name, String description, List<SkillTarget> targets,
                            Scope scope, boolean individualContributor) {

    public TargetProfile {
        description = description == null ? "" : description;
        targets = List.copyOf(targets);
        Objects.requireNonNull(scope);
    }

    /** A profile whose scope is not stated: organisation-wide, individual contributor. */
    public TargetProfile(String id, String name, String description, List<SkillTarget> targets) {
        this(id, name, description, targets, Scope.ORGANISATION, true);
    }

    public Optional<SkillTarget> targetFor(String skillId) {
        return targets.stream().filter(t -> t.skillId().equals(skillId)).findFirst();
    }
}
