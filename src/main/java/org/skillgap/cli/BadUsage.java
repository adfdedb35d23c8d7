package org.skillgap.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.skillgap.model.Messages;
import org.skillgap.service.LanguageSetting;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command line that cannot be run as typed (an option missing, unknown or given twice, a value
 * of the wrong kind, a command left out), said in the person's language: each of picocli's
 * exceptions becomes a sentence of the bundle naming what is wrong, and the command's help to
 * read. Picocli's own English text never reaches the person. Exit code 2.
 *
 * <p>Picocli fails before {@code --lang} is taken (see {@link SkillGapCommand}), so the language
 * is found here: {@code --lang} anywhere on the line, else the one saved in the data folder.
 */
final class BadUsage implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        speakTheLanguageOf(command, args);
        report(command, problem(e, args));
        return SkillGapCommand.BAD_INPUT;
    }

    /** One line on stderr: what is wrong, and which help says how it goes. */
    static void report(CommandLine command, String problem) {
        PrintWriter err = command.getErr();
        err.println(Messages.get("cli.badUsage", problem, command.getCommandSpec().qualifiedName()));
        err.flush();
    }

    private static void speakTheLanguageOf(CommandLine command, String[] args) {
        if (Messages.chosen()) {
            return;
        }
        Optional<String> code = SkillGapCommand.optionValue(args, SkillGapCommand.LANG_OPTION);
        Optional<Locale> given = code.flatMap(Messages::language);
        if (given.isPresent()) {
            Messages.use(given.get());
        } else if (command.getCommandSpec().root().userObject() instanceof SkillGapCommand root) {
            LanguageSetting.applySaved(root.savedLanguage(args));
        }
    }

    private static String problem(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        if (e instanceof CommandLine.MissingParameterException missing) {
            return missing(command, missing.getMissing(), args);
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unmatched(command, unmatched);
        }
        if (e instanceof CommandLine.OverwrittenOptionException twice) {
            return Messages.get("cli.usage.repeated", label(twice.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            // picocli could not convert the value to the option's type
            return isWholeNumber(e.getArgSpec().type())
                    ? Messages.get("cli.usage.notANumber", label(e.getArgSpec()), e.getValue())
                    : Messages.get("cli.usage.badValue", label(e.getArgSpec()), e.getValue());
        }
        if (isGroup(command) && (command.getParseResult() == null || !command.getParseResult().hasSubcommand())) {
            // a command that is only a group of commands (posting, cert...), given none of them
            return Messages.get("cli.usage.missingCommand", name, commands(command));
        }
        return Messages.get("cli.usage.invalid", name);
    }

    private static String missing(CommandLine command, List<ArgSpec> missing, String[] args) {
        String name = command.getCommandSpec().qualifiedName();
        if (missing.isEmpty()) {
            return Messages.get("cli.usage.missingCommand", name, commands(command));
        }
        Optional<OptionSpec> withoutValue = missing.stream().filter(ArgSpec::isOption).map(OptionSpec.class::cast)
                .filter(option -> given(option, args)).findFirst();
        if (withoutValue.isPresent()) {
            return Messages.get("cli.usage.missingValue", withoutValue.get().longestName(),
                    withoutValue.get().paramLabel());
        }
        if (missing.stream().allMatch(ArgSpec::isOption)) {
            return Messages.get("cli.usage.missingOption", name, missing.size(), missing.stream()
                    .map(o -> ((OptionSpec) o).longestName() + " " + o.paramLabel()).collect(Collectors.joining(", ")));
        }
        // Picocli names the first value missing; the values are taken in order, so all after it are missing too.
        List<PositionalParamSpec> values = command.getCommandSpec().positionalParameters();
        List<String> absent = values.subList(Math.max(0, values.indexOf(missing.get(0))), values.size()).stream()
                .filter(ArgSpec::required).map(ArgSpec::paramLabel).toList();
        return Messages.get("cli.usage.missingParameters", name, absent.size(), String.join(", ", absent),
                values.stream().map(PositionalParamSpec::paramLabel).collect(Collectors.joining(" ")));
    }

    private static String unmatched(CommandLine command, CommandLine.UnmatchedArgumentException e) {
        String name = command.getCommandSpec().qualifiedName();
        Optional<String> option = e.getUnmatched().stream().filter(BadUsage::looksLikeAnOption).findFirst();
        if (option.isPresent()) {
            // Picocli's guess, the closest option by spelling ("--jsn": --json); none when nothing is close.
            String problem = Messages.get("cli.usage.unknownOption", name, option.get());
            return e.getSuggestions().isEmpty() ? problem
                    : Messages.get("cli.usage.didYouMean", problem, e.getSuggestions().get(0));
        }
        if (isGroup(command)) {
            // The commands are listed; picocli's guesses among them would only repeat some.
            return Messages.get("cli.usage.unknownCommand", name, e.getUnmatched().get(0), commands(command));
        }
        return Messages.get("cli.usage.unexpected", name, quoted(e.getUnmatched()));
    }

    /** Whether the option was typed, so that what is missing is its value rather than the option. */
    private static boolean given(OptionSpec option, String[] args) {
        return Stream.of(args).anyMatch(arg -> Stream.of(option.names())
                .anyMatch(n -> arg.equals(n) || arg.startsWith(n + "=")));
    }

    /** A command that takes commands, not values (skillgap, posting, cert...): a word after it names one. */
    private static boolean isGroup(CommandLine command) {
        return !command.getSubcommands().isEmpty() && command.getCommandSpec().positionalParameters().isEmpty();
    }

    private static boolean looksLikeAnOption(String arg) {
        return arg.length() > 1 && arg.startsWith("-") && !Character.isDigit(arg.charAt(1));
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }

    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** The commands of a group, help left out: "add, fit, list". */
    private static String commands(CommandLine command) {
        return command.getSubcommands().keySet().stream().filter(c -> !c.equals("help"))
                .collect(Collectors.joining(", "));
    }

    private static String quoted(List<String> args) {
        return args.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(" "));
    }
}
