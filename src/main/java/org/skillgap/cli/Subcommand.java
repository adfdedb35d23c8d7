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
}
