package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.skillgap.EnglishLocale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad file in the test corpus (src/test/resources/import/bad and catalog/bad), given to the
 * command line as a person would: exit 2, a short message naming the file and the problem, and the
 * data file byte for byte as it was.
 */
@EnglishLocale
class BadFileCorpusTest {

    /** What each message must say, so that the person learns what is wrong, not just that something is. */
    private static final Map<String, String> IMPORT_PROBLEMS = Map.ofEntries(
            Map.entry("bad-timestamp.json", "timestamp \"yesterday\""),
            Map.entry("binary-garbage.json", "is not UTF-8 text"),
            Map.entry("comments.json", "comments.json:4: format: is not valid JSON: JSON allows no comment"),
            Map.entry("deep-nesting.json", "nested too deeply"),
            Map.entry("duplicate-keys.json", "duplicate-keys.json:6: ratings.cloud-computing: the field \"cloud-computing\" is given twice"),
            Map.entry("empty.json", "is empty"),
            Map.entry("future-version.json", "made by a newer SkillGap"),
            Map.entry("hours-out-of-range.json", "hours-out-of-range.json:10: profile.hoursPerWeek: 200 hours a week is outside 1-80"),
            Map.entry("huge-key.json", "holds a key or a text far longer"),
            Map.entry("huge-note.json", "huge-note.json:8: notes.cloud-computing: the text is 10,500 characters long; the limit is 10,000"),
            Map.entry("latin1.json", "is not UTF-8 text"),
            Map.entry("level-as-text.json", "level-as-text.json:15: ratings.cloud-computing: should be a whole number, but is the text \"3\""),
            Map.entry("level-huge-number.json", "ratings.cloud-computing: level 99999999999999999999999999 is outside 0-5"),
            Map.entry("level-nan.json", "is not valid JSON"),
            Map.entry("level-not-whole.json", "ratings.cloud-computing: should be a whole number, but is the number 2.5"),
            Map.entry("level-out-of-range.json", "level-out-of-range.json:15: ratings.cloud-computing: level 7 is outside 0-5"),
            Map.entry("malformed.json", "is not valid JSON: the file ends in the middle of a value"),
            Map.entry("name-too-long.json", "name-too-long.json:11: profile.name: the text is 320 characters long; the limit is 200"),
            Map.entry("not-an-object.json", "the file holds no JSON object"),
            Map.entry("not-skillgap.json", "not a SkillGap export"),
            Map.entry("ratings-not-an-object.json", "ratings-not-an-object.json:14: ratings: should be an object (in curly braces), but is a list"),
            Map.entry("trailing-garbage.json", "is not valid JSON: there is more text after the end"),
            Map.entry("type-hint-class.json", "type-hint-class.json:2: [\"@class\"]: unknown field \"@class\""),
            Map.entry("type-hint-in-profile.json", "type-hint-in-profile.json:9: profile[\"@type\"]: unknown field \"@type\""),
            Map.entry("unknown-field.json", "unknown-field.json:8: passwords: unknown field \"passwords\" (check the spelling"),
            Map.entry("unknown-item.json", "items[\"cert underwater\"]: the id \"cert underwater\" is not valid"),
            Map.entry("unknown-skill.json", "ratings[\"Basket weaving!\"]: the id \"Basket weaving!\" is not valid"),
            Map.entry("unknown-status.json", "unknown-status.json:7: items.cert-csm: unknown status \"finished\""),
            Map.entry("unknown-target.json", "unknown target role id"),
            Map.entry("utf16.json", "saved as UTF-16"),
            Map.entry("version-as-text.json", "version-as-text.json:18: version: should be a whole number, but is the text \"1\""));

    private static final Map<String, String> CATALOG_PROBLEMS = Map.ofEntries(
            Map.entry("binary.json", "is not UTF-8 text"),
            Map.entry("comments.json", "comments.json:2: catalogVersion: is not valid JSON: JSON allows no comment (\"// bumped by Ana\")"),
            Map.entry("deep-nesting.json", "is nested too deeply (more than 20 levels)"),
            Map.entry("duplicate-keys.json", "duplicate-keys.json:48: items[0].effortHours: the field \"effortHours\" is given twice"),
            Map.entry("duplicate-skill-id.json", "agile-practices"),
            Map.entry("effort-as-text.json", "effort-as-text.json:83: items[0].effortHours: should be a whole number, but is the text \"46 hours\""),
            Map.entry("empty.json", "empty"),
            Map.entry("huge-number.json", "huge-number.json:47: items[0].effortHours: a number of 401 digits"),
            Map.entry("latin1.json", "is not UTF-8 text (invalid bytes at byte 402)"),
            Map.entry("malformed.json", "is not valid JSON: the file ends in the middle of a value"),
            Map.entry("not-an-object.json", "whole file: should be an object (in curly braces), but is a list"),
            Map.entry("raises-negative-level.json", "raises-negative-level.json:98: items[1].raises[0].level: level -2 is outside the scale here"),
            Map.entry("skills-not-a-list.json", "skills-not-a-list.json:3: skills: should be a list (in square brackets), but is the text"),
            Map.entry("target-level-7.json", "target-level-7.json:43: profiles[0].targets[0].level: level 7 is outside the scale"),
            Map.entry("trailing-text.json", "trailing-text.json:77: whole file: is not valid JSON: there is more text after the end of the file's object (\"PS: remember"),
            Map.entry("type-hint-class.json", "type-hint-class.json:130: [\"@class\"]: unknown field \"@class\""),
            Map.entry("type-hint-in-item.json", "type-hint-in-item.json:73: items[0][\"@type\"]: unknown field \"@type\""),
            Map.entry("unknown-prerequisite.json", "unknown-prerequisite.json:104: items[1].prerequisiteItems[0]: refers to the item \"scrum-master-pro\""),
            Map.entry("unknown-skill-reference.json", "unknown-skill-reference.json:48: profiles[0].targets[1].skill: refers to the skill \"market-analytics\""),
            Map.entry("whitespace-only.json", "empty"));

