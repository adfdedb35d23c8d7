package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.catalog.CatalogException;
import org.skillgap.catalog.Catalogs;
import org.skillgap.catalog.Json;
import org.skillgap.model.BadInputException;

/**
 * A file a person loads is data, never code: neither of SkillGap's two Jackson mappers turns a
 * type name in a file into an object of that type, and type hints in an import or a catalog are
 * refused as unknown fields.
 */
class NoCodeFromFilesTest {

    private static final String HOSTILE = """
            {"@class": "java.lang.ProcessBuilder", "command": ["rm", "-rf", "/"],
             "x": ["java.net.URL", "http://example.invalid/"]}""";

    @TempDir
    Path dir;

    @Test
    void neitherMapperHasDefaultTyping() {
        for (ObjectMapper mapper : List.of(Json.mapper(), ReportJson.MAPPER)) {
            assertThat(mapper.getSerializationConfig().getDefaultTyper(null)).isNull();
            assertThat(mapper.getDeserializationConfig().getDefaultTyper(null)).isNull();
        }
    }

    @Test
    void aTypeNameInAFileStaysPlainText() throws Exception {
        for (ObjectMapper mapper : List.of(Json.mapper(), ReportJson.MAPPER)) {
            Object read = mapper.readValue(HOSTILE, Object.class);

            assertThat(read).isInstanceOf(Map.class);
            assertThat(((Map<?, ?>) read).get("@class")).isEqualTo("java.lang.ProcessBuilder");
        }
    }

    @Test
    void typeHintsInAnImportAreUnknownFields() throws Exception {
        Path file = Files.writeString(dir.resolve("hint.json"), """
                {"format": "skillgap", "version": 1, "@type": "java.lang.ProcessBuilder",
                 "profile": {"@class": "java.lang.Runtime", "target": "it-product-manager",
                             "background": "qa-analyst", "hoursPerWeek": 8}}""");

        assertThatThrownBy(() -> DataImport.read(file, Persona.catalog())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("$[\"@type\"]: unknown field")
                .hasMessageContaining("$.profile[\"@class\"]: unknown field");
    }

    @Test
    void typeHintsInACatalogAreUnknownFields() throws Exception {
        String valid = new String(getClass().getResourceAsStream("/catalog/small-valid.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve("coach.json"),
                valid.replaceFirst("\\{", "{\"@class\": \"java.lang.ProcessBuilder\", "));

        assertThatThrownBy(() -> Catalogs.load(file)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("unknown field \"@class\"");
    }
}
