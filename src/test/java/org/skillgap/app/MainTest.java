package org.skillgap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.skillgap.cli.ProblemWindow;
import org.skillgap.cli.SkillGapCommand;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class MainTest {

    @TempDir
    Path temp;

    @Test
    void startingWithoutArgumentsOpensTheWindowInTheSameDataFolderAsTheCommandLine() {
        Map<String, String> environment = Map.of("SKILLGAP_HOME", temp.resolve("data").toString());
        AtomicReference<Path> quickStart = new AtomicReference<>();
        AtomicReference<Path> commandLine = new AtomicReference<>();

        int exitCode = Main.run(new String[0], options -> quickStart.set(options.dataFolder().root()), ProblemWindow.NONE,
                environment);
        SkillGapCommand.commandLine(options -> commandLine.set(options.dataFolder().root()), environment).execute();

        assertThat(exitCode).isZero();
        assertThat(quickStart.get()).isNotNull().isEqualTo(commandLine.get()).isDirectory();
        assertThat(quickStart.get().resolve("skillgap-0.log")).exists();
    }

    @Test
    void startingWithoutArgumentsInAnUnusableDataFolderExitsTwoAndSaysWhatToDo() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("not-a-folder"), "x");
        List<String> shown = new ArrayList<>();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = withStderr(err, () -> Main.run(new String[0], options -> {
            throw new AssertionError("no window for an unusable data folder");
        }, shown::add, Map.of("SKILLGAP_HOME", notAFolder.toString())));
        assertThat(exitCode).isEqualTo(2);
        String line = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(line.lines()).hasSize(1);
        assertThat(line).contains("not-a-folder", "it is a file, not a folder", "--data-dir");
        // Started from a desktop launcher no one reads stderr: the same words in a window.
        assertThat(shown).singleElement().satisfies(message -> assertThat(line).endsWith(message));
    }

    @Test
    void theWindowAskedForWithOptionsShowsTheProblemInAWindowToo() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("not-a-folder"), "x");
        List<String> shown = new ArrayList<>();

        int exitCode = quietly(() -> Main.run(new String[] {"--data-dir", notAFolder.toString()}, options -> {
            throw new AssertionError("no window for an unusable data folder");
        }, shown::add, Map.of()));

        assertThat(exitCode).isEqualTo(2);
        assertThat(shown).singleElement().asString().contains("it is a file, not a folder");
    }

    @Test
    void aCommandInAnUnusableDataFolderSaysSoOnTheTerminalOnly() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("not-a-folder"), "x");
        List<String> shown = new ArrayList<>();

        int exitCode = quietly(() -> Main.run(new String[] {"--data-dir", notAFolder.toString(), "status"},
                options -> {
                    throw new AssertionError("no window for a command");
                }, shown::add, Map.of()));

        assertThat(exitCode).isEqualTo(2);
        assertThat(shown).isEmpty();
    }

    private static int quietly(java.util.function.IntSupplier run) {
        return withStderr(new ByteArrayOutputStream(), run);
    }

    /** Runs with stderr going to {@code err}, as a person would read it on the terminal. */
    private static int withStderr(ByteArrayOutputStream err, java.util.function.IntSupplier run) {
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return run.getAsInt();
        } finally {
            System.setErr(original);
        }
    }

    /** No JavaFX on the class path, say: an Error, which used to end in a stack trace and exit 1 with no message. */
    @Test
    void anErrorWhileOpeningTheWindowExitsOneWithOneLineNamingTheLogFile() {
        Path folder = temp.resolve("data");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = withStderr(err, () -> Main.run(new String[0], options -> {
            options.dataFolder();
            throw new NoClassDefFoundError("javafx/application/Application");
        }, ProblemWindow.NONE, Map.of("SKILLGAP_HOME", folder.toString())));
        assertThat(exitCode).isEqualTo(1);
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(message.lines()).hasSize(1);
        assertThat(message).contains("NoClassDefFoundError", "javafx/application/Application",
                folder.resolve("skillgap-0.log").toAbsolutePath().toString());
    }

    @Test
    void argumentsStillGoThroughTheCommandLine() {
        AtomicReference<Path> opened = new AtomicReference<>();
        Path folder = temp.resolve("chosen");
        assertThat(Main.run(new String[] {"--data-dir", folder.toString()},
                options -> opened.set(options.dataFolder().root()), ProblemWindow.NONE, Map.of())).isZero();
        assertThat(opened.get()).isEqualTo(folder.toAbsolutePath().normalize());
    }

    /**
     * The quick start skips picocli, so it is only right while an empty command line sets
     * nothing: no option default and nothing picocli injects. If this fails, either drop the
     * default/injection or make Main.run use the command line for an empty one too.
     */
    @Test
    void anEmptyCommandLineSetsNothingTheQuickStartWouldMiss() {
        CommandLine commandLine = SkillGapCommand.commandLine(options -> { }, Map.of());
        for (OptionSpec option : commandLine.getCommandSpec().options()) {
            assertThat(option.defaultValue()).as("default of %s", option.longestName()).isNull();
        }
        for (Field field : SkillGapCommand.class.getDeclaredFields()) {
            assertThat(Arrays.stream(field.getAnnotations()).map(a -> a.annotationType().getName()))
                    .as("field %s", field.getName())
                    .noneMatch(name -> name.equals(CommandLine.Spec.class.getName())
                            || name.equals(CommandLine.ParentCommand.class.getName())
                            || name.equals(CommandLine.Mixin.class.getName())
                            || name.equals(CommandLine.Parameters.class.getName()));
        }
    }
}
