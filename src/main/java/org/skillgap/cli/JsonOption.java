package org.skillgap.cli;

import picocli.CommandLine.Option;

/** {@code --json}: JSON for scripts instead of text for people, on every command that reports. */
final class JsonOption {

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;
}
