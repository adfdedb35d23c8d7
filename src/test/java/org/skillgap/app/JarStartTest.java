package org.skillgap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's entry point in real processes: the app runs in a second JVM, and a person at the
 * terminal sees what one JVM would show them, with the same exit code. (The archive of a real
 * jar is checked by the real-window smoke test, which runs target/skillgap.jar.)
 */
class JarStartTest {

    @TempDir
    Path temp;

    private Path data;

    @BeforeEach
    void aPersonWithARating() throws Exception {
        data = temp.resolve("data");
        assertThat(run(false, "--data-dir", data.toString(), "profile", "--target", "it-product-manager",
                "--background", "qa-analyst", "--hours-per-week", "6").exitCode).isZero();
        assertThat(run(false, "--data-dir", data.toString(), "rate", "cloud-computing", "3").exitCode).isZero();
    }

    @Test
    void aCommandPrintsWhatItPrintsInOneJvmAndEndsTheSame() throws Exception {
        Run once = run(false, "--data-dir", data.toString(), "status");
        Run twice = run(true, "--data-dir", data.toString(), "status");

        assertThat(twice.exitCode).as(twice.toString()).isZero();
        assertThat(twice.out).isEqualTo(once.out).contains("Readiness for IT Product Manager");
        assertThat(twice.err).isEqualTo(once.err);
    }

    @Test
    void aMistypedCommandSaysSoOnItsOwnLineWithExitCodeTwo() throws Exception {
        Run once = run(false, "--data-dir", data.toString(), "rate", "cloud-computing");
        Run twice = run(true, "--data-dir", data.toString(), "rate", "cloud-computing");

        assertThat(twice.exitCode).as(twice.toString()).isEqualTo(2).isEqualTo(once.exitCode);
        assertThat(twice.err).isEqualTo(once.err).contains("skillgap rate");
        assertThat(twice.out).isEmpty();
    }

    @Test
    void theAppRunsInASecondJvmStartedWithTheJarsOptions() throws Exception {
        Run probed = run(true, "-Dskillgap.startupProbe=true", "--data-dir", data.toString(), "--version");

        assertThat(probed.exitCode).as(probed.toString()).isZero();
        assertThat(probed.out).contains("SkillGap ").contains("launcher-spawn-epoch-ms=").contains("launcher-private-kb=");
    }

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\nout: " + out + "\nerr: " + err;
        }
    }

    /** JarStart as java -jar runs it; {@code relaunch} false keeps it in one JVM. JVM options first. */
    private Run run(boolean relaunch, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dskillgap.relaunch=" + relaunch));
        List<String> appArgs = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("-D") ? command : appArgs).add(arg);
        }
        // In an argument file: Java reads back at most about 4 KB of its own command line, and
        // JarStart keeps the app in one JVM when its command line comes back cut (a long class path).
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path argFile = Files.writeString(temp.resolve("class-path.txt"),
                "-cp \"" + classPath.replace("\\", "\\\\") + "\"");
        command.addAll(List.of("@" + argFile, JarStart.class.getName()));
        command.addAll(appArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("SKILLGAP_HOME");
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("skillgap finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
