package org.skillgap.catalog;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import org.skillgap.model.Messages;

/**
 * The line each value of a JSON file starts on, keyed by its path ({@code skills[3].name}), so a
 * problem found later in the parsed tree can still name a line. The same pass finds every key that
 * is given twice in one object: Jackson's strict detection stops at the first, a coach wants all.
 */
final class SourceMap {

    private final Map<String, Integer> lines = new HashMap<>();
    private final List<CatalogProblem> duplicateKeys = new ArrayList<>();

    private SourceMap() {
    }

    /** Reads the whole file; a syntax error is thrown as Jackson reports it, with its location. */
    static SourceMap scan(byte[] json) throws IOException {
        SourceMap map = new SourceMap();
        try (JsonParser parser = Json.mapper().getFactory().createParser(json)) {
            // Duplicates are collected below, all of them, instead of failing on the first.
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            Deque<Set<String>> keysSeen = new ArrayDeque<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonStreamContext context = parser.getParsingContext();
                int line = parser.currentTokenLocation().getLineNr();
                switch (token) {
                    case START_OBJECT -> {
                        map.lines.putIfAbsent(pathOf(context.getParent()), line);
                        keysSeen.push(new HashSet<>());
                    }
                    case START_ARRAY -> map.lines.putIfAbsent(pathOf(context.getParent()), line);
                    case END_OBJECT -> keysSeen.pop();
                    case END_ARRAY -> {
                        // nothing to record
                    }
                    case FIELD_NAME -> {
                        String path = pathOf(context);
                        if (!keysSeen.peek().add(parser.currentName())) {
                            map.duplicateKeys.add(new CatalogProblem(path, line,
                                    Messages.get("catalog.duplicateKey", parser.currentName())));
                        }
                        map.lines.putIfAbsent(path, line);
                    }
                    default -> map.lines.putIfAbsent(pathOf(context), line);
                }
            }
        }
        return map;
    }

    /** Path in the form coaches read: {@code skills[3].levelDescriptions[0]}; "" for the top level. */
    static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** Every key given twice in the same object. */
    List<CatalogProblem> duplicateKeys() {
        return List.copyOf(duplicateKeys);
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
            p = parent(p);
        }
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
