package org.skillgap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code skillgap help [COMMAND...]}: picocli's help command, but following the whole path
 * ({@code help posting add}); picocli's takes only the first name and shows {@code posting}'s help.
 * Its texts are picocli's, so the translations of cli-help keep their keys.
 */
@Command(name = "help", helpCommand = true,
        header = "Display help information about the specified command.",
        synopsisHeading = "%nUsage: ",
        description = {"%nWhen no COMMAND is given, the usage help for the main command is displayed.",
                "If a COMMAND is specified, the help for that command is shown.%n"})
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "helpCommand.help",
            description = "Show usage help for the help command and exit.")
    boolean helpRequested;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", descriptionKey = "helpCommand.command",
            description = "The COMMAND to display the usage help message for.")
    List<String> commands = new ArrayList<>();

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
                     PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    /** @throws CommandLine.UnmatchedArgumentException for a name that is no command there, said as bad usage */
    @Override
    public void run() {
        CommandLine shown = self.getParent();
        for (String name : commands) {
            CommandLine sub = shown.getSubcommands().get(name);
            if (sub == null) {
                throw new CommandLine.UnmatchedArgumentException(shown, List.of(name));
            }
            shown = sub;
        }
        shown.usage(out, colors);
    }
}
