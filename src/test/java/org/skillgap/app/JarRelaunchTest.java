package org.skillgap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code java -jar skillgap.jar} starts the app again as (the processes themselves: JarStartTest). */
class JarRelaunchTest {

    @TempDir
    Path temp;

    private Path jar;
    private Path cache;
    private final Path java = Path.of("/jdk/bin/java");

    @BeforeEach
    void aJarWithItsLibraries() throws Exception {
        Files.createDirectories(temp.resolve("app/lib"));
        jar = Files.writeString(temp.resolve("app/skillgap.jar"), "jar");
        Files.writeString(temp.resolve("app/lib/javafx-controls.jar"), "fx");
        cache = Files.createDirectories(temp.resolve("cache"));
    }

    private JarRelaunch.Start start(List<String> commandLine, List<String> appArgs) {
        return new JarRelaunch.Start(java, commandLine, appArgs, Optional.of(jar), Optional.of(cache), "17.0.15 /jdk", 4242);
    }

    private JarRelaunch.Child child(List<String> commandLine, List<String> appArgs) {
        return JarRelaunch.child(start(commandLine, appArgs), null, null).orElseThrow();
    }

    @Test
    void theFirstWindowStartRecordsTheArchiveAsideAndThePersonsOptionsAndArgumentsFollowOurs() {
        JarRelaunch.Child child = child(List.of("-Xmx1g", "-jar", jar.toString(), "--data-dir", "/d"),
                List.of("--data-dir", "/d"));

        List<String> command = child.command();
        assertThat(command.get(0)).isEqualTo(java.toString());
        assertThat(command).containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:cds*=off",
                "-Dskillgap.relaunched=true", "-Xmx1g", "-jar", jar.toString(), "--data-dir", "/d");
        // The person's own JVM options come last, so a later -XX or -Xmx of theirs wins.
        assertThat(command.subList(command.size() - 5, command.size()))
                .containsExactly("-Xmx1g", "-jar", jar.toString(), "--data-dir", "/d");
        JarRelaunch.Recording recording = child.recording().orElseThrow();
        assertThat(recording.archive().getParent()).isEqualTo(cache);
        assertThat(recording.archive().getFileName().toString()).matches("skillgap-[0-9a-f]+\\.jsa");
        assertThat(recording.part().getFileName().toString()).endsWith(".4242.part");
        assertThat(command).contains("-XX:ArchiveClassesAtExit=" + recording.part());
        assertThat(command).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void anArchiveOnceKeptIsMappedByEveryStartCommandsToo() throws Exception {
        JarRelaunch.Recording recording = child(List.of("-jar", jar.toString()), List.of()).recording().orElseThrow();
        Files.writeString(recording.part(), "classes");
        JarRelaunch.keepRecording(recording, 0);

        JarRelaunch.Child window = child(List.of("-jar", jar.toString()), List.of());
        JarRelaunch.Child command = child(List.of("-jar", jar.toString(), "status"), List.of("status"));

        for (JarRelaunch.Child started : List.of(window, command)) {
            assertThat(started.recording()).isEmpty();
            assertThat(started.command()).contains("-XX:SharedArchiveFile=" + recording.archive());
        }
        assertThat(recording.part()).doesNotExist();
    }

    @Test
    void aCommandDoesNotRecordTheArchive() {
        JarRelaunch.Child child = child(List.of("-jar", jar.toString(), "pdf", "plan.pdf"), List.of("pdf", "plan.pdf"));

        assertThat(child.recording()).isEmpty();
        assertThat(child.command()).noneMatch(option -> option.contains("Archive"));
        assertThat(child.command()).endsWith("pdf", "plan.pdf");
    }

    @Test
    void aNewJarOrLibraryOrRuntimeIsANewArchiveAndKeepingItDeletesTheOldOne() throws Exception {
        JarRelaunch.Recording first = child(List.of("-jar", jar.toString()), List.of()).recording().orElseThrow();
        Files.writeString(first.part(), "classes");
        JarRelaunch.keepRecording(first, 0);

        Files.writeString(temp.resolve("app/lib/javafx-controls.jar"), "fx, the next version");
        Files.setLastModifiedTime(temp.resolve("app/lib/javafx-controls.jar"), FileTime.fromMillis(1_000));
        JarRelaunch.Recording second = child(List.of("-jar", jar.toString()), List.of()).recording().orElseThrow();
        assertThat(second.archive()).isNotEqualTo(first.archive());
        assertThat(JarRelaunch.key(jar, "25.0.1 /other-jdk")).isNotEqualTo(JarRelaunch.key(jar, "17.0.15 /jdk"));

        Files.writeString(second.part(), "classes");
        JarRelaunch.keepRecording(second, 0);
        assertThat(second.archive()).exists();
        assertThat(first.archive()).doesNotExist();
    }

    @Test
    void aRecordingOfAStartThatFailedIsThrownAwaySoTheNextStartRecordsAgain() throws Exception {
        JarRelaunch.Recording recording = child(List.of("-jar", jar.toString()), List.of()).recording().orElseThrow();
        Files.writeString(recording.part(), "half an archive");

        JarRelaunch.keepRecording(recording, 1);

        assertThat(recording.part()).doesNotExist();
        assertThat(recording.archive()).doesNotExist();
        assertThat(child(List.of("-jar", jar.toString()), List.of()).recording()).isPresent();
    }

    @Test
    void theAppRunsInThisJvmWhenItIsTheSecondAlreadyOrThePersonSaysSoOrTheCommandLineIsUnknown() {
        JarRelaunch.Start start = start(List.of("-jar", jar.toString()), List.of());
        assertThat(JarRelaunch.child(start, "true", null)).as("the second JVM").isEmpty();
        assertThat(JarRelaunch.child(start, null, "false")).as("-Dskillgap.relaunch=false").isEmpty();
        assertThat(JarRelaunch.child(start(List.of(), List.of()), null, null)).as("no command line (Windows)").isEmpty();
        assertThat(JarRelaunch.child(start(List.of("-jar", jar.toString(), "other"), List.of("status")), null, null))
                .as("a command line that does not end in the arguments").isEmpty();
    }

    @Test
    void fromAFolderOfClassesThereIsNoArchiveButTheOptionsStill() {
        JarRelaunch.Start fromClasses = new JarRelaunch.Start(java, List.of("-cp", "target/classes", "org.skillgap.app.JarStart"),
                List.of(), Optional.empty(), Optional.of(cache), "17", 1);

        JarRelaunch.Child child = JarRelaunch.child(fromClasses, null, null).orElseThrow();

        assertThat(child.recording()).isEmpty();
        assertThat(child.command()).contains("-XX:TieredStopAtLevel=1").noneMatch(option -> option.contains("Archive"));
    }

    @Test
    void onlyTheOptionsAWindowStartTakesOpenTheWindow() {
        assertThat(JarRelaunch.opensWindow(List.of())).isTrue();
        assertThat(JarRelaunch.opensWindow(List.of("--data-dir", "/d", "--lang", "de"))).isTrue();
        assertThat(JarRelaunch.opensWindow(List.of("--lang=de", "--catalog", "coach.json"))).isTrue();
        assertThat(JarRelaunch.opensWindow(List.of("--version"))).isFalse();
        assertThat(JarRelaunch.opensWindow(List.of("--data-dir", "/d", "status"))).isFalse();
        assertThat(JarRelaunch.opensWindow(List.of("status", "--data-dir", "/d"))).isFalse();
    }
}
