package org.skillgap.catalog;

import org.skillgap.model.Messages;

/**
 * One thing wrong in a catalog file.
 *
 * @param path    where in the file, e.g. {@code skills[3].levelDescriptions}; empty for the whole file
 * @param line    the line in the file, or 0 when it is not known (e.g. a field that is missing)
 * @param message what is wrong, in words a career coach understands
 */
public record CatalogProblem(String path, int line, String message) {

    public CatalogProblem {
        path = path == null ? "" : path;
    }

    /** One line for a person: {@code file:line: path: message}, the way compilers report. */
    public String describe(String file) {
        String where = path.isEmpty() ? Messages.get("catalog.path.topLevel") : path;
        return line > 0
                ? Messages.get("catalog.problem.withLine", file, line, where, message)
                : Messages.get("catalog.problem.noLine", file, where, message);
    }
}
