package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.EnglishLocale;
import org.skillgap.catalog.Catalogs;
import org.skillgap.json.JsonFiles;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.PostingCorrection;
import org.skillgap.model.SavedPosting;
import org.skillgap.model.UserData;
import org.skillgap.store.SkillGapStore;
import org.skillgap.transfer.DataExport;
import org.skillgap.transfer.DataImport;

/** The kept job postings in the export file: written, read back, stored, and a bad one refused. */
@EnglishLocale
class PostingTransferTest {

    private static final Instant ADDED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant EXPORTED = Instant.parse("2026-12-01T10:00:00Z");

    private final Catalog catalog = Catalogs.bundled();

    @TempDir
    Path dir;

    @Test
    void keptPostingsWithTheirCorrectionsGoOutAndComeBackUnderTheirIds() throws Exception {
        UserData original = UserData.empty().withPostings(List.of(
                new SavedPosting(3, "Data PM, Meridian", "Product Manager - Data\nRequirements: SQL", ADDED,
                        Map.of("cybersecurity", PostingCorrection.REQUIRED, "budgeting", PostingCorrection.DROPPED)),
                new SavedPosting(7, "Zoë's « rôle » 🚀", "Second posting", ADDED.plusSeconds(60), Map.of())));
        Path file = dir.resolve("export.json");

        DataExport.write(original, "2026.1", EXPORTED, file);

        JsonNode postings = JsonFiles.mapper().readTree(file.toFile()).get("postings");
        assertThat(postings).hasSize(2);
        assertThat(postings.get(0).get("corrections").get("cybersecurity").asString()).isEqualTo("required");
        UserData imported = DataImport.read(file, catalog);
        assertThat(imported).isEqualTo(original);

        try (SkillGapStore store = SkillGapStore.open(dir.resolve("data").resolve("skillgap.db"))) {
            store.replaceAll(imported);
            assertThat(store.postings()).isEqualTo(original.postings());
            // A later posting gets an id of its own, after the imported ones.
            assertThat(store.addPosting(new SavedPosting(0, "Next", "text", ADDED, Map.of()))).isGreaterThan(7);
        }
        // Keeping none, the file has no "postings": what an earlier SkillGap reads.
        DataExport.write(UserData.empty(), "2026.1", EXPORTED, file);
        assertThat(JsonFiles.mapper().readTree(file.toFile()).has("postings")).isFalse();
    }

    @Test
    void aPostingUsedTwiceAnUnknownCorrectionABadTimeOrAMissingTextIsRefusedNamingEach() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), """
                {"format": "skillgap", "version": 1,
                 "postings": [
                   {"id": 1, "title": "A", "text": "x", "added": "2026-11-20T08:00:00Z"},
                   {"id": 1, "title": "B", "text": "y", "added": "2026-11-20T08:00:00Z"},
                   {"id": 2, "title": "C", "text": "z", "added": "yesterday"}
                 ]}
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DataImport.read(file, catalog)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("postings[1].id: the posting id 1 is used twice")
                .hasMessageContaining("postings[2].added: timestamp \"yesterday\" is not an ISO-8601");

        Path shape = Files.writeString(dir.resolve("shape.json"), """
                {"format": "skillgap", "version": 1,
                 "postings": [{"id": 1, "title": "A", "added": "2026-11-20T08:00:00Z",
                               "corrections": {"sql": "maybe"}}]}
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DataImport.read(shape, catalog)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("text")
                .hasMessageContaining("unknown correction \"maybe\" (use added, dropped or required)");
    }
}
