package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.transfer.DataExport;
import org.skillgap.json.JsonFiles;
import org.skillgap.model.Adoption;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Evidence;
import org.skillgap.model.PostingCorrection;
import org.skillgap.model.Review;
import org.skillgap.model.ReviewRequest;
import org.skillgap.model.Reviews;
import org.skillgap.model.SavedPosting;
import org.skillgap.model.UserData;

class DataExportTest {

    private static final Instant EXPORTED = Instant.parse("2025-03-03T10:15:30Z");

    @TempDir
    Path dir;

    @Test
    void writesEverythingAPersonEnteredInTheDocumentedShape() throws IOException {
        Path file = dir.resolve("backup.json");

        DataExport.write(Persona.userData(), "2025.1", EXPORTED, file);

        JsonNode json = JsonFiles.mapper().readTree(file.toFile());
        assertThat(json.get("format").asString()).isEqualTo("skillgap");
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("exportedAt").asString()).isEqualTo("2025-03-03T10:15:30Z");
        assertThat(json.get("catalogVersion").asString()).isEqualTo("2025.1");
        assertThat(json.at("/profile/name").asString()).isEqualTo("Zoë Ångström-Núñez");
        assertThat(json.at("/profile/target").asString()).isEqualTo("it-product-manager");
        assertThat(json.at("/profile/background").asString()).isEqualTo("qa-analyst");
        assertThat(json.at("/profile/hoursPerWeek").asInt()).isEqualTo(8);
        assertThat(json.at("/ratings/cloud-computing").asInt()).isEqualTo(1);
        assertThat(json.get("ratings").size()).isEqualTo(20);
        assertThat(json.at("/notes/product-vision").asString()).contains("one-page vision");
        assertThat(json.at("/history/1/skill").asString()).isEqualTo("cloud-computing");
        assertThat(json.at("/history/1/level").asInt()).isEqualTo(1);
        assertThat(json.at("/history/1/at").asString()).isEqualTo("2025-01-15T07:30:00.125Z");
        assertThat(json.at("/items/cert-cspo").asString()).isEqualTo("in-progress");
        assertThat(json.at("/items/degree-mba").asString()).isEqualTo("skipped");
        assertThat(json.at("/settings/pdf.pageSize").asString()).isEqualTo("A4");
    }

    @Test
    void sortsKeysAndIndentsSoTwoExportsDiffCleanly() throws IOException {
        Path file = dir.resolve("backup.json");

        DataExport.write(Persona.userData(), "2025.1", EXPORTED, file);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("}\n").contains("\n  \"format\" : \"skillgap\"");
        JsonNode json = JsonFiles.mapper().readTree(text);
        assertThat(fieldNames(json)).isSorted();
        assertThat(fieldNames(json.get("ratings"))).isSorted();
        assertThat(fieldNames(json.get("items"))).isSorted();
        assertThat(fieldNames(json.get("profile"))).isSorted();
        assertThat(fieldNames(json.at("/history/0"))).containsExactly("at", "level", "skill");
    }

    /** Postings, evidence and reviews are written as records: their keys are sorted too, at every depth. */
    @Test
    void everyObjectOfAFullExportListsItsKeysInOrder() throws IOException {
        Instant at = Instant.parse("2025-02-01T09:00:00Z");
        UserData full = Persona.userData()
                .withPostings(List.of(new SavedPosting(1, "Data PM", "SQL", at,
                        Map.of("budgeting", PostingCorrection.DROPPED))))
                .withEvidence(List.of(new Evidence(1, "communication", "Board demo",
                                LocalDate.parse("2025-01-20"), "https://example.com", "demo.pdf", "approved")),
                        new Reviews(List.of(new ReviewRequest("t1", "Ana", "2025.1", LocalDate.parse("2025-01-21"))),
                                List.of(new Review(1, "Ana", "mentor", LocalDate.parse("2025-01-25"), "t1",
                                        Map.of("roadmapping", 3), Map.of("roadmapping", "Ran the review"))),
                                List.of(new Adoption("roadmapping", 3, 1, "Ana", at))));

        JsonNode json = JsonFiles.mapper().readTree(DataExport.toJson(full, "2025.1", EXPORTED));

        assertThat(json.at("/reviews/given/0/comments/roadmapping").asString()).isEqualTo("Ran the review");
        assertThat(json.at("/evidence/0/outcome").asString()).isEqualTo("approved");
        assertKeysInOrder(json, "");
    }

    private static void assertKeysInOrder(JsonNode node, String path) {
        if (node.isObject()) {
            assertThat(fieldNames(node)).as(path.isEmpty() ? "/" : path).isSorted();
            node.properties().forEach(p -> assertKeysInOrder(p.getValue(), path + "/" + p.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertKeysInOrder(node.get(i), path + "/" + i);
            }
        }
    }

    @Test
    void writesNullForAProfileNotSetUpYet() throws IOException {
        Path file = dir.resolve("empty.json");

        DataExport.write(UserData.empty(), "2025.1", EXPORTED, file);

        JsonNode json = JsonFiles.mapper().readTree(file.toFile());
        assertThat(json.get("profile").isNull()).isTrue();
        assertThat(json.get("ratings").isObject()).isTrue();
        assertThat(json.get("history").isArray()).isTrue();
    }

    @Test
    void replacesAnEarlierExportWhole() throws IOException {
        Path file = dir.resolve("backup.json");
        Files.writeString(file, "an old, much longer file ".repeat(10_000));

        DataExport.write(UserData.empty(), "2025.1", EXPORTED, file);

        assertThat(JsonFiles.mapper().readTree(file.toFile()).get("format").asString()).isEqualTo("skillgap");
        assertThat(filesIn(dir)).containsExactly("backup.json");
    }

    @Test
    void refusesAFolderThatDoesNotExistAndLeavesNothingBehind() {
        Path target = dir.resolve("no-such-folder").resolve("backup.json");

        assertThatThrownBy(() -> DataExport.write(Persona.userData(), "2025.1", EXPORTED, target))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("the folder " + dir.resolve("no-such-folder") + " does not exist")
                .hasMessageContaining("Choose an existing folder");
        assertThat(filesIn(dir)).isEmpty();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    static List<String> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
