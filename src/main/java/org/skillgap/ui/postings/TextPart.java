package org.skillgap.ui.postings;

import java.util.Optional;

import org.skillgap.posting.Emphasis;

/**
 * A run of the posting's text, as the screen draws it: plain, or a phrase that names a skill,
 * marked with how the posting asks for that skill.
 */
public record TextPart(String text, Optional<String> skillId, Optional<Emphasis> emphasis) {

    public static TextPart plain(String text) {
        return new TextPart(text, Optional.empty(), Optional.empty());
    }

    public boolean phrase() {
        return skillId.isPresent();
    }
}
