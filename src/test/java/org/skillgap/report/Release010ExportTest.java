package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.transfer.DataExport;
import org.skillgap.transfer.DataImport;
import org.skillgap.catalog.Catalogs;
import org.skillgap.catalog.CurrentIds;
import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.RatingChange;
import org.skillgap.model.UserData;
import org.skillgap.store.Release010Fixture;
import org.skillgap.store.SkillGapStore;

/**
 * The export file a person made with SkillGap 0.1.0 (commit 71eb83f), imported by this version:
 * the same data comes in, under the ids of the current catalog (catalog 2026.1 renamed and merged
 * skills the person rated, e.g. customer-research became product-discovery), the same file comes
 * out with those ids, and every id it holds is one the current catalog knows (directly or through
 * {@code replaces}).
 */
class Release010ExportTest {

    private static final Instant LATER = Instant.parse("2027-06-01T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Catalog catalog = Catalogs.bundled();

    @TempDir
    Path temp;

    /** The 0.1.0 data as the current catalog names it: what an import of it must give. */
    private UserData forward(UserData old) {
        List<RatingChange> history = old.history().stream()
                .map(c -> new RatingChange(catalog.currentSkillId(c.skillId()).orElseThrow(), c.level(), c.changedAt()))
                .toList();
        return new UserData(old.profile(), CurrentIds.assessment(catalog, new Assessment(old.ratings())).ratings(),
                CurrentIds.notes(catalog, old.notes()), history, CurrentIds.statuses(catalog, old.items()), old.settings());
    }

    /** The 0.1.0 export file with its skill ids mapped forward, as an export made now writes it. */
    private JsonNode forwardedExport() throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(Release010Fixture.text("export.json"));
        for (String field : List.of("ratings", "notes")) {
            ObjectNode renamed = JSON.createObjectNode();
            new java.util.TreeMap<String, JsonNode>(JSON.convertValue(file.get(field),
                    new tools.jackson.core.type.TypeReference<Map<String, JsonNode>>() { }))
                    .forEach((id, value) -> renamed.set(catalog.currentSkillId(id).orElseThrow(), value));
            file.set(field, renamed);
        }
        file.get("history").forEach(change -> ((ObjectNode) change)
                .put("skill", catalog.currentSkillId(change.get("skill").asString()).orElseThrow()));
        return file;
    }

    private UserData imported() {
        return DataImport.read(Release010Fixture.copy("export.json", temp.resolve("download")), catalog);
    }

    @Test
    void importingThe010ExportGivesTheDataAsEntered() {
        UserData data = imported();

        assertThat(data.profile()).contains(Release010Fixture.PROFILE);
        assertThat(data.ratings()).isEqualTo(CurrentIds.assessment(catalog, new Assessment(Release010Fixture.RATINGS)).ratings())
                .hasSameSizeAs(Release010Fixture.RATINGS)
                .containsEntry("product-discovery", 3).containsEntry("product-metrics", 2);
        assertThat(data.notes()).isEqualTo(CurrentIds.notes(catalog, Release010Fixture.NOTES))
                .hasSameSizeAs(Release010Fixture.NOTES)
                .containsEntry("product-metrics", Release010Fixture.NOTES.get("data-analysis"));
        assertThat(data.items()).isEqualTo(Release010Fixture.ITEMS);
        assertThat(data.settings()).isEmpty();
        assertThat(data.held()).as("0.1.0 knew no held certifications").isEmpty();
        assertThat(data.postings()).as("0.1.0 kept no postings").isEmpty();
        assertThat(data.history()).extracting(change -> Map.entry(change.skillId(), change.level()))
                .containsExactlyElementsOf(Release010Fixture.HISTORY.stream()
                        .map(e -> Map.entry(catalog.currentSkillId(e.getKey()).orElseThrow(), e.getValue())).toList());
        assertThat(data.history()).extracting(RatingChange::changedAt).isSorted();
    }

    @Test
    void the010ExportImportedIntoAFreshFolderIsStoredAndReadBackUnchanged() {
        UserData data = imported();
        Path fresh = temp.resolve("fresh").resolve("skillgap.db");

        try (SkillGapStore store = openFresh(fresh)) {
            store.replaceAll(data);
        }
        try (SkillGapStore store = SkillGapStore.open(fresh)) {
            assertThat(store.readAll()).isEqualTo(data);
            assertThat(store.profile()).contains(Release010Fixture.PROFILE);
            assertThat(store.history()).hasSize(14);
            assertThat(store.notes()).isEqualTo(CurrentIds.notes(catalog, Release010Fixture.NOTES));
            assertThat(store.itemStatuses()).isEqualTo(Release010Fixture.ITEMS);
        }
    }

