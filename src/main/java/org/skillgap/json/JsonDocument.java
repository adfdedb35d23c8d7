package org.skillgap.json;

import tools.jackson.databind.JsonNode;

/**
 * A parsed JSON file: its tree, and the line each value is on, so that every later check can
 * report a {@link JsonProblem} with a line.
 */
public record JsonDocument(String file, JsonKind kind, JsonNode root, SourceMap lines) {

    /** The line of {@code path}, or of its nearest enclosing value when it has none (a missing field). */
    public int lineOf(String path) {
        return lines.lineOf(path);
    }

    /** A problem at {@code path}, on the line it is on. */
    public JsonProblem problem(String path, String key, Object... args) {
        return JsonProblem.of(file, lineOf(path), path, key, args);
    }
}
