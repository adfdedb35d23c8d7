package org.skillgap.cli;

/**
 * Shows why the window that was asked for cannot open. Given by the app, like {@link WindowOpener}:
 * started from a desktop launcher there is no terminal, so the line on stderr alone reaches no one.
 */
@FunctionalInterface
public interface ProblemWindow {

    /** For tests and callers with a terminal only: the stderr line is all. */
    ProblemWindow NONE = message -> { };

    /** Shows the message and returns when the person has closed it (at once if there is no screen). */
    void show(String message);
}
