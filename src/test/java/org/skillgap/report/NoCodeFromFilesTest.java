package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.transfer.DataImport;
import org.skillgap.json.JsonFileException;
import org.skillgap.catalog.Catalogs;
import org.skillgap.model.BadInputException;

/**
 * A file a person loads is data, never code: files only ever become plain trees, checked against
 * their schema, so type hints in an import or a catalog are refused as unknown fields, with the
 * place they are at.
 */
class NoCodeFromFilesTest {

    @TempDir
    Path dir;

    @Test
    void typeHintsInAnImportAreUnknownFields() throws Exception {
        Path file = Files.writeString(dir.resolve("hint.json"), """
                {"format": "skillgap", "version": 1, "@type": "java.lang.ProcessBuilder",
                 "profile": {"@class": "java.lang.Runtime", "target": "it-product-manager",
                             "background": "qa-analyst", "hoursPerWeek": 8}}""");

        assertThatThrownBy(() -> DataImport.read(file, Persona.catalog())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("hint.json:1: [\"@type\"]: unknown field \"@type\"")
                .hasMessageContaining("hint.json:2: profile[\"@class\"]: unknown field \"@class\"");
    }

    @Test
    void typeHintsInACatalogAreUnknownFields() throws Exception {
        String valid = new String(getClass().getResourceAsStream("/catalog/small-valid.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve("coach.json"),
                valid.replaceFirst("\\{", "{\"@class\": \"java.lang.ProcessBuilder\", "));

        assertThatThrownBy(() -> Catalogs.load(file)).isInstanceOf(JsonFileException.class)
                .hasMessageContaining("unknown field \"@class\"");
    }
}
