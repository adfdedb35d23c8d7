package org.skillgap.json;

import java.util.List;

import org.skillgap.model.Messages;

/**
 * One thing wrong in a JSON file a person gave SkillGap (a catalog, an export), found by the parser,
 * by the file's JSON Schema or by the checks in Java. It names the place the way a compiler does and
 * says what is wrong with a key of the message bundle, so no parser or validator text reaches a person.
 *
 * @param file the file's name as the person gave it
 * @param line the line in the file, or 0 when it is not known (a file that is too big, not UTF-8...)
 * @param path where in the file, e.g. {@code skills[3].levelDescriptions}; "" for the whole file
 * @param key  the message bundle key of what is wrong
 * @param args the message's arguments
 */
public record JsonProblem(String file, int line, String path, String key, List<Object> args) {

    public JsonProblem {
        path = path == null ? "" : path;
        args = List.copyOf(args);
    }

    public static JsonProblem of(String file, int line, String path, String key, Object... args) {
        return new JsonProblem(file, line, path, key, List.of(args));
    }

    /** A problem of the file as a whole: it cannot be read, is too big, is not text. */
    public static JsonProblem wholeFile(String file, String key, Object... args) {
        return of(file, 0, "", key, args);
    }

    /** What is wrong, in the person's words. */
    public String message() {
        return Messages.get(key, args.toArray());
    }

    /** One line for a person: {@code file:line: path: message}, the way compilers report. */
    public String describe() {
        String where = path.isEmpty() ? Messages.get("json.path.topLevel") : path;
        return line > 0
                ? Messages.get("json.problem.withLine", file, line, where, message())
                : Messages.get("json.problem.noLine", file, where, message());
    }
}
