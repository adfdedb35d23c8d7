package org.skillgap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgap.model.Messages;

/**
 * Every language says everything English says, with the same blanks: each key of messages.properties
 * is in every other bundle (a missing one would show in English, and is listed here), each
 * translation fills the same {0}, {1}... as the English, and each pattern parses as the formatter
 * that will format it reads it (ICU for plurals).
 */
class MessageBundlesTest {

    private static final Path FOLDER = Path.of("resources", "messages");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** An apostrophe that is not doubled: MessageFormat takes it as the start of quoted text and drops it. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static Stream<Locale> translations() {
        return Messages.LANGUAGES.stream().filter(l -> !l.equals(Locale.ENGLISH));
    }

    private static Map<String, String> bundle(String fileName) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(FOLDER.resolve(fileName), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> messages.put(k, properties.getProperty(k)));
        return messages;
    }

    private static Map<String, String> english() throws IOException {
        return bundle("messages.properties");
    }

    private static Map<String, String> in(Locale language) throws IOException {
        return bundle("messages_" + language.getLanguage() + ".properties");
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyKeyIsTranslated(Locale language) throws IOException {
        Set<String> missing = new TreeSet<>(english().keySet());
        missing.removeAll(in(language).keySet());
        assertThat(missing).as("keys shown in English because messages_%s.properties lacks them", language).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void noTranslationHasAKeyEnglishLacks(Locale language) throws IOException {
        Set<String> extra = new TreeSet<>(in(language).keySet());
        extra.removeAll(english().keySet());
        assertThat(extra).as("keys of messages_%s.properties no code uses", language).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyTranslationFillsTheSameBlanks(Locale language) throws IOException {
        Map<String, String> english = english();
        Map<String, String> differ = new TreeMap<>();
        in(language).forEach((key, text) -> {
            if (english.containsKey(key) && !arguments(text).equals(arguments(english.get(key)))) {
                differ.put(key, arguments(english.get(key)) + " in English, " + arguments(text) + " here");
            }
        });
        assertThat(differ).as("messages whose {n} differ from the English").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyTranslationParses(Locale language) throws IOException {
        in(language).forEach((key, text) -> assertThatCode(() -> parse(text, language)).as(key).doesNotThrowAnyException());
    }

    @ParameterizedTest
    @MethodSource("translations")
    void noTranslationLosesAnApostrophe(Locale language) throws IOException {
        Map<String, String> lost = new TreeMap<>();
        in(language).forEach((key, text) -> {
            if (!arguments(text).isEmpty() && LONE_APOSTROPHE.matcher(text).find()) {
                lost.put(key, text);
            }
        });
        assertThat(lost).as("write an apostrophe as '' in a message with {n}, or it disappears").isEmpty();
    }

    /** German quotes open low and close high: „so“. A straight " closing one looks like a typo. */
    @org.junit.jupiter.api.Test
    void germanQuotesCloseWithTheirOwnMark() throws IOException {
        Map<String, String> straight = new TreeMap<>();
        for (String file : new String[] {"messages_de.properties", "cli-help_de.properties"}) {
            bundle(file).forEach((key, text) -> {
                if (text.matches("(?s).*„[^“]*\".*")) {
                    straight.put(key, text);
                }
            });
        }
        assertThat(straight).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void everyEnglishPatternParses() throws IOException {
        english().forEach((key, text) -> assertThatCode(() -> parse(text, Locale.ENGLISH)).as(key).doesNotThrowAnyException());
    }

    @org.junit.jupiter.api.Test
    void aGermanMessageIsFormattedInGerman() {
        assertThat(Messages.in(Locale.GERMAN, "cli.calendar.done", 1200, "plan.ics"))
                .isEqualTo("1.200 Termine geschrieben nach plan.ics");
        assertThat(Messages.in(Locale.GERMAN, "cli.calendar.done", 1, "plan.ics")).isEqualTo("1 Termin geschrieben nach plan.ics");
        assertThat(Messages.in(Locale.ENGLISH, "cli.calendar.done", 1, "plan.ics")).isEqualTo("Wrote 1 event to plan.ics");
    }

    @org.junit.jupiter.api.Test
    void aMessageSaidOnceFollowsALaterFormattingLocaleToo() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            assertThat(Messages.in(Locale.GERMAN, "cli.calendar.done", 1200, "plan.ics")).startsWith("1.200 ");
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("de-CH"));
            String swiss = java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("de-CH")).format(1200);
            assertThat(Messages.in(Locale.GERMAN, "cli.calendar.done", 1200, "plan.ics")).startsWith(swiss + " ")
                    .doesNotStartWith("1.200");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    private static void parse(String text, Locale language) {
        if (text.contains(",plural,")) {
            new com.ibm.icu.text.MessageFormat(text, language);
        } else {
            new MessageFormat(text, language);
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
