package org.skillgap.posting;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.skillgap.model.TargetProfile;

/**
 * A job posting read against the catalog.
 *
 * @param text        the posting's text, to which every phrase's offsets refer
 * @param years       the years of experience it asks for, when it says
 * @param baseProfile the catalog profile its seniority matches
 * @param skills      the skills it asks for, in catalog order
 * @param target      the profile to measure a person against for this posting (see {@link PostingTarget})
 */
public record Posting(String title, String text, OptionalInt years, TargetProfile baseProfile,
                      List<PostingSkill> skills, TargetProfile target) {

    public Posting {
        skills = List.copyOf(skills);
    }

    public Optional<PostingSkill> skill(String skillId) {
        return skills.stream().filter(s -> s.skillId().equals(skillId)).findFirst();
    }

    public List<PostingSkill> required() {
        return withEmphasis(Emphasis.REQUIRED);
    }

    public List<PostingSkill> withEmphasis(Emphasis emphasis) {
        return skills.stream().filter(s -> s.emphasis() == emphasis).toList();
    }
}
