package org.skillgap.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Messages;

/**
 * A JSON file that cannot be used, with every problem found in it (not just the first), in file
 * order so a person can work top to bottom. The message lists the first {@value #MAX_REPORTED}.
 */
public class JsonFileException extends BadInputException {

    /** How many problems the message lists; a file with hundreds would make an unreadable message. */
    public static final int MAX_REPORTED = 10;

    private final String file;
    private final List<JsonProblem> problems;

    /**
     * @param kind     what kind of file it is, which chooses the message's first line
     * @param problems at least one
     */
    public JsonFileException(JsonKind kind, String file, List<JsonProblem> problems) {
        super(format(kind, file, sorted(problems)));
        this.file = file;
        this.problems = sorted(problems);
    }

    /** The file's name as the person gave it. */
    public String file() {
        return file;
    }

    public List<JsonProblem> problems() {
        return problems;
    }

    private static List<JsonProblem> sorted(List<JsonProblem> problems) {
        List<JsonProblem> sorted = new ArrayList<>(problems);
        // File order (stable for problems on the same line); problems with no line go last.
        sorted.sort(Comparator.comparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE : p.line()));
        return List.copyOf(sorted);
    }

    private static String format(JsonKind kind, String file, List<JsonProblem> problems) {
        StringBuilder text = new StringBuilder(Messages.get(kind.headerKey(), file, problems.size()));
        problems.stream().limit(MAX_REPORTED).forEach(p -> text.append(System.lineSeparator()).append(p.describe()));
        if (problems.size() > MAX_REPORTED) {
            text.append(System.lineSeparator()).append(Messages.get("json.problems.more", problems.size() - MAX_REPORTED));
        }
        return text.toString();
    }
}
