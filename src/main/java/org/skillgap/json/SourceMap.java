package org.skillgap.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

import org.skillgap.model.Messages;

/**
 * One pass over a file's tokens before any tree is built. It records the line each value starts
 * on, keyed by its {@link JsonPath}, so a problem found later (by the schema, by a cross-reference
 * check) can still name a line. The same pass finds what makes the file unusable as JSON, each as a
 * {@link JsonProblem} in plain words: a syntax error, text after the end, a key given twice (every
 * one, where Jackson's strict detection stops at the first), a value over the limits of
 * {@link JsonFiles}. Jackson's exceptions are told apart by their type and location, never by their
 * English text, and that text never reaches a person.
 */
final class SourceMap {

    private final Map<String, Integer> lines = new HashMap<>();
    private final List<JsonProblem> problems = new ArrayList<>();
    private final String file;
    private final String text;
    private final JsonKind kind;
    /** The path of the last value read, to say where a syntax error is. */
    private String lastPath = "";

    private SourceMap(String file, String text, JsonKind kind) {
        this.file = file;
        this.text = text;
        this.kind = kind;
    }

    /** Reads all of {@code text}; throws JsonFileException when it is not usable JSON. */
    static SourceMap scan(String file, String text, JsonKind kind) {
        SourceMap map = new SourceMap(file, text, kind);
        map.walk();
        if (!map.problems.isEmpty()) {
            throw new JsonFileException(kind, file, map.problems);
        }
        return map;
    }

    private void walk() {
        boolean rootDone = false;
        // Duplicates are collected below, all of them, instead of failing on the first.
        try (JsonParser parser = JsonFiles.mapper().reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .createParser(text)) {
            Deque<Set<String>> keysSeen = new ArrayDeque<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (rootDone) {
                    trailing(parser.currentTokenLocation());
                    return;
                }
                TokenStreamContext context = parser.streamReadContext();
                // The path of the value this token belongs to; every case below names that one.
                lastPath = pathOf(token.isStructStart() ? context.getParent() : context);
                int line = parser.currentTokenLocation().getLineNr();
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        String path = lastPath;
                        lines.putIfAbsent(path, line);
                        if (context.getNestingDepth() > JsonFiles.MAX_DEPTH) {
                            problems.add(JsonProblem.of(file, line, path, "json.tooDeep", JsonFiles.MAX_DEPTH,
                                    Messages.get(kind.nounKey())));
                            return;
                        }
                        if (token == JsonToken.START_OBJECT) {
                            keysSeen.push(new HashSet<>());
                        }
                    }
                    case END_OBJECT -> keysSeen.pop();
                    case END_ARRAY -> {
                        // nothing to record
                    }
                    case PROPERTY_NAME -> {
                        String name = parser.currentName();
                        String path = lastPath;
                        if (name.length() > JsonFiles.MAX_KEY_CHARS) {
                            problems.add(JsonProblem.of(file, line, pathOf(context.getParent()), "json.tooLongText",
                                    name.length(), Messages.get(kind.nounKey())));
                        } else {
                            if (!keysSeen.peek().add(name)) {
                                problems.add(JsonProblem.of(file, line, path, "json.duplicateKey", JsonPath.shorten(name)));
                            }
                            lines.putIfAbsent(path, line);
                        }
                    }
                    case VALUE_STRING -> {
                        lines.putIfAbsent(lastPath, line);
                        tooLong(parser.getTextLength(), line, lastPath);
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        lines.putIfAbsent(lastPath, line);
                        if (parser.getTextLength() > JsonFiles.MAX_NUMBER_CHARS) {
                            problems.add(JsonProblem.of(file, line, lastPath, "json.tooManyDigits",
                                    parser.getTextLength(), JsonFiles.MAX_NUMBER_CHARS));
                        }
                    }
                    default -> lines.putIfAbsent(lastPath, line);
                }
                rootDone = context.inRoot() && (token.isScalarValue() || token == JsonToken.END_OBJECT
                        || token == JsonToken.END_ARRAY);
            }
            if (!rootDone) {
                problems.add(JsonProblem.wholeFile(file, "json.empty", Messages.get(kind.nounKey())));
            }
        } catch (UnexpectedEndOfInputException e) {
            problems.add(JsonProblem.of(file, lineOf(e.getLocation()), lastPath, "json.endOfInput"));
        } catch (StreamConstraintsException e) {
            // Only the backstop limits of the mapper are left to hit here; the scan's own are lower.
            problems.add(JsonProblem.wholeFile(file, "json.overLimits", Messages.get(kind.nounKey())));
        } catch (JacksonException e) {
            if (rootDone) {
                trailing(e.getLocation());
            } else {
                unexpected(e.getLocation());
            }
        }
    }

    private void tooLong(int length, int line, String path) {
        if (length > JsonFiles.MAX_TEXT_CHARS) {
            problems.add(JsonProblem.of(file, line, path, "json.tooLongText", length, Messages.get(kind.nounKey())));
        }
    }

    private void trailing(TokenStreamLocation at) {
        problems.add(JsonProblem.of(file, lineOf(at), "", "json.trailing", snippet(at)));
    }

    private void unexpected(TokenStreamLocation at) {
        long offset = at == null ? -1 : at.getCharOffset();
        if (offset >= 0 && (offset >= text.length() || text.substring((int) offset).isBlank())) {
            problems.add(JsonProblem.of(file, lineOf(at), lastPath, "json.endOfInput"));
            return;
        }
        String around = snippet(at);
        if (around.startsWith("//") || around.startsWith("/*") || around.startsWith("#")) {
            problems.add(JsonProblem.of(file, lineOf(at), lastPath, "json.comment", around));
        } else {
            problems.add(JsonProblem.of(file, lineOf(at), lastPath, "json.unexpected", around, columnOf(at)));
        }
    }

    /** The person's own text where the parser stopped, from the character it could not take. */
    private String snippet(TokenStreamLocation at) {
        long offset = at == null ? -1 : at.getCharOffset();
        if (offset < 0 || offset > text.length()) {
            return "";
        }
        int start = (int) offset;
        // The location is just past the character that did not fit; step back onto it.
        while (start > 0 && start >= text.length()) {
            start--;
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int back = start;
        while (back > lineStart && !Character.isWhitespace(text.charAt(back - 1)) && "{}[],:\"".indexOf(text.charAt(back - 1)) < 0) {
            back--;
        }
        int end = text.indexOf('\n', back);
        String line = text.substring(back, end < 0 ? text.length() : end).strip();
        return line.length() <= 40 ? line : line.substring(0, 37) + "...";
    }

    private static int lineOf(TokenStreamLocation at) {
        return at == null ? 0 : Math.max(at.getLineNr(), 0);
    }

    private static int columnOf(TokenStreamLocation at) {
        return at == null ? 0 : Math.max(at.getColumnNr(), 0);
    }

    /** The path of the value a context is at, e.g. {@code skills[3].levelDescriptions[0]}; "" for the top level. */
    static String pathOf(TokenStreamContext context) {
        Deque<TokenStreamContext> chain = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = "";
        for (TokenStreamContext c : chain) {
            if (c.inArray()) {
                path = JsonPath.index(path, Math.max(c.getCurrentIndex(), 0));
            } else if (c.currentName() != null) {
                path = JsonPath.child(path, c.currentName());
            }
        }
        return path;
    }

    /** The line of {@code path}, or of its nearest enclosing value when it has none (a missing field). */
    int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = JsonPath.parent(p);
        }
    }
}
