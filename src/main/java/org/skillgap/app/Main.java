package org.skillgap.app;

import org.skillgap.cli.SkillGapCommand;

/**
 * Entry point of the jar, the installed launcher and {@code mvn javafx:run}. It is deliberately
 * not a JavaFX Application: the command line must work without a display, and the JavaFX
 * launcher refuses to start an Application subclass from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = SkillGapCommand.commandLine(SkillGapApp::launchWindow, System.getenv()).execute(args);
        System.exit(exitCode);
    }
}
