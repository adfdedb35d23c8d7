package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.service.PersonData;
import org.skillgap.service.StoreService;
import org.skillgap.store.SkillGapStore;
import org.skillgap.ui.Session;

/**
 * A new catalog never costs a person their progress. Data is saved under catalog v1; catalog v2
 * (src/test/resources/catalog/upgrade) renames a skill and an item, merges two skills and two
 * items into one, adds a skill and an item, and removes a skill and an item. Under v2 every
 * rating, note and status made under v1 is still there: in the window's session, on the command
 * line, and in an export, which imports again on another machine.
 */
class CatalogUpgradeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path data;
    private Path v2File;
    private Catalog v2;

    @BeforeEach
    void progressMadeUnderVersionOne() throws IOException {
        data = temp.resolve("data");
        Files.createDirectories(data);
        Path v1File = resource("v1.json");
        v2File = resource("v2.json");
        Catalogs.load(v1File); // the data below is what v1 allows
        v2 = Catalogs.load(v2File);
        try (SkillGapStore store = SkillGapStore.open(data.resolve("skillgap.db"))) {
            store.saveProfile(new Profile("Sam", "associate", "developer", 6));
            store.rate("scrum", 2);
            store.rate("sql", 1);
            store.rate("sql", 3);
            store.rate("nosql", 2);
            store.rate("market-analysis", 4);
            store.rate("fax-machines", 5);
            store.saveNote("scrum", "Led the stand-ups for a month");
            store.saveNote("sql", "Window functions next");
            store.saveNote("nosql", "Tried MongoDB");
            store.saveNote("fax-machines", "From my first job");
            store.setItemStatus("scrum-master-course", ItemStatus.DONE);
            store.setItemStatus("sql-course", ItemStatus.IN_PROGRESS);
            store.setItemStatus("nosql-course", ItemStatus.SKIPPED);
            store.setItemStatus("fax-course", ItemStatus.DONE);
            store.setItemStatus("meetups", ItemStatus.IN_PROGRESS);
        }
    }

    private Path resource(String name) throws IOException {
        Path file = temp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/catalog/upgrade/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    /** The service of the last session made: closing it saves what is queued. */
    private StoreService service;

    private Session session(SkillGapStore store) {
        service = new StoreService(store, Runnable::run, e -> {
            throw new AssertionError("save failed", e);
        });
        return new Session(PersonData.read(v2, store), service, Clock.systemUTC());
    }

    @Test
    void theWindowShowsRenamedAndMergedProgressUnderTheNewIds() {
        try (SkillGapStore store = SkillGapStore.open(data.resolve("skillgap.db"))) {
            Session session = session(store);

            assertThat(session.assessment().ratings()).isEqualTo(Map.of(
                    "agile-practices", 2, "database-management", 3, "market-analysis", 4));
            assertThat(session.notesProperty().get()).isEqualTo(Map.of(
                    "agile-practices", "Led the stand-ups for a month",
                    "database-management", "Tried MongoDB\n\nWindow functions next",
                    "fax-machines", "From my first job"));
            assertThat(session.statusesProperty().get()).containsEntry("csm", ItemStatus.DONE)
                    .containsEntry("databases-course", ItemStatus.IN_PROGRESS)
                    .containsEntry("meetups", ItemStatus.IN_PROGRESS)
                    .containsEntry("fax-course", ItemStatus.DONE);
            assertThat(session.plan().items()).anySatisfy(item -> {
                assertThat(item.item().id()).isEqualTo("csm");
                assertThat(item.status()).isEqualTo(ItemStatus.DONE);
            });
            assertThat(session.historyProperty().get()).hasSize(6);
            // Nothing was rewritten: the store still holds every value under the id it was saved with.
            assertThat(store.assessment().ratings()).containsKeys("scrum", "sql", "nosql", "fax-machines");
        }
    }

    @Test
    void whatIsChangedUnderTheNewCatalogWinsOverWhatCarriedForward() {
        try (SkillGapStore store = SkillGapStore.open(data.resolve("skillgap.db"))) {
            Session session = session(store);
            session.rate("database-management", 1);
            session.saveNote("database-management", "Starting over with the basics");
            session.setStatus("databases-course", ItemStatus.TODO);
            service.close();
        }
        try (SkillGapStore store = SkillGapStore.open(data.resolve("skillgap.db"))) {
            Session restarted = session(store);

            assertThat(restarted.assessment().rating("database-management")).hasValue(1);
            assertThat(restarted.notesProperty().get()).containsEntry("database-management", "Starting over with the basics");
            assertThat(restarted.statusesProperty().get()).containsEntry("databases-course", ItemStatus.TODO);
            assertThat(store.history()).extracting(RatingChange::skillId)
                    .containsExactly("scrum", "sql", "sql", "nosql", "market-analysis", "fax-machines", "database-management");
        }
    }

    @Test
    void statusOnTheCommandLineCountsCarriedRatingsAndListsRetiredOnes() throws Exception {
        CliRun json = CliRun.in(data, "--catalog", v2File.toString(), "status", "--json");
        assertThat(json.exitCode).as(json.toString()).isZero();
        JsonNode status = JSON.readTree(json.out);

        Map<String, Integer> current = new HashMap<>();
        status.get("gaps").forEach(g -> current.put(g.get("skill").asString(), g.get("rated").asBoolean() ? g.get("current").asInt() : -1));
        assertThat(current).isEqualTo(Map.of("agile-practices", 2, "ai-literacy", -1));
        assertThat(status.get("retired")).extracting(JsonNode::asText).containsExactly("fax-machines");
        // agile 2 of 3, databases 3 of 3, market 3 of 3, ai 0 of 3, all weight 2: 8 of 12.
        assertThat(status.get("readiness").asDouble()).isEqualTo(66.7);

        CliRun text = CliRun.in(data, "--catalog", v2File.toString(), "status");
        assertThat(text.out).contains("Rated 3 of 4 skills.")
                .contains("Retired skills (kept from an older catalog):")
                .containsPattern("fax-machines\\s+5");

        CliRun plan = CliRun.in(data, "--catalog", v2File.toString(), "plan", "--json");
        assertThat(plan.exitCode).as(plan.toString()).isZero();
        Map<String, String> statuses = new HashMap<>();
        JSON.readTree(plan.out).get("items").forEach(i -> statuses.put(i.get("id").asString(), i.get("status").asString()));
        assertThat(statuses).containsEntry("csm", "done").containsEntry("databases-course", "in-progress");
    }

    @Test
    void anExportUnderTheNewCatalogHoldsEverythingAndImportsAgainElsewhere() throws Exception {
        Path export = temp.resolve("moving.json");
        assertThat(CliRun.in(data, "--catalog", v2File.toString(), "export", export.toString()).exitCode).isZero();

        JsonNode file = JSON.readTree(export.toFile());
        assertThat(fieldNames(file.get("ratings"))).containsExactlyInAnyOrder("scrum", "sql", "nosql", "market-analysis", "fax-machines");
        assertThat(fieldNames(file.get("notes"))).containsExactlyInAnyOrder("scrum", "sql", "nosql", "fax-machines");
        assertThat(fieldNames(file.get("items"))).containsExactlyInAnyOrder("scrum-master-course", "sql-course",
                "nosql-course", "fax-course", "meetups");
        assertThat(file.get("history")).hasSize(6);

        Path elsewhere = temp.resolve("new-laptop");
        CliRun imported = CliRun.in(elsewhere, "--catalog", v2File.toString(), "import", export.toString());

        assertThat(imported.exitCode).as(imported.toString()).isZero();
        assertThat(imported.out).contains("Kept the data of 2 skills or plan items this catalog does not have")
                .contains("fax-course, fax-machines");
        CliRun before = CliRun.in(data, "--catalog", v2File.toString(), "status", "--json");
        CliRun after = CliRun.in(elsewhere, "--catalog", v2File.toString(), "status", "--json");
        assertThat(after.out).isEqualTo(before.out);
        try (SkillGapStore moved = SkillGapStore.open(elsewhere.resolve("skillgap.db"))) {
            assertThat(moved.notes()).containsEntry("fax-machines", "From my first job")
                    .containsEntry("database-management", "Tried MongoDB\n\nWindow functions next");
            assertThat(moved.history()).hasSize(6);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
