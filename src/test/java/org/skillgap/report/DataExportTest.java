package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.transfer.DataExport;
import org.skillgap.json.JsonFiles;
import org.skillgap.model.BadInputException;
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
