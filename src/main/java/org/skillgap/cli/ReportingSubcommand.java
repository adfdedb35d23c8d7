package org.skillgap.cli;

import picocli.CommandLine.Mixin;

/** A subcommand that reports on the data, as text for people or as JSON for scripts. */
abstract class ReportingSubcommand extends WorkspaceCommand {

    @Mixin
    JsonOption output = new JsonOption();
}
