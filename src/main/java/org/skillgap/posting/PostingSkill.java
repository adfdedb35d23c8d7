package org.skillgap.posting;

import java.util.ArrayList;
import java.util.List;

/**
 * A skill a posting asks for, and why: the phrases of the posting that name it.
 *
 * @param phrases in the order they occur, each with its offsets in the posting's text
 */
public record PostingSkill(String skillId, Emphasis emphasis, List<PhraseMatch> phrases) {

    public PostingSkill {
        phrases = List.copyOf(phrases);
    }

    public boolean required() {
        return emphasis == Emphasis.REQUIRED;
    }

    /** The distinct phrases as the posting writes them, case aside, first occurrence first. */
    public List<String> phraseTexts() {
        List<String> texts = new ArrayList<>();
        for (PhraseMatch match : phrases) {
            if (texts.stream().noneMatch(t -> t.equalsIgnoreCase(match.phrase()))) {
                texts.add(match.phrase());
            }
        }
        return texts;
    }
}
