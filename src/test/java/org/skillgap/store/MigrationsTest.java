package org.skillgap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.model.Evidence;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.PostingCorrection;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.model.SavedPosting;
import org.skillgap.model.Review;
import org.skillgap.model.ReviewRequest;

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
    void migrationThreeKeepsEverythingSchemaTwoHeldAndStartsWithNoCertificationHeld() throws Exception {
        Path file = temp.resolve("skillgap.db");
        try (SkillGapStore version2 = openWith(file, Migrations.ALL.subList(0, 2), THEN)) {
            version2.saveProfile(SAM);
            version2.rate("sql", 2);
            version2.saveNote("sql", "learning joins");
            version2.setItemStatus("cert-csm", ItemStatus.DONE);
        }

        try (SkillGapStore store = openWith(file, Migrations.ALL.subList(0, 3), NOW)) {
            assertThat(store.schemaVersion()).isEqualTo(3);
            assertThat(store.profile()).contains(SAM);
            assertThat(store.assessment().ratings()).isEqualTo(Map.of("sql", 2));
            assertThat(store.notes()).isEqualTo(Map.of("sql", "learning joins"));
            assertThat(store.itemStatuses()).isEqualTo(Map.of("cert-csm", ItemStatus.DONE));
            assertThat(store.heldCertifications()).isEmpty();

            store.holdCertification("cert-csm", LocalDate.of(2025, 5, 1));
            assertThat(store.heldCertifications()).isEqualTo(Map.of("cert-csm", LocalDate.of(2025, 5, 1)));
            assertThat(store.heldCertifications()).containsOnlyKeys("cert-csm");
        }
        assertThat(Sqlite.query(file, "SELECT item_id, earned FROM held_certification")).containsExactly("cert-csm|2025-05-01");
        assertThat(Sqlite.query(file, "PRAGMA user_version")).containsExactly("3");
    }

    @Test
    void migrationFourKeepsEverythingSchemaThreeHeldAndKeepsPostingsWithTheirCorrections() throws Exception {
        Path file = temp.resolve("skillgap.db");
        try (SkillGapStore version3 = openWith(file, Migrations.ALL.subList(0, 3), THEN)) {
            version3.saveProfile(SAM);
            version3.rate("sql", 2);
            version3.holdCertification("cert-csm", LocalDate.of(2025, 5, 1));
        }

        try (SkillGapStore store = openWith(file, Migrations.ALL.subList(0, 4), NOW)) {
            assertThat(store.schemaVersion()).isEqualTo(4);
            assertThat(store.profile()).contains(SAM);
            assertThat(store.assessment().ratings()).isEqualTo(Map.of("sql", 2));
            assertThat(store.heldCertifications()).isEqualTo(Map.of("cert-csm", LocalDate.of(2025, 5, 1)));
            assertThat(store.postings()).isEmpty();

            long id = store.addPosting(new SavedPosting(0, "Data PM", "text of the posting", NOW,
                    Map.of("sql", PostingCorrection.REQUIRED)));
            assertThat(store.correctPosting(id, "ux", Optional.of(PostingCorrection.DROPPED))).isTrue();
            assertThat(store.posting(id)).contains(new SavedPosting(id, "Data PM", "text of the posting", NOW,
                    Map.of("sql", PostingCorrection.REQUIRED, "ux", PostingCorrection.DROPPED)));
            assertThat(store.correctPosting(id + 1, "ux", Optional.empty())).isFalse();
            assertThat(store.removePosting(id)).isTrue();
            assertThat(store.removePosting(id)).isFalse();
        }
        // The corrections went with their posting.
        assertThat(Sqlite.query(file, "SELECT count(*) FROM posting_correction")).containsExactly("0");
        assertThat(Sqlite.query(file, "PRAGMA user_version")).containsExactly("4");
    }

    @Test
    void migrationFiveKeepsEverythingBeforeItAndKeepsEvidenceAndReviewsApartFromTheOwnRatings() throws Exception {
        Path file = temp.resolve("skillgap.db");
        try (SkillGapStore version3 = openWith(file, Migrations.ALL.subList(0, 3), THEN)) {
            version3.saveProfile(SAM);
            version3.rate("sql", 2);
            version3.holdCertification("cert-csm", LocalDate.of(2025, 5, 1));
        }

        try (SkillGapStore store = openWith(file, Migrations.ALL.subList(0, 5), NOW)) {
            assertThat(store.schemaVersion()).isEqualTo(5);
            assertThat(store.assessment().ratings()).isEqualTo(Map.of("sql", 2));
            assertThat(store.heldCertifications()).containsKey("cert-csm");
            assertThat(store.evidence().all()).isEmpty();
            assertThat(store.reviews().all().isEmpty()).isTrue();

            Evidence saved = store.evidence().add(new Evidence(0, "sql", "Defect dashboards", LocalDate.of(2025, 2, 1),
                    "", "/home/sam/dashboards.png", "triage twice as fast"));
            store.reviews().addRequest(new ReviewRequest("t0ken", "Ana", "2025.1", LocalDate.of(2025, 3, 1)));
            Review review = store.reviews().add(new Review(0, "Ana", "mentor", LocalDate.of(2025, 3, 2), "t0ken",
                    Map.of("sql", 4), Map.of("sql", "writes window functions", "ux", "not seen")));

            assertThat(store.assessment().ratings()).as("a review leaves the own ratings alone").isEqualTo(Map.of("sql", 2));
            assertThat(store.evidence().all()).containsExactly(saved);
            assertThat(store.reviews().all().reviews()).containsExactly(review);

            store.reviews().adopt("sql", 4, review);
            assertThat(store.assessment().ratings()).isEqualTo(Map.of("sql", 4));
            assertThat(store.history()).endsWith(new RatingChange("sql", 4, NOW));
            assertThat(store.reviews().all().adoptions()).extracting(a -> a.reviewer() + " " + a.level()).containsExactly("Ana 4");
        }
        assertThat(Sqlite.query(file, "PRAGMA user_version")).containsExactly("5");
        assertThat(Sqlite.query(file, "SELECT skill_id, level, comment FROM review_rating ORDER BY skill_id"))
                .containsExactly("sql|4|writes window functions", "ux|null|not seen");
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

    /** Every version a database could have been left at, from 0 (a file never set up) to the one before the latest. */
    static java.util.stream.IntStream earlierVersions() {
        return IntStream.range(0, Migrations.ALL.size());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "from schema {0}")
    @org.junit.jupiter.params.provider.MethodSource("earlierVersions")
    void aDatabaseOfEveryEarlierVersionReachesTheLatestWithItsDataAndTheSameSchemaAsANewOne(int version) throws Exception {
        Path file = temp.resolve("old.db");
        boolean withData = version > 0;
        if (withData) {
            try (SkillGapStore old = openWith(file, Migrations.ALL.subList(0, version), THEN)) {
                old.saveProfile(SAM);
                old.rate("sql", 1);
                old.rate("sql", 3);
                old.setItemStatus("cert-csm", ItemStatus.IN_PROGRESS);
                old.putSetting("pdf.pageSize", "letter");
            }
            if (version < 2) {
                Sqlite.execute(file, "INSERT INTO note VALUES ('sql', 'joins, then window functions', '" + THEN + "')");
            } else {
                try (SkillGapStore old = openWith(file, Migrations.ALL.subList(0, version), THEN)) {
                    old.saveNote("sql", "joins, then window functions");
                }
            }
        } else {
            Files.createFile(file);
        }

        try (SkillGapStore store = openWith(file, Migrations.ALL, NOW)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.ALL.size());
            if (withData) {
                assertThat(store.profile()).contains(SAM);
                assertThat(store.assessment().ratings()).isEqualTo(Map.of("sql", 3));
                assertThat(store.history()).containsExactly(new RatingChange("sql", 1, THEN), new RatingChange("sql", 3, THEN));
                assertThat(store.itemStatuses()).isEqualTo(Map.of("cert-csm", ItemStatus.IN_PROGRESS));
                assertThat(store.setting("pdf.pageSize")).contains("letter");
                assertThat(store.notes()).isEqualTo(Map.of("sql", "joins, then window functions"));
            } else {
                assertThat(store.readAll()).isEqualTo(org.skillgap.model.UserData.empty());
            }
            // And it works as a new database does from here on.
            store.saveNote("sql", "window functions done");
            store.rate("ux", 2);
        }
        assertThat(Sqlite.query(file, "PRAGMA integrity_check")).containsExactly("ok");
        assertThat(Sqlite.query(file, "PRAGMA application_id")).containsExactly(String.valueOf(Migrations.APPLICATION_ID));

        Path fresh = temp.resolve("fresh.db");
        openWith(fresh, Migrations.ALL, NOW).close();
        assertThat(schemaOf(file)).isEqualTo(schemaOf(fresh));
    }

    @Test
    void aFileSqliteSetUpButNoMigrationRanIsTakenAsANewDatabase() throws Exception {
        // What a crash between switching to WAL and the first migration leaves: a header, no tables.
        Path file = temp.resolve("half-made.db");
        Sqlite.execute(file, "PRAGMA journal_mode = WAL");
        assertThat(Files.size(file)).isPositive();

        try (SkillGapStore store = openWith(file, Migrations.ALL, NOW)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.ALL.size());
            store.rate("sql", 2);
        }
        assertThat(schemaOf(file)).isEqualTo(schemaOf(newDatabase()));
    }

    private Path newDatabase() {
        Path fresh = temp.resolve("reference.db");
        openWith(fresh, Migrations.ALL, NOW).close();
        return fresh;
    }

    /** Every table, index and trigger with its SQL, as a database made from scratch would have them. */
    private static List<String> schemaOf(Path file) throws Exception {
        return Sqlite.query(file, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
    }
}
