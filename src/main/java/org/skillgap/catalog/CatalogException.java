package org.skillgap.catalog;

import java.util.List;
import java.util.stream.Collectors;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Messages;

/** A catalog file that cannot be used, with every problem found in it (not just the first). */
public class CatalogException extends BadInputException {

    private final String file;
    private final List<CatalogProblem> problems;

    public CatalogException(String file, List<CatalogProblem> problems) {
        super(format(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The file's name as the person gave it. */
    public String file() {
        return file;
    }

    public List<CatalogProblem> problems() {
        return problems;
    }

    private static String format(String file, List<CatalogProblem> problems) {
        return Messages.get("catalog.problems.header", file, problems.size()) + System.lineSeparator()
                + problems.stream().map(p -> p.describe(file)).collect(Collectors.joining(System.lineSeparator()));
    }
}
