package org.skillgap.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.skillgap.store.UserCache;

/**
 * Entry point of {@code java -jar skillgap.jar}: starts the app again in a JVM with the options a
 * jar cannot give itself ({@link JarRelaunch}), passes the terminal through, waits, and ends with
 * its exit code. Where that cannot be done it runs {@link Main} here. The installed app and
 * {@code mvn javafx:run} start {@link Main} directly, with their own options. Kept small: every
 * class it loads is loaded twice.
 */
public final class JarStart {

    private JarStart() {
    }

    public static void main(String[] args) {
        Optional<JarRelaunch.Child> child = System.getProperty("os.name", "").startsWith("Windows")
                ? Optional.empty() // no way to read this JVM's command line there
                : JarRelaunch.child(thisStart(args), System.getProperty(JarRelaunch.RELAUNCHED),
                        System.getProperty(JarRelaunch.RELAUNCH));
        if (child.isPresent()) {
            Optional<Integer> exitCode = run(child.get());
            if (exitCode.isPresent()) {
                System.exit(exitCode.get());
            }
        }
        Main.main(args);
    }

    private static JarRelaunch.Start thisStart(String[] args) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<Path> jar = appJar();
        Optional<String[]> line = info.arguments();
        return new JarRelaunch.Start(Path.of(System.getProperty("java.home"), "bin", "java"),
                line.isPresent() ? List.of(line.get()) : List.of(), List.of(args), jar,
                jar.isPresent() ? cacheFolder() : Optional.empty(),
                System.getProperty("java.vm.version").concat(" ").concat(System.getProperty("java.home")),
                ProcessHandle.current().pid());
    }

    /** The jar this class came from; empty when it runs from a folder of classes (a build, tests). */
    private static Optional<Path> appJar() {
        try {
            Path from = Path.of(JarStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return from.toString().endsWith(".jar") ? Optional.of(from) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> cacheFolder() {
        try {
            return Optional.of(Files.createDirectories(UserCache.folder()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The child's exit code; empty when it could not be started, and the app runs here instead. */
    private static Optional<Integer> run(JarRelaunch.Child child) {
        LauncherProbe.spawning();
        Process process;
        try {
            process = new ProcessBuilder(child.command()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        // Ended from outside (a signal, a logout): the app ends too, through its own shutdown.
        Runtime.getRuntime().addShutdownHook(new Thread(new ChildStop(process), "skillgap-child-stop"));
        int exitCode;
        while (true) {
            try {
                exitCode = process.waitFor();
                break;
            } catch (InterruptedException e) {
                // Only a signal ends this JVM; the shutdown hook then ends the child.
            }
        }
        if (child.recording().isPresent()) {
            JarRelaunch.keepRecording(child.recording().get(), exitCode);
        }
        LauncherProbe.ownMemory();
        return Optional.of(exitCode);
    }

    /** Ends the app when this JVM is ended (a class, not a lambda: see {@link JarRelaunch}). */
    private static final class ChildStop implements Runnable {
        private final Process process;

        ChildStop(Process process) {
            this.process = process;
        }

        @Override
        public void run() {
            process.destroy();
        }
    }
}
