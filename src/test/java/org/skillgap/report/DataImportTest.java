package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.skillgap.transfer.DataExport;
import org.skillgap.transfer.DataImport;
import org.skillgap.json.JsonFiles;
import org.skillgap.EnglishLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.RatingChange;
import org.skillgap.model.UserData;

@EnglishLocale
class DataImportTest {

    private static final Instant EXPORTED = Instant.parse("2025-03-03T10:15:30Z");

    private final Catalog catalog = Persona.catalog();

    @TempDir
    Path dir;

    @Test
    void exportImportExportGivesTheSameData() throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        UserData original = Persona.userData();

        DataExport.write(original, "2025.1", EXPORTED, first);
        UserData imported = DataImport.read(first, catalog);
        DataExport.write(imported, "2025.1", EXPORTED.plusSeconds(3600), second);

        assertThat(imported).isEqualTo(original);
        assertThat(withoutExportedAt(second)).isEqualTo(withoutExportedAt(first));
    }

    @Test
    void heldCertificationsAreExportedWithTheirEarnedDateAndImportedBack() throws IOException {
        Catalog bundled = org.skillgap.catalog.Catalogs.bundled();
        UserData original = new UserData(Optional.empty(), Map.of(), Map.of(), List.of(), Map.of("csm", ItemStatus.TODO),
                Map.of(), Map.of("csm", java.time.LocalDate.of(2025, 5, 1), "pspo-1", java.time.LocalDate.of(2024, 1, 10)));
        Path file = dir.resolve("held.json");

        DataExport.write(original, "2026.1", EXPORTED, file);

        JsonNode held = JsonFiles.mapper().readTree(file.toFile()).get("held");
        assertThat(held.get("csm").asString()).isEqualTo("2025-05-01");
        assertThat(held.get("pspo-1").asString()).isEqualTo("2024-01-10");
        assertThat(DataImport.read(file, bundled)).isEqualTo(original);
        // Holding none, the file has no "held" at all: what SkillGap 0.1.0 reads.
        DataExport.write(original.withHeld(Map.of()), "2026.1", EXPORTED, file);
        assertThat(JsonFiles.mapper().readTree(file.toFile()).has("held")).isFalse();
    }

    @Test
    void evidenceAndReviewsAreExportedAndImportedBackAndAbsentWhenThereAreNone() throws IOException {
        Catalog bundled = org.skillgap.catalog.Catalogs.bundled();
        java.time.LocalDate day = java.time.LocalDate.of(2025, 5, 1);
        List<org.skillgap.model.Evidence> evidence = List.of(new org.skillgap.model.Evidence(0, "communication",
                "Board demo", day, "https://example.com/deck", "", "budget approved"));
        org.skillgap.model.Reviews reviews = new org.skillgap.model.Reviews(
                List.of(new org.skillgap.model.ReviewRequest("abc", "Ana", "2026.1", day)),
                List.of(new org.skillgap.model.Review(1, "Ana", "mentor", day, "abc", Map.of("communication", 2),
                        Map.of("communication", "Clear, but long."))),
                List.of(new org.skillgap.model.Adoption("communication", 2, 1, "Ana", Instant.parse("2025-05-02T10:00:00Z"))));
        UserData original = UserData.empty().withEvidence(evidence, reviews);
        Path file = dir.resolve("evidence.json");

        DataExport.write(original, "2026.1", EXPORTED, file);

        JsonNode root = JsonFiles.mapper().readTree(file.toFile());
        assertThat(root.get("evidence").get(0).get("outcome").asString()).isEqualTo("budget approved");
        assertThat(root.get("reviews").get("given").get(0).get("ratings").get("communication").asInt()).isEqualTo(2);
        assertThat(DataImport.read(file, bundled)).isEqualTo(original);
        DataExport.write(UserData.empty(), "2026.1", EXPORTED, file);
        assertThat(JsonFiles.mapper().readTree(file.toFile()).has("evidence")).isFalse();
        assertThat(JsonFiles.mapper().readTree(file.toFile()).has("reviews")).isFalse();
    }

    @Test
    void evidenceWithoutATitleOrInTheFutureAndAReviewLevelOutOfRangeAreRefusedNamingEach() throws IOException {
        Path file = write("bad-evidence.json", """
                {"format": "skillgap", "version": 1,
                 "evidence": [{"skill": "communication", "title": " ", "date": "2025-05-01"},
                              {"skill": "communication", "title": "Demo", "date": "2999-01-01"}]}
                """);
        Path outOfRange = write("bad-review.json", """
                {"format": "skillgap", "version": 1,
                 "reviews": {"given": [{"id": 1, "token": "t", "reviewer": "Ana", "relation": "", "date": "2025-05-01",
                                        "ratings": {"communication": 7}, "comments": {}}]}}
                """);

        assertThatThrownBy(() -> DataImport.read(file, org.skillgap.catalog.Catalogs.bundled()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("evidence[0].title").hasMessageContaining("without a title")
                .hasMessageContaining("evidence[1].date").hasMessageContaining("2999-01-01");
        assertThatThrownBy(() -> DataImport.read(outOfRange, org.skillgap.catalog.Catalogs.bundled()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("reviews.given[0].ratings.communication: level 7 is outside 0-5");
    }

    @Test
    void aHeldItemThatIsNotACertificationABadDateOrAFutureDateIsRefusedNamingEach() throws IOException {
        Path file = write("bad-held.json", """
                {"format": "skillgap", "version": 1,
                 "held": {"csm": "2025-05-01", "course-leadership": "2025-05-01", "pmi-acp": "May 2025",
                          "pspo-1": "2999-01-01"}}
                """);

        assertThatThrownBy(() -> DataImport.read(file, org.skillgap.catalog.Catalogs.bundled()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("held.course-leadership: \"course-leadership\" is not a certification")
                .hasMessageContaining("held.pmi-acp: date \"May 2025\" is not an ISO date")
                .hasMessageContaining("held.pspo-1: the date earned, 2999-01-01, is in the future")
                .message().doesNotContain("held.csm");
    }

    @Test
    void importsAFileWithoutProfileOrHistory() throws IOException {
        Path file = write("minimal.json", """
                {"format": "skillgap", "version": 1, "profile": null, "ratings": {"cloud-computing": 0}}
                """);

        UserData data = DataImport.read(file, catalog);

        assertThat(data.profile()).isEmpty();
        assertThat(data.ratings()).containsExactly(Map.entry("cloud-computing", 0));
        assertThat(data.history()).isEmpty();
        assertThat(data.items()).isEmpty();
    }

    @Test
    void mapsIdsAnOlderCatalogUsedToTheirCurrentIds() throws IOException {
        Path file = write("old.json", """
                {
                  "format": "skillgap", "version": 1, "catalogVersion": "2024.1",
                  "ratings": {"cloud": 2},
                  "notes": {"cloud": "Renamed since."},
                  "history": [{"skill": "cloud", "level": 2, "at": "2024-06-01T08:00:00Z"}],
                  "items": {"cspo": "in-progress"}
                }
                """);

        UserData data = DataImport.read(file, catalog);

        assertThat(data.ratings()).containsExactly(Map.entry("cloud-computing", 2));
        assertThat(data.notes()).containsExactly(Map.entry("cloud-computing", "Renamed since."));
        assertThat(data.history()).containsExactly(
                new RatingChange("cloud-computing", 2, Instant.parse("2024-06-01T08:00:00Z")));
        assertThat(data.items()).containsExactly(Map.entry("cert-cspo", ItemStatus.IN_PROGRESS));
    }

    @Test
    void aRatingUnderTheCurrentIdWinsOverOneUnderAnOldId() throws IOException {
        Path file = write("both.json", """
                {"format": "skillgap", "version": 1,
                 "ratings": {"cloud": 4, "cloud-computing": 1},
                 "notes": {"cloud": "old note", "cloud-computing": "new note"}}
                """);

        UserData data = DataImport.read(file, catalog);

        assertThat(data.ratings()).containsExactly(Map.entry("cloud-computing", 1));
        assertThat(data.notes()).containsExactly(Map.entry("cloud-computing", "new note"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed.json              | malformed.json:5: ratings.cloud-computing: is not valid JSON: the file ends in the middle of a value
            trailing-garbage.json       | is not valid JSON: there is more text after the end
            not-an-object.json          | not-an-object.json:1: whole file: the file holds no JSON object
            empty.json                  | is empty
            not-skillgap.json           | is not a SkillGap export (its "format" is not "skillgap")
            future-version.json         | future-version.json:18: version: was made by a newer SkillGap (version 2; this SkillGap reads version 1). Update SkillGap
            version-as-text.json        | version-as-text.json:18: version: should be a whole number, but is the text "1"
            ratings-not-an-object.json  | ratings: should be an object (in curly braces), but is a list (in square brackets)
            level-out-of-range.json     | level-out-of-range.json:15: ratings.cloud-computing: level 7 is outside 0-5
            level-not-whole.json        | ratings.cloud-computing: should be a whole number, but is the number 2.5
            level-as-text.json          | ratings.cloud-computing: should be a whole number, but is the text "3"
            unknown-skill.json          | ratings["Basket weaving!"]: the id "Basket weaving!" is not valid
            unknown-item.json           | items["cert underwater"]: the id "cert underwater" is not valid
            unknown-status.json         | items.cert-csm: unknown status "finished" (use todo, in-progress, done or skipped)
            unknown-target.json         | unknown-target.json:12: profile.target: unknown target role id "astronaut"
            hours-out-of-range.json     | profile.hoursPerWeek: 200 hours a week is outside 1-80
            bad-timestamp.json          | bad-timestamp.json:7: history[0].at: timestamp "yesterday" is not an ISO-8601 date and time
            unknown-field.json          | passwords: unknown field "passwords"
            huge-note.json              | notes.cloud-computing: the text is 10,500 characters long; the limit is 10,000
            duplicate-keys.json         | duplicate-keys.json:6: ratings.cloud-computing: the field "cloud-computing" is given twice in the same object
            deep-nesting.json           | is nested too deeply (more than 20 levels)
            binary-garbage.json         | is not UTF-8 text (invalid bytes at byte 1)
            utf16.json                  | is saved as UTF-16 text
            latin1.json                 | is not UTF-8 text
            """)
    void rejectsABadFileSayingWhatIsWrongAndWhere(String fileName, String expected) throws IOException {
        Path file = copyBadFile(fileName);

        assertThatThrownBy(() -> DataImport.read(file, catalog))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(fileName)
                .hasMessageContaining(expected);
    }

    @Test
    void rejectsAnOversizedFileBeforeParsingIt() throws IOException {
        Path file = dir.resolve("huge.json");
        // Not even JSON: the size alone must reject it, before any parsing.
        Files.write(file, new byte[JsonFiles.MAX_BYTES + 1]);

        assertThatThrownBy(() -> DataImport.read(file, catalog))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("huge.json: whole file: is 5.0 MB; a SkillGap export is at most 5 MB");
    }

    @Test
    void listsEveryProblemOfAFileAtOnce() throws IOException {
        Path file = write("three.json", """
                {"format": "skillgap", "version": 1,
                 "ratings": {"cloud-computing": 9, "data-analysis": -1},
                 "items": {"cert-csm": "started"}}
                """);

        assertThatThrownBy(() -> DataImport.read(file, catalog))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("Cannot import three.json")
                .hasMessageContaining("three.json:2: ratings.cloud-computing: level 9 is outside 0-5")
                .hasMessageContaining("three.json:2: ratings.data-analysis: level -1 is outside 0-5")
                .hasMessageContaining("three.json:3: items.cert-csm: unknown status \"started\"")
                .hasMessageContaining("Nothing was changed");
    }

    @Test
    void namesOnlyTheFirstTenOfManyProblems() throws IOException {
        StringBuilder ratings = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            ratings.append(i == 0 ? "" : ", ").append("\"Made up ").append(i).append("\": 1");
        }
        Path file = write("many.json", "{\"format\": \"skillgap\", \"version\": 1, \"ratings\": {" + ratings + "}}");

        assertThatThrownBy(() -> DataImport.read(file, catalog))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("Cannot import many.json: 25 problems")
                .hasMessageContaining("... and 15 more problems")
                .hasMessageContaining("Made up 0")
                .hasMessageNotContaining("Made up 24");
    }

    @Test
    void saysWhenTheFileDoesNotExist() {
        Path missing = dir.resolve("nowhere.json");

        assertThatThrownBy(() -> DataImport.read(missing, catalog))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("nowhere.json: whole file: does not exist");
    }

    @Test
    void acceptsAByteOrderMarkAndTimestampsWithAnOffset() throws IOException {
        Path file = dir.resolve("bom.json");
        String json = """
                {"format": "skillgap", "version": 1,
                 "history": [{"skill": "cloud-computing", "level": 3, "at": "2025-01-01T10:00:00+01:00"}]}
                """;
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);

        UserData data = DataImport.read(file, catalog);

        assertThat(data.history()).containsExactly(
                new RatingChange("cloud-computing", 3, Instant.parse("2025-01-01T09:00:00Z")));
    }

    @Test
    void keepsTextExactlyAsWritten() throws IOException {
        UserData original = new UserData(Optional.of(Persona.profile().withName("<script>&\"' Zoë 🚀")), Map.of(),
                Map.of("cloud-computing", "line one\nline \"two\"\t\\ end"), List.of(), Map.of(), Map.of());
        Path file = dir.resolve("text.json");

        DataExport.write(original, "2025.1", EXPORTED, file);

        assertThat(DataImport.read(file, catalog)).isEqualTo(original);
    }

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private Path copyBadFile(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/import/bad/" + name)) {
            assertThat(in).as("test file " + name).isNotNull();
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private static JsonNode withoutExportedAt(Path file) throws IOException {
        ObjectNode node = (ObjectNode) JsonFiles.mapper().readTree(file.toFile());
        node.remove("exportedAt");
        return node;
    }
}
