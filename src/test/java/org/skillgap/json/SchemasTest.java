package org.skillgap.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import org.skillgap.EnglishLocale;
import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Category;
import org.skillgap.model.CostBand;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.ItemType;
import org.skillgap.model.Level;
import org.skillgap.model.Profile;
import org.skillgap.transfer.DataImport;

/**
 * The JSON Schemas under resources/schema/: the bundled catalog follows its schema, the reference
 * a coach's editor follows resolves without a network, and what the schemas allow is what the
 * model allows (so that a rule written in both places cannot drift apart).
 */
@EnglishLocale
class SchemasTest {

    @TempDir
    Path temp;

    @Test
    void theBundledCatalogFollowsItsSchema() throws Exception {
        byte[] bytes = resource(Catalogs.BUNDLED_RESOURCE);
        JsonDocument catalog = JsonFiles.parse("it-product-manager.json", bytes, Catalogs.KIND);

        assertThat(JsonSchemas.check(catalog, Catalogs.SCHEMA)).isEmpty();
    }

    @Test
    void theBundledCatalogsSchemaReferenceResolvesToTheSchemaShippedBesideIt() throws Exception {
        JsonNode catalog = JsonFiles.mapper().readTree(resource(Catalogs.BUNDLED_RESOURCE));
        String reference = catalog.get("$schema").stringValue();

        // As an editor does: relative to the catalog file, here inside the app's own resources.
        String resolved = URI.create("file:" + Catalogs.BUNDLED_RESOURCE).resolve(reference).getPath();
        assertThat(resolved).isEqualTo("/" + JsonSchemas.CLASSPATH_FOLDER + Catalogs.SCHEMA);
        JsonNode schema = JsonFiles.mapper().readTree(resource(resolved));
        assertThat(schema.get("$id").stringValue()).isEqualTo(JsonSchemas.ID_PREFIX + Catalogs.SCHEMA);
        // The source tree has the same layout, so an editor opening resources/catalog/ finds it too.
        assertThat(Path.of("resources/catalog").resolve(reference).normalize()).exists();
    }

    @Test
    void aCatalogWhoseSchemaReferencePointsAtTheInternetStillLoadsFromTheAppsOwnCopy() throws Exception {
        String text = new String(resource(Catalogs.BUNDLED_RESOURCE), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"../schema/catalog.schema.json\"", "\"http://schema.invalid/catalog.schema.json\"");
        Path file = Files.writeString(temp.resolve("coach.json"), text);

        assertThat(Catalogs.load(file).skills()).isNotEmpty();
    }

    @Test
    void theCatalogSchemaAllowsExactlyTheModelsValues() throws Exception {
        JsonNode defs = schema(Catalogs.SCHEMA).get("$defs");

        assertThat(values(defs.at("/skill/properties/category/enum"))).containsExactlyElementsOf(
                Arrays.stream(Category.values()).map(Category::id).toList());
        assertThat(values(defs.at("/item/properties/type/enum"))).containsExactlyElementsOf(
                Arrays.stream(ItemType.values()).map(ItemType::id).toList());
        assertThat(values(defs.at("/item/properties/cost/enum"))).containsExactlyElementsOf(
                Arrays.stream(CostBand.values()).map(CostBand::id).toList());
        assertThat(defs.at("/level/minimum").intValue()).isEqualTo(Level.MIN);
        assertThat(defs.at("/level/maximum").intValue()).isEqualTo(Level.MAX);
        assertThat(defs.at("/skill/properties/levelDescriptions/minItems").intValue()).isEqualTo(Level.MAX - Level.MIN + 1);
    }

    @Test
    void theExportSchemaAllowsExactlyTheModelsValues() throws Exception {
        JsonNode schema = schema(DataImport.SCHEMA);

        assertThat(values(schema.at("/properties/items/additionalProperties/enum"))).containsExactlyElementsOf(
                Arrays.stream(ItemStatus.values()).map(ItemStatus::id).toList());
        assertThat(schema.at("/$defs/level/minimum").intValue()).isEqualTo(Level.MIN);
        assertThat(schema.at("/$defs/level/maximum").intValue()).isEqualTo(Level.MAX);
        assertThat(schema.at("/properties/profile/properties/hoursPerWeek/minimum").intValue()).isEqualTo(Profile.MIN_HOURS);
        assertThat(schema.at("/properties/profile/properties/hoursPerWeek/maximum").intValue()).isEqualTo(Profile.MAX_HOURS);
        assertThat(schema.at("/properties/version/maximum").intValue()).isEqualTo(org.skillgap.transfer.DataExport.VERSION);
    }

    private static JsonNode schema(String name) throws Exception {
        return JsonFiles.mapper().readTree(resource("/" + JsonSchemas.CLASSPATH_FOLDER + name));
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.stringValue()));
        return values;
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = SchemasTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
