package org.skillgap.model;

import java.util.List;
import java.util.Optional;

/** A role a person aims for (e.g. Associate IT Product Manager), with a target for every skill. */
public record TargetProfile(String id, String name, String description, List<SkillTarget> targets) {

    public TargetProfile {
        description = description == null ? "" : description;
        targets = List.copyOf(targets);
    }

    public Optional<SkillTarget> targetFor(String skillId) {
        return targets.stream().filter(t -> t.skillId().equals(skillId)).findFirst();
    }
}
