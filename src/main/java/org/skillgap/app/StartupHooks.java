package org.skillgap.app;

import javafx.stage.Stage;

import org.skillgap.ui.AfterFirstFrame;

/**
 * Hidden switches for the installer and the start-up benchmark; both are off unless a system
 * property asks (on the installed launcher, set them through {@code JAVA_TOOL_OPTIONS}).
 * <ul>
 * <li>{@code -Dskillgap.exitAfterStart=true} closes the window once its first frame is done, so
 * the packaging script can record the classes a start loads (AppCDS) without a person.</li>
 * <li>{@code -Dskillgap.startupProbe=true} also prints {@code startup-ms=N} (milliseconds from the
 * process start to the first frame) and {@code shown-epoch-ms=N} (the wall clock then), and closes
 * the window.</li>
 * </ul>
 */
final class StartupHooks {

    static final String EXIT_AFTER_START = "skillgap.exitAfterStart";
    static final String STARTUP_PROBE = "skillgap.startupProbe";

    private StartupHooks() {
    }

    /** Call right after {@code stage.show()}. */
    static void windowShown(Stage stage) {
        boolean probe = Boolean.getBoolean(STARTUP_PROBE);
        if (!probe && !Boolean.getBoolean(EXIT_AFTER_START)) {
            return;
        }
        // Once the first pulse after show() has laid out and handed the scene to the renderer.
        AfterFirstFrame.run(stage.getScene().getRoot(), () -> {
            if (probe) {
                report();
            }
            stage.close();
        });
    }

    private static void report() {
        long now = System.currentTimeMillis();
        long started = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(now);
        System.out.println("startup-ms=" + (now - started));
        System.out.println("shown-epoch-ms=" + now);
        System.out.flush();
    }
}
