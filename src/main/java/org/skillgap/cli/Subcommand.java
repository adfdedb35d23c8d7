package org.skillgap.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code skillgap} subcommand has: the root command (for the data folder and the
 * catalog) and the writer its command line prints to (the terminal, or a test's writer).
 */
abstract class Subcommand {

    @ParentCommand
    SkillGapCommand root;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** What a command does with the person's data, printing to {@code out}. */
    @FunctionalInterface
    interface Work {
        void run(Workspace ws, PrintWriter out) throws Exception;
    }

    /**
     * Opens the data folder's store for {@code work}, flushes what it printed and closes the store:
     * exit code 0 unless it throws (bad input exits 2, see {@link SkillGapCommand}).
     */
    final int inWorkspace(Work work) throws Exception {
        try (Workspace ws = Workspace.open(root)) {
            PrintWriter out = out();
            work.run(ws, out);
            out.flush();
        }
        return SkillGapCommand.OK;
    }
}
