package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgap.EnglishLocale;
import org.skillgap.model.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --help} and {@code help} follow {@code --lang}: the usage texts of every command in its language. */
@EnglishLocale
class CliHelpLanguageTest {

    @TempDir
    Path data;

    @Test
    void aCommandsHelpIsGermanWithTheOptionBeforeOrAfterIt() {
        String before = CliRun.ok(data, "--lang", "de", "status", "--help").out;
        String after = CliRun.ok(data, "status", "--help", "--lang", "de").out;

        assertThat(before).startsWith("Aufruf: skillgap status")
                .contains("Wie bereit Sie sind: Bereitschaft, Werte je Kategorie, Lücken (größte zuerst)")
                .contains("--json              JSON statt Text ausgeben.")
                .contains("-h, --help              Diese Hilfe anzeigen und beenden.")
                .contains("--lang=CODE         Sprache: en (English) oder de (Deutsch)")
                .doesNotContain("Usage:", "How ready you are", "Print JSON");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aNestedCommandsHelpAndTheHelpCommandAreGermanToo() {
        assertThat(CliRun.ok(data, "--lang", "de", "posting", "add", "--help").out)
                .startsWith("Aufruf: skillgap posting add")
                .contains("Eine Stellenanzeige speichern, um sie mit anderen zu vergleichen")
                .contains("FILE             Die Stellenanzeige (.txt, .md, .html oder .pdf).")
                .contains("--title=TEXT     Ihr Titel; ohne diese Angabe die erste Zeile der Anzeige.")
                .doesNotContain("Usage:", "Keep a job posting");
        assertThat(CliRun.ok(data, "--lang", "de", "help", "posting").out)
                .startsWith("Aufruf: skillgap posting").contains("Befehle:")
                .contains("  add     Eine Stellenanzeige speichern");
    }

    @Test
    void theHelpCommandFollowsTheWholePathInEitherLanguage() {
        String german = CliRun.ok(data, "--lang", "de", "help", "posting", "add").out;
        String english = CliRun.ok(data, "help", "posting", "add").out;

        assertThat(german).startsWith("Aufruf: skillgap posting add")
                .contains("--title=TEXT     Ihr Titel; ohne diese Angabe die erste Zeile der Anzeige.")
                .isEqualTo(CliRun.ok(data, "--lang", "de", "posting", "add", "--help").out);
        assertThat(english).startsWith("Usage: skillgap posting add")
                .contains("Its title; the posting's first line when not given.")
                .doesNotContain("Commands:")
                .isEqualTo(CliRun.ok(data, "posting", "add", "--help").out);
        assertThat(CliRun.ok(data, "help", "cert", "list").out).startsWith("Usage: skillgap cert list");
    }

    /** --help and --version are the root command's, inherited by every command (backup and restore had neither). */
    @Test
    void everyCommandHasHelpAndVersion() {
        assertThat(CliRun.ok(data, "--lang", "de", "backup", "--help").out).startsWith("Aufruf: skillgap backup [-hV]")
                .contains("-h, --help");
        assertThat(CliRun.ok(data, "restore", "--help").out).startsWith("Usage: skillgap restore [-hV]");
        assertThat(CliRun.ok(data, "status", "--version").out).startsWith("SkillGap ");
        assertThat(CliRun.ok(data, "posting", "add", "-V").out).startsWith("SkillGap ");
    }

    @Test
    void theTopLevelHelpListsTheCommandsInGerman() {
        assertThat(CliRun.ok(data, "--lang", "de", "--help").out).startsWith("Aufruf: skillgap [-hV]")
                .contains("Planen Sie Ihren Weg zum IT-Produktmanager.")
                .contains("Befehle:")
                .contains("  rate      Sich bei einer Fähigkeit von 0 bis 5 einstufen.")
                .doesNotContain("Commands:", "Rate yourself");
    }

    @Test
    void withoutTheOptionTheHelpStaysEnglish() {
        assertThat(CliRun.ok(data, "status", "--help").out).startsWith("Usage: skillgap status")
                .contains("How ready you are: readiness, category scores")
                .contains("Print JSON instead of text.")
                .doesNotContain("Aufruf", "Bereitschaft");
        assertThat(CliRun.in(data, "--lang", "en", "--help").out).contains("Commands:").doesNotContain("Befehle");
    }

    static Stream<Locale> translations() {
        return Messages.LANGUAGES.stream().filter(l -> !l.equals(Locale.ENGLISH));
    }

    /**
     * Every command's description and every option's and parameter's text has its translation (it
     * differs from the English of the annotations), and every text of the bundle is shown somewhere:
     * a key naming no command or option, such as one left behind by a rename, fails here.
     */
    @ParameterizedTest
    @MethodSource("translations")
    void everyHelpTextIsTranslatedAndEveryTranslationIsShown(Locale language) {
        ResourceBundle bundle = ResourceBundle.getBundle(SkillGapCommand.HELP_BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Recording recording = new Recording(bundle);
        CommandLine english = SkillGapCommand.commandLine(o -> { }, Map.of());
        CommandLine translated = SkillGapCommand.commandLine(o -> { }, Map.of());
        translated.setResourceBundle(recording);

        Map<String, String> untranslated = new TreeMap<>();
        List<String> shown = new ArrayList<>();
        compare(english, translated, untranslated, shown);

        assertThat(untranslated).as("help texts still in English in %s", SkillGapCommand.HELP_BUNDLE).isEmpty();
        assertThat(shown).allSatisfy(help -> assertThat(help).doesNotContain("Usage:", "Commands:"));
        Set<String> unused = new TreeSet<>(bundle.keySet());
        unused.removeAll(recording.read);
        assertThat(unused).as("keys of %s_%s that name no command or option", SkillGapCommand.HELP_BUNDLE, language)
                .isEmpty();
    }

    private static void compare(CommandLine english, CommandLine translated, Map<String, String> untranslated,
                                List<String> shown) {
        CommandSpec en = english.getCommandSpec();
        CommandSpec tr = translated.getCommandSpec();
        String name = en.qualifiedName(" ");
        differs(name, en.usageMessage().description(), tr.usageMessage().description(), untranslated);
        if (en.usageMessage().header().length > 0) {
            differs(name + " (header)", en.usageMessage().header(), tr.usageMessage().header(), untranslated);
        }
        List<ArgSpec> enArgs = en.args();
        List<ArgSpec> trArgs = tr.args();
        assertThat(trArgs).hasSameSizeAs(enArgs);
        for (int i = 0; i < enArgs.size(); i++) {
            differs(name + " " + label(enArgs.get(i)), enArgs.get(i).description(), trArgs.get(i).description(),
                    untranslated);
        }
        // Printing reads the headings; a heading or text picocli cannot format would throw here.
        shown.add(translated.getUsageMessage());
        for (Map.Entry<String, CommandLine> sub : english.getSubcommands().entrySet()) {
            compare(sub.getValue(), translated.getSubcommands().get(sub.getKey()), untranslated, shown);
        }
    }

    private static String label(ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static void differs(String what, String[] english, String[] translated, Map<String, String> untranslated) {
        String en = String.join(" ", english);
        if (en.isBlank() || en.equals(String.join(" ", translated))) {
            untranslated.put(what, en);
        }
    }

    /** The translation's texts, noting each one picocli reads. */
    private static final class Recording extends ResourceBundle {
        private final ResourceBundle texts;
        final Set<String> read = new TreeSet<>();

        Recording(ResourceBundle texts) {
            this.texts = texts;
        }

        @Override
        protected Object handleGetObject(String key) {
            if (!texts.containsKey(key)) {
                return null;
            }
            read.add(key);
            return texts.getObject(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return texts.getKeys();
        }
    }
}
