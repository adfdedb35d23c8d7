package org.skillgap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The message bundle and the code agree (as JabRef's localisation test checks): every key the code
 * or a schema names exists, and every key in the bundle is used, literally or through one of the
 * few key families built at run time, each listed here with where it is built.
 */
class LocalisationConsistencyTest {

    private static final Path BUNDLE = Path.of("resources", "messages", "messages.properties");

    /** A quoted message key in code: "area.word" or "area.word.more", the bundle's shape. */
    private static final Pattern QUOTED_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9@]+)+)\"");
    private static final Pattern SCHEMA_KEY = Pattern.compile("\"x-message\"\\s*:\\s*\"([^\"]+)\"");

    /** Keys built at run time, and where: a key of these families counts as used. */
    private static final List<String> BUILT_AT_RUN_TIME = List.of(
            "enum.",               // model.Labelled: enum.<Type>.<CONSTANT>
            "item.fact.",          // LearningItem.unverifiedNote: item.fact.<field>
            "catalog.rule.",       // catalog.ModellingRules: catalog.rule.<rule id>
            "json.type.",          // json.SourceMap / JsonSchemas: the JSON type a value should have
            "cli.posting.emphasis.", // cli.PostingCommand: cli.posting.emphasis.<required|preferred|...>
            "report.label.",       // report.PlanTemplate: {{label.<name>}} in resources/report/plan.mustache and plan.css
            "export.pdf.failed.", "export.data.failed.", "export.calendar.failed.", "import.data.failed.",
            "review.request.failed.", "review.import.failed."
            // ui.shell.FileActions.fail(key): key + ".title" and key + ".header"
    );

    /**
     * Quoted words that look like keys of the bundle's areas but are file names or setting names.
     * (Words outside the bundle's areas, such as "java.awt.headless" or "ui.darkTheme", are left
     * out by area.)
     */
    private static final Set<String> NOT_MESSAGES = Set.of("catalog.schema.json", "export.schema.json",
            "plan.css", "plan.mustache", "reassess.weeks", "catalog.skillsSeen", "catalog.versionSeen");

    private static Set<String> bundleKeys() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLE)) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(bundle.stringPropertyNames());
    }

    private static Set<String> keysNamedIn(Path folder, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> keysNamed() throws IOException {
        Set<String> named = keysNamedIn(Path.of("src", "main", "java"), ".java", QUOTED_KEY);
        named.addAll(keysNamedIn(Path.of("resources", "schema"), ".json", SCHEMA_KEY));
        named.removeAll(NOT_MESSAGES);
        Set<String> areas = new TreeSet<>();
        bundleKeys().forEach(key -> areas.add(key.substring(0, key.indexOf('.'))));
        named.removeIf(key -> !areas.contains(key.substring(0, key.indexOf('.'))));
        return named;
    }

    @Test
    void everyKeyTheCodeOrASchemaNamesIsInTheBundle() throws IOException {
        Set<String> bundle = bundleKeys();
        Set<String> missing = new TreeSet<>(keysNamed());
        missing.removeIf(key -> bundle.contains(key) || BUILT_AT_RUN_TIME.stream().anyMatch(key::startsWith)
                // a prefix the code completes (FileActions.fail("export.pdf.failed", ...))
                || bundle.stream().anyMatch(k -> k.startsWith(key + ".")));
        assertThat(missing).as("keys named in code but missing from %s", BUNDLE).isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> named = keysNamed();
        Set<String> unused = new TreeSet<>(bundleKeys());
        unused.removeIf(key -> named.contains(key) || BUILT_AT_RUN_TIME.stream().anyMatch(key::startsWith));
        assertThat(unused).as("keys in %s that nothing uses", BUNDLE).isEmpty();
    }

    /** The PDF template's words: each {{label.x}} it prints is report.label.x, and each such key is printed. */
    @Test
    void theReportTemplatesWordsAreTheBundlesReportLabels() throws IOException {
        Pattern label = Pattern.compile("\\{\\{label\\.([A-Za-z]+)}}");
        Set<String> used = keysNamedIn(Path.of("resources", "report"), ".mustache", label);
        used.addAll(keysNamedIn(Path.of("resources", "report"), ".css", label));
        used.remove("lang");
        Set<String> labels = new TreeSet<>();
        bundleKeys().stream().filter(k -> k.startsWith("report.label.")).forEach(k -> labels.add(k.substring(13)));
        assertThat(used).as("{{label.x}} in resources/report without report.label.x in %s", BUNDLE)
                .isSubsetOf(labels);
        assertThat(labels).as("report.label.x keys no template prints").isSubsetOf(used);
    }
}
