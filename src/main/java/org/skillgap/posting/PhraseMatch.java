package org.skillgap.posting;

/**
 * A catalog phrase found in a posting.
 *
 * @param phrase the text as the posting writes it ("roadmaps" for the phrase "roadmap")
 * @param start  offset of its first character in the posting's text
 * @param end    offset just after its last character, so {@code text.substring(start, end)} is {@code phrase}
 */
public record PhraseMatch(String skillId, String phrase, int start, int end) {
}
