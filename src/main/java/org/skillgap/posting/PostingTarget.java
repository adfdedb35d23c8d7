package org.skillgap.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.skillgap.model.Messages;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

/**
 * The target a posting sets: its base profile's levels, reweighted by what the posting asks.
 *
 * <p>Weights are on twice the profile's scale, so that every skill stays in and the posting's
 * emphasis shows: a required skill counts twice its profile weight and becomes a must-have, a
 * preferred or described one one and a half times, one the posting does not mention half. Only the posting's required skills are must-haves: a must-have of the profile that
 * the posting does not name does not block readiness for this job.
 */
public final class PostingTarget {

    /** The id of every posting's target; a posting is not a catalog profile. */
    public static final String ID = "posting";

    private PostingTarget() {
    }

    public static TargetProfile of(String title, TargetProfile base, List<PostingSkill> skills) {
        Map<String, PostingSkill> asked = skills.stream()
                .collect(Collectors.toMap(PostingSkill::skillId, Function.identity()));
        List<SkillTarget> targets = new ArrayList<>();
        for (SkillTarget t : base.targets()) {
            PostingSkill skill = asked.get(t.skillId());
            targets.add(new SkillTarget(t.skillId(), t.level(), weight(t.weight(), skill),
                    skill != null && skill.required(), t.justification()));
        }
        // Named as a posting wherever a target's name shows (Assess, Progress, the PDF, status).
        return new TargetProfile(ID, Messages.get("posting.target.name", title), Messages.get("posting.target.description", base.name()), targets,
                base.scope(), base.individualContributor());
    }

    /** The weight of a skill of profile weight {@code weight} (1-3) in a posting's target. */
    static int weight(int weight, PostingSkill skill) {
        if (skill == null) {
            return weight;
        }
        return skill.required() ? 4 * weight : 3 * weight;
    }
}
