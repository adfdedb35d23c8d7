package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class CommandLineTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicBoolean windowOpened = new AtomicBoolean();

    private int run(String... args) {
        CommandLine cmd = SkillGapCommand.commandLine(options -> windowOpened.set(true), Map.of());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void versionPrintsTheVersionAndExitsZero() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("SkillGap ");
        assertThat(windowOpened).isFalse();
    }

    @Test
    void helpListsTheDataDirOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: skillgap").contains("--data-dir");
    }

    @Test
    void unknownCommandExitsTwoWithOneLineMessage() {
        assertThat(run("frobnicate")).isEqualTo(2);
        String message = err.toString().strip();
        assertThat(message).contains("frobnicate").contains("--help");
        assertThat(message.lines()).hasSize(1);
        assertThat(windowOpened).isFalse();
    }

    @Test
    void noArgumentsOpensTheWindowInTheDataFolderGiven() {
        Path folder = temp.resolve("new/data");
        assertThat(run("--data-dir", folder.toString())).isZero();
        assertThat(windowOpened).isTrue();
        assertThat(folder).isDirectory();
        assertThat(folder.resolve("skillgap-0.log")).exists();
    }

    @Test
    void environmentVariableChoosesTheDataFolderWhenNoOptionIsGiven() {
        Path folder = temp.resolve("from-env");
        CommandLine cmd = SkillGapCommand.commandLine(options -> options.dataFolder(),
                Map.of("SKILLGAP_HOME", folder.toString()));
        assertThat(cmd.execute()).isZero();
        assertThat(folder).isDirectory();
    }

    @Test
    void anErrorIsReportedAsExitOneWithOneLineNamingTheLogFile() {
        Path folder = temp.resolve("data");
        CommandLine cmd = SkillGapCommand.commandLine(options -> {
            options.dataFolder();
            throw new OutOfMemoryError("Java heap space");
        }, Map.of());
        cmd.setErr(new PrintWriter(err));

        assertThat(cmd.execute("--data-dir", folder.toString())).isEqualTo(1);
        String message = err.toString().strip();
        assertThat(message.lines()).hasSize(1);
        assertThat(message).contains("OutOfMemoryError: Java heap space", folder.resolve("skillgap-0.log").toString());
    }

    @Test
    void unusableDataFolderExitsTwoAndSaysWhatToDo() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        assertThat(run("--data-dir", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not-a-folder").contains("--data-dir");
    }
}
