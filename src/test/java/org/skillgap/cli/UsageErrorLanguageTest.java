package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgap.EnglishLocale;

/**
 * A command line picocli refuses (a value or option missing, an option unknown or given twice, a
 * number that is not one, a command left out or misspelt) is said in the person's language, with
 * the help to read, exit 2 and nothing printed on stdout; picocli's English never shows. (The
 * language saved in the window speaks here too: see {@link LanguageOptionTest}.)
 */
@EnglishLocale
class UsageErrorLanguageTest {

    /** Picocli's own wording, which must not reach a person in any language. */
    private static final String[] PICOCLI_ENGLISH = {"Missing required", "Unknown option", "Invalid value",
        "Unmatched argument", "should be specified only once", "Did you mean", "Expected parameter",
        "Missing required subcommand", "Unknown subcommand", "is not an int"};

    @TempDir
    Path data;

    static Stream<Arguments> refusedLines() {
        return Stream.of(
                Arguments.of("rate",
                        "skillgap rate is missing SKILL_ID, LEVEL: give them as in \"skillgap rate SKILL_ID LEVEL\"",
                        "bei skillgap rate fehlen SKILL_ID, LEVEL, etwa so: „skillgap rate SKILL_ID LEVEL“",
                        "skillgap rate --help"),
                Arguments.of("rate|agile-practices",
                        "skillgap rate is missing LEVEL: give it as in \"skillgap rate SKILL_ID LEVEL\"",
                        "bei skillgap rate fehlt LEVEL, etwa so: „skillgap rate SKILL_ID LEVEL“",
                        "skillgap rate --help"),
                Arguments.of("cert|add|pmp",
                        "skillgap cert add needs the option --earned YYYY-MM-DD",
                        "skillgap cert add braucht die Option --earned YYYY-MM-DD",
                        "skillgap cert add --help"),
                Arguments.of("profile|--name",
                        "the option --name needs a value after it: --name TEXT",
                        "nach der Option --name fehlt ihr Wert: --name TEXT",
                        "skillgap profile --help"),
                Arguments.of("status|--foo",
                        "skillgap status has no option --foo",
                        "skillgap status hat keine Option --foo",
                        "skillgap status --help"),
                Arguments.of("status|--jsn",
                        "skillgap status has no option --jsn; did you mean --json?",
                        "skillgap status hat keine Option --jsn; meinten Sie --json?",
                        "skillgap status --help"),
                Arguments.of("plan|--hours|abc",
                        "skillgap plan has no option --hours",
                        "skillgap plan hat keine Option --hours",
                        "skillgap plan --help"),
                Arguments.of("profile|--hours-per-week|abc",
                        "--hours-per-week needs a whole number, not \"abc\"",
                        "--hours-per-week braucht eine ganze Zahl, nicht „abc“",
                        "skillgap profile --help"),
                Arguments.of("review|adopt|agile-practices|--review=first",
                        "--review needs a whole number, not \"first\"",
                        "--review braucht eine ganze Zahl, nicht „first“",
                        "skillgap review adopt --help"),
                Arguments.of("profile|--name|Ada|--name|Bea",
                        "the option --name was given more than once: give it once",
                        "die Option --name wurde mehrmals angegeben: Geben Sie sie nur einmal an",
                        "skillgap profile --help"),
                Arguments.of("rate|agile-practices|3|4|5",
                        "more was given than skillgap rate takes: leave out \"4\" \"5\"",
                        "skillgap rate nimmt nicht so viel an: Lassen Sie \"4\" \"5\" weg",
                        "skillgap rate --help"),
                Arguments.of("frobnicate",
                        "skillgap has no command \"frobnicate\". Its commands are: catalog, profile, rate,",
                        "skillgap hat keinen Befehl „frobnicate“. Seine Befehle sind: catalog, profile, rate,",
                        "skillgap --help"),
                Arguments.of("posting",
                        "skillgap posting needs one of its commands: add, fit, list, remove, show",
                        "skillgap posting braucht einen seiner Befehle: add, fit, list, remove, show",
                        "skillgap posting --help"),
                Arguments.of("help|posting|ad",
                        "skillgap posting has no command \"ad\". Its commands are: add, fit, list, remove, show",
                        "skillgap posting hat keinen Befehl „ad“. Seine Befehle sind: add, fit, list, remove, show",
                        "skillgap posting --help"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedLines")
    void inEnglishItSaysWhatIsWrongAndWhichHelpToRead(String line, String english, String german, String help) {
        CliRun run = CliRun.in(data, line.split("\\|"));

        assertRefused(run);
        assertThat(run.err).startsWith("skillgap: " + english)
                .contains("(see '" + help + "' for how to use it)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedLines")
    void withLangDeItSaysItInGermanWhereverTheOptionStands(String line, String english, String german, String help) {
        List<String> before = new ArrayList<>(List.of("--lang", "de"));
        before.addAll(List.of(line.split("\\|")));
        List<String> after = new ArrayList<>(List.of(line.split("\\|")));
        after.addAll(List.of("--lang=de"));

        CliRun first = CliRun.in(data, before.toArray(String[]::new));
        CliRun last = CliRun.in(data, after.toArray(String[]::new));

        assertRefused(first);
        assertThat(first.err).startsWith("skillgap: " + german)
                .contains("(„" + help + "“ zeigt, wie es geht)")
                .doesNotContain(english, "see '");
        assertRefused(last);
        assertThat(last.err).contains(german);
    }

    @Test
    void aRefusedLineCreatesNoDataFile() {
        assertRefused(CliRun.in(data, "--lang", "de", "status", "--foo"));
        assertThat(data.resolve("skillgap.db")).doesNotExist();
    }

    private static void assertRefused(CliRun run) {
        assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
        assertThat(run.out).as(run.toString()).isEmpty();
        assertThat(run.err.strip().lines()).as(run.toString()).hasSize(1);
        assertThat(run.err).doesNotContain(PICOCLI_ENGLISH);
    }
}
