package org.skillgap.ui.postings;

import java.util.List;
import java.util.Optional;

import org.skillgap.gap.SkillGap;
import org.skillgap.model.PostingCorrection;
import org.skillgap.posting.Emphasis;

/**
 * A skill of the selected posting: how the posting asks for it, the phrases that say so, the
 * person's correction of it, and where they stand.
 *
 * @param phrases empty for a skill the person added
 */
public record SkillLine(String skillId, String name, Emphasis emphasis, List<String> phrases,
                        Optional<PostingCorrection> correction, SkillGap gap) {

    public SkillLine {
        phrases = List.copyOf(phrases);
    }

    public boolean required() {
        return emphasis == Emphasis.REQUIRED;
    }
}