    @Test
    void exportingThe010DataAgainGivesTheSameFileApartFromItsStamp() throws Exception {
        Path fresh = temp.resolve("fresh").resolve("skillgap.db");
        UserData stored;
        try (SkillGapStore store = openFresh(fresh)) {
            store.replaceAll(imported());
            stored = store.readAll();
        }

        String again = DataExport.toJson(stored, catalog.catalogVersion(), LATER);

        assertThat(content(again)).isEqualTo(content(forwardedExport().toString()));
        assertThat(JSON.readTree(again).get("exportedAt").asString()).isEqualTo(LATER.toString());
    }

    @Test
    void the010DatabaseExportsWhat010ExportedFromIt() throws Exception {
        Path database = Release010Fixture.copy("skillgap.db", temp.resolve("old"));
        UserData stored;
        try (SkillGapStore store = SkillGapStore.open(database)) {
            stored = store.readAll();
        }

        // The database keeps every value under the id it was saved with; seen through the current
        // catalog it is what the import gives.
        assertThat(forward(stored)).isEqualTo(imported());
        assertThat(content(DataExport.toJson(stored, catalog.catalogVersion(), LATER)))
                .isEqualTo(content(Release010Fixture.text("export.json")));
    }

    @Test
    void everySkillAndItemIdOfThe010DataResolvesInTheCurrentCatalog() throws Exception {
        JsonNode export = JSON.readTree(Release010Fixture.text("export.json"));
        TreeSet<String> skills = new TreeSet<>();
        export.get("ratings").propertyNames().forEach(skills::add);
        export.get("notes").propertyNames().forEach(skills::add);
        export.get("history").forEach(change -> skills.add(change.get("skill").asString()));
        List<String> items = new ArrayList<>();
        export.get("items").propertyNames().forEach(items::add);

        assertThat(skills).hasSize(10).allSatisfy(id -> assertThat(catalog.currentSkillId(id)).as(id).isPresent());
        assertThat(items).hasSize(6).allSatisfy(id -> assertThat(catalog.currentItemId(id)).as(id).isPresent());
        assertThat(catalog.profile(export.at("/profile/target").asString())).isPresent();
        assertThat(catalog.background(export.at("/profile/background").asString())).isPresent();

        Assessment stored = new Assessment(imported().ratings());
        assertThat(CurrentIds.retiredSkills(catalog, stored)).isEmpty();
        assertThat(CurrentIds.assessment(catalog, stored).ratings()).hasSize(Release010Fixture.RATINGS.size());
        assertThat(CurrentIds.notes(catalog, Release010Fixture.NOTES)).hasSize(Release010Fixture.NOTES.size());
        assertThat(CurrentIds.statuses(catalog, Release010Fixture.ITEMS)).hasSize(Release010Fixture.ITEMS.size());
    }

    /** Any id 0.1.0's own catalog had, not only those this person used, still means something now. */
    @Test
    void everyIdOfThe010CatalogResolvesInTheCurrentCatalog() throws Exception {
        JsonNode old = JSON.readTree(Release010Fixture.text("catalog.json"));

        assertThat(old.get("skills")).hasSize(37).allSatisfy(skill -> {
            String id = skill.get("id").asString();
            assertThat(catalog.currentSkillId(id)).as("skill " + id).isPresent();
        });
        assertThat(old.get("items")).hasSize(70).allSatisfy(item -> {
            String id = item.get("id").asString();
            assertThat(catalog.currentItemId(id)).as("item " + id).isPresent();
        });
        assertThat(old.get("profiles")).allSatisfy(profile ->
                assertThat(catalog.profile(profile.get("id").asString())).as(profile.get("id").asString()).isPresent());
        assertThat(old.get("backgrounds")).allSatisfy(background ->
                assertThat(catalog.background(background.get("id").asString())).as(background.get("id").asString()).isPresent());
    }

    private static SkillGapStore openFresh(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SkillGapStore.open(file);
    }

    /** An export's content: everything but when it was made and by which format or catalog version. */
    private static JsonNode content(String json) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(json);
        assertThat(root.get("format").asString()).isEqualTo(DataExport.FORMAT);
        root.remove(List.of("exportedAt", "version", "catalogVersion"));
        return root;
    }
}
