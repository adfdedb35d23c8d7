package org.skillgap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;

/** Each migration, run on a database made by the version before it, with data in it. */
class MigrationsTest {

    private static final Instant THEN = Instant.parse("2025-01-10T08:00:00Z");
    private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");
    private static final Profile SAM = new Profile("Sam", "associate-it-pm", "qa-analyst", 10);

    @TempDir
    Path temp;

    private SkillGapStore openWith(Path file, List<Migration> migrations, Instant now) {
        return SkillGapStore.open(file, migrations, Clock.fixed(now, ZoneOffset.UTC), SkillGapStore.BUSY_TIMEOUT);
    }

    @Test
    void migrationsAreNumberedOneByOneInOrder() {
        assertThat(Migrations.ALL).extracting(Migration::version)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, Migrations.ALL.size()).boxed().toList());
    }

    @Test
    void migrationOneTurnsAnEmptyFileIntoAnEmptyStore() throws Exception {
        Path file = Files.createFile(temp.resolve("skillgap.db"));

        try (SkillGapStore store = openWith(file, Migrations.ALL.subList(0, 1), NOW)) {
            assertThat(store.schemaVersion()).isEqualTo(1);
            store.rate("sql", 2);
            assertThat(store.history()).containsExactly(new RatingChange("sql", 2, NOW));
        }
        assertThat(Sqlite.query(file, "PRAGMA user_version")).containsExactly("1");
    }

    @Test
    void migrationTwoKeepsEverythingSchemaOneHeldAndStartsTheNoteHistoryWithTheNotesThere() throws Exception {
        Path file = temp.resolve("skillgap.db");
        try (SkillGapStore version1 = openWith(file, Migrations.ALL.subList(0, 1), THEN)) {
            version1.saveProfile(SAM);
            version1.rate("sql", 1);
            version1.rate("sql", 2);
            version1.setItemStatus("cert-csm", ItemStatus.DONE);
            version1.putSetting("pdf.pageSize", "A4");
        }
        // Version 1 wrote notes without a history; write them as it did.
        Sqlite.execute(file, "INSERT INTO note VALUES ('sql', 'learning joins', '" + THEN + "')",
                "INSERT INTO note VALUES ('ux', 'read Don''t Make Me Think', '" + THEN + "')");

        try (SkillGapStore store = openWith(file, Migrations.ALL.subList(0, 2), NOW)) {
            assertThat(store.schemaVersion()).isEqualTo(2);
            assertThat(store.profile()).contains(SAM);
            assertThat(store.assessment().ratings()).isEqualTo(Map.of("sql", 2));
            assertThat(store.history()).containsExactly(new RatingChange("sql", 1, THEN), new RatingChange("sql", 2, THEN));
            assertThat(store.itemStatuses()).isEqualTo(Map.of("cert-csm", ItemStatus.DONE));
            assertThat(store.setting("pdf.pageSize")).contains("A4");
            assertThat(store.notes()).isEqualTo(Map.of("sql", "learning joins", "ux", "read Don't Make Me Think"));
            store.saveNote("sql", "joins done, window functions next");
        }
        assertThat(Sqlite.query(file, "SELECT skill_id, text, changed_at FROM note_history ORDER BY id")).containsExactly(
                "sql|learning joins|" + THEN,
                "ux|read Don't Make Me Think|" + THEN,
                "sql|joins done, window functions next|" + NOW);
        assertThat(Sqlite.query(file, "PRAGMA index_list(rating_history)")).anyMatch(row -> row.contains("rating_history_by_skill"));
    }

    @Test
    void aDatabaseAlreadyUpToDateIsOpenedWithoutChange() throws Exception {
        Path file = temp.resolve("skillgap.db");
        try (SkillGapStore store = openWith(file, Migrations.ALL, THEN)) {
            store.rate("sql", 3);
        }
        try (SkillGapStore store = openWith(file, Migrations.ALL, NOW)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.ALL.size());
            assertThat(store.history()).containsExactly(new RatingChange("sql", 3, THEN));
        }
    }
}