    @TempDir
    Path temp;

    private Path data;
    private byte[] databaseBefore;

    @BeforeEach
    void someoneWithDataAlready() throws IOException {
        data = temp.resolve("data");
        for (String[] command : List.of(
                new String[] {"profile", "--name", "Zoë", "--target", "it-product-manager", "--background", "qa-analyst",
                        "--hours-per-week", "8"},
                new String[] {"rate", "cloud-computing", "2"},
                new String[] {"rate", "agile-practices", "3"},
                new String[] {"mark", "csm", "in-progress"})) {
            CliRun run = CliRun.in(data, command);
            assertThat(run.exitCode).as(run.toString()).isZero();
        }
        databaseBefore = Files.readAllBytes(data.resolve("skillgap.db"));
    }

    static Stream<String> badImportFiles() throws Exception {
        return corpus("/import/bad");
    }

    static Stream<String> badCatalogFiles() throws Exception {
        return corpus("/catalog/bad");
    }

    private static Stream<String> corpus(String folder) throws URISyntaxException, IOException {
        Path dir = Path.of(BadFileCorpusTest.class.getResource(folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> folder + "/" + p.getFileName()).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHasAtLeastThirtyDistinctBadFilesAndEachHasItsExpectedMessage() throws Exception {
        List<String> imports = badImportFiles().toList();
        List<String> catalogs = badCatalogFiles().toList();
        assertThat(imports.size() + catalogs.size()).isGreaterThanOrEqualTo(30);
        assertThat(imports).extracting(BadFileCorpusTest::fileName).containsExactlyInAnyOrderElementsOf(IMPORT_PROBLEMS.keySet());
        assertThat(catalogs).extracting(BadFileCorpusTest::fileName).containsExactlyInAnyOrderElementsOf(CATALOG_PROBLEMS.keySet());
        System.out.printf("Bad file corpus: %d import files and %d catalog files, plus one of each over the size limit%n",
                imports.size(), catalogs.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badImportFiles")
    void importOfABadFileExitsTwoNamesTheProblemAndChangesNothing(String resource) throws Exception {
        Path file = copy(resource);

        CliRun run = CliRun.in(data, "import", file.toString());

        assertRefusedUnchanged(run, fileName(resource), IMPORT_PROBLEMS.get(fileName(resource)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCatalogFiles")
    void aBadCatalogFileExitsTwoNamesTheProblemAndChangesNothing(String resource) throws Exception {
        Path file = copy(resource);

        CliRun run = CliRun.in(data, "--catalog", file.toString(), "status");

        assertRefusedUnchanged(run, fileName(resource), CATALOG_PROBLEMS.get(fileName(resource)));
    }

    @Test
    void anImportFileOverTheSizeLimitIsRefusedWithoutReadingItAll() throws Exception {
        Path file = temp.resolve("huge-export.json");
        writeBig(file, "{\"format\": \"skillgap\", \"version\": 1, \"settings\": {\"padding\": \"", "\"}}");

        CliRun run = CliRun.in(data, "import", file.toString());

        assertRefusedUnchanged(run, "huge-export.json", "a SkillGap export is at most 5 MB");
    }

    @Test
    void aCatalogFileOverTheSizeLimitIsRefused() throws Exception {
        Path file = temp.resolve("huge-catalog.json");
        writeBig(file, "{\"catalogVersion\": \"", "\"}");

        CliRun run = CliRun.in(data, "--catalog", file.toString(), "status");

        assertRefusedUnchanged(run, "huge-catalog.json", "5 MB");
    }

    /**
     * Words of the parser or the validator, never of SkillGap: Jackson's "end-of-input" and "Source:
     * REDACTED", networknt's "$.x: integer found, string expected" and "does not match the regex", class names.
     */
    private static final List<String> NOT_FOR_A_PERSON = List.of("end-of-input", "Source:", "REDACTED",
            "StreamReadFeature", "$.", "$[", "but found", "does not match", "is not defined in the schema",
            "jackson", "networknt", "Exception", "JsonNode", "token", "nesting depth");

    private void assertRefusedUnchanged(CliRun run, String fileName, String problem) throws IOException {
        assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
        assertThat(run.out).as(run.toString()).isEmpty();
        String message = run.err.strip();
        assertThat(message).as(run.toString()).contains(fileName).contains(problem);
        assertThat(NOT_FOR_A_PERSON).as(message).noneMatch(message::contains);
        assertThat(message.lines()).as(message).hasSizeLessThanOrEqualTo(12).allSatisfy(line ->
                assertThat(line.length()).as("a readable line").isLessThan(1200));
        // The command line closed the store, so the whole database is in this one file.
        assertThat(data.resolve("skillgap.db-wal")).doesNotExist();
        assertThat(Files.readAllBytes(data.resolve("skillgap.db"))).isEqualTo(databaseBefore);
        assertThat(data.resolve("backups")).as("no backup needed: nothing was replaced").doesNotExist();
    }

    private Path copy(String resource) throws IOException {
        Path file = temp.resolve(fileName(resource));
        try (var in = getClass().getResourceAsStream(resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** A file just over 5 MB: {@code head}, then padding, then {@code tail}. */
    private static void writeBig(Path file, String head, String tail) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] padding = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 81; i++) {
                out.write(padding);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
    }
}
