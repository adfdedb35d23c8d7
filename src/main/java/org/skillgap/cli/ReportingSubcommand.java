package org.skillgap.cli;

import picocli.CommandLine.Option;

/** A subcommand that reports on the data, as text for people or as JSON for scripts. */
abstract class ReportingSubcommand extends WorkspaceCommand {

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;
}
