package org.skillgap.posting;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import org.skillgap.model.Catalog;
import org.skillgap.model.Skill;

/**
 * Finds the catalog's phrases in a text. Text and phrases go through the same Lucene analysis:
 * Unicode word tokens, possessives dropped, lower case, KStem (a dictionary-based stemmer that
 * keeps "community" apart from "communication", which Porter does not) but for a few words it folds
 * too far. A phrase matches a run of
 * tokens with the same stems, left to right, the longest phrase first, so "product roadmap" is one
 * match and "professional network" is not also a "network". A phrase's words follow each other
 * in the text with nothing but spaces, hyphens, slashes or "&" between them: "training data, model
 * evaluation" holds no "data modeling". A word written in capitals ("REST", "RICE", "AI") matches
 * only a word in capitals, so "the rest of the team" is no API work; a word with a capital inside
 * ("SAFe", "ServiceNow") matches only as written, so "safely" is not the Scaled Agile Framework.
 */
public final class PhraseMatcher {

    /**
     * Words KStem would fold into a word of another meaning: "usability" into "use", "analytics"
     * and "analytical" into one. Lucene's keyword marker leaves them as written.
     */
    private static final CharArraySet UNSTEMMED = new CharArraySet(List.of("usability", "analytics", "analytical"), false);

    /** Marks an edge of the phrase tree that a word in capitals must take. */
    private static final String CAPITALS = "\u0001";
    /** Starts the key of an edge that only the word as written takes. */
    private static final String AS_WRITTEN = "\u0002";
    /** What may stand between two words of a phrase. */
    private static final Pattern JOINER = Pattern.compile("[\\s\\-/&]*");

    private final Analyzer analyzer = new PostingAnalyzer();
    private final Node root = new Node();
    private final List<String> collisions = new ArrayList<>();

    public PhraseMatcher(Catalog catalog) {
        for (Skill skill : catalog.skills()) {
            for (String phrase : skill.phrases()) {
                add(skill.id(), phrase);
            }
        }
    }

    /** Every phrase found in {@code text}, in the order they occur, none overlapping another. */
    public List<PhraseMatch> find(String text) {
        List<Token> tokens = tokens(text);
        List<PhraseMatch> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Node node = root;
            Node longest = null;
            int longestEnd = i;
            for (int j = i; j < tokens.size(); j++) {
                Token token = tokens.get(j);
                if (j > i && !JOINER.matcher(text.substring(tokens.get(j - 1).end(), token.start())).matches()) {
                    break;
                }
                Node next = node.next.get(AS_WRITTEN + token.written());
                if (next == null && token.capitals()) {
                    next = node.next.get(token.term() + CAPITALS);
                }
                if (next == null) {
                    next = node.next.get(token.term());
                }
                if (next == null) {
                    break;
                }
                node = next;
                if (node.skillId != null) {
                    longest = node;
                    longestEnd = j;
                }
            }
            if (longest == null) {
                i++;
            } else {
                int start = tokens.get(i).start();
                int end = tokens.get(longestEnd).end();
                found.add(new PhraseMatch(longest.skillId, text.substring(start, end), start, end));
                i = longestEnd + 1;
            }
        }
        return found;
    }

    private void add(String skillId, String phrase) {
        Node node = root;
        for (Token token : tokens(phrase)) {
            String key = token.capitals() ? token.term() + CAPITALS
                    : innerCapital(token.written()) ? AS_WRITTEN + token.written() : token.term();
            node = node.next.computeIfAbsent(key, k -> new Node());
        }
        if (node == root) {
            return;
        }
        if (node.skillId == null) {
            node.skillId = skillId;
            node.phrase = phrase;
        } else if (!node.skillId.equals(skillId)) {
            // The catalog check keeps a phrase as written to one skill; of two that only stem alike, the first stays.
            collisions.add(node.phrase + " (" + node.skillId + ") = " + phrase + " (" + skillId + ")");
        }
    }

    /** Phrases of different skills that analyse to the same words, the later one never matching. */
    public List<String> collisions() {
        return List.copyOf(collisions);
    }

    private record Token(String term, String written, int start, int end, boolean capitals) {
    }

    private List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String written = text.substring(offset.startOffset(), offset.endOffset());
                tokens.add(new Token(term.toString(), written, offset.startOffset(), offset.endOffset(),
                        capitals(written)));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return tokens;
    }

    /** Two or more letters, all of them capitals: an acronym such as "REST" or "AI". */
    private static boolean capitals(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** A capital after the first letter, in a word not all in capitals: "SAFe", "APIs", "ServiceNow". */
    private static boolean innerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        String skillId;
        String phrase;
    }

    /** Lucene's standard tokenizer with English possessives, lower case and KStem. */
    private static final class PostingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new SetKeywordMarkerFilter(stream, UNSTEMMED);
            stream = new KStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
