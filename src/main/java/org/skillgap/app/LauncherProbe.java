package org.skillgap.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the jar's first JVM tells the start-up benchmark, under {@code -Dskillgap.startupProbe=true}
 * only (see {@link StartupHooks}): lines for a program, not a person. Kept apart from
 * StartupHooks, which names JavaFX's classes; this runs in the small first JVM.
 */
final class LauncherProbe {

    private LauncherProbe() {
    }

    /** {@code launcher-spawn-epoch-ms=N}: what the first JVM costs before the app's own start begins. */
    static void spawning() {
        if (Boolean.getBoolean(StartupHooks.STARTUP_PROBE)) {
            System.out.println("launcher-spawn-epoch-ms=".concat(Long.toString(System.currentTimeMillis())));
        }
    }

    /**
     * {@code launcher-private-kb=N}: the memory this JVM holds of its own while the app runs
     * (private dirty pages; its code and class pages are the files the app maps too). A peak RSS
     * taken by {@code /usr/bin/time} is the child's alone, so the benchmark adds this.
     */
    static void ownMemory() {
        if (!Boolean.getBoolean(StartupHooks.STARTUP_PROBE)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/smaps_rollup"))) {
                if (line.startsWith("Private_Dirty:")) {
                    System.out.println("launcher-private-kb=".concat(line.substring(14).replace("kB", "").strip()));
                }
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("launcher-private-kb=unknown");
        }
    }
}
