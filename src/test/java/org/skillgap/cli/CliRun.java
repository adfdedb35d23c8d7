package org.skillgap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.skillgap.model.Messages;

import picocli.CommandLine;

/** Runs {@code skillgap} in-process against a data folder, as a person would type it. */
final class CliRun {

    final int exitCode;
    final String out;
    final String err;

    private CliRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    /** The command run as a person types it, which must succeed (exit 0); the run says why when not. */
    static CliRun ok(Path dataDir, String... args) {
        CliRun run = in(dataDir, args);
        org.assertj.core.api.Assertions.assertThat(run.exitCode).as(run.toString()).isZero();
        return run;
    }

    static CliRun in(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = SkillGapCommand.commandLine(options -> {
            throw new AssertionError("the window must not open");
        }, Map.of());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code;
        try {
            code = cmd.execute(all.toArray(String[]::new));
        } finally {
            // One process runs one command; here many share a JVM, so a --lang must not outlast its run.
            Messages.useDefault();
        }
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\nout: " + out + "\nerr: " + err;
    }
}
