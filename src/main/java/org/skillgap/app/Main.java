package org.skillgap.app;

import java.util.Map;

import org.skillgap.cli.ProblemWindow;
import org.skillgap.cli.SkillGapCommand;
import org.skillgap.cli.WindowOpener;

import picocli.CommandLine;

/**
 * Entry point of the installed launcher and {@code mvn javafx:run}, and of the jar's second JVM
 * ({@link JarStart} starts it). It is deliberately
 * not a JavaFX Application: the command line must work without a display, and the JavaFX
 * launcher refuses to start an Application subclass from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, SkillGapApp::launchWindow, StartupProblemWindow::showAndWait, System.getenv()));
    }

    /**
     * Runs the command line and returns its exit code. A start with no arguments (the menu
     * entry) opens the window without building the command-line model first: picocli reads every
     * annotation by reflection, about 90 ms of the start on two cores, and with nothing to parse
     * it would only hand over the defaults the command already has (MainTest keeps it so). A
     * failure is still reported by the command line's own handler: same message, same exit code;
     * an Error (JavaFX missing, no memory) too, as exit 1 with the log file named.
     */
    static int run(String[] args, WindowOpener window, ProblemWindow problems, Map<String, String> environment) {
        if (args.length > 0) {
            return SkillGapCommand.commandLine(window, problems, environment).execute(args);
        }
        try {
            return new SkillGapCommand(window, problems, environment).call();
        } catch (Error e) {
            return SkillGapCommand.failed(e, SkillGapCommand.commandLine(window, problems, environment).getErr());
        } catch (Exception e) {
            CommandLine commandLine = SkillGapCommand.commandLine(window, problems, environment);
            try {
                return commandLine.getExecutionExceptionHandler().handleExecutionException(e, commandLine, null);
            } catch (Exception unhandled) {
                unhandled.addSuppressed(e);
                throw new IllegalStateException(unhandled);
            }
        }
    }
}
