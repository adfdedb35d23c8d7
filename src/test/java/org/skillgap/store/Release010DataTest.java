package org.skillgap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.model.PostingCorrection;
import org.skillgap.model.Evidence;
import org.skillgap.model.RatingChange;
import org.skillgap.model.SavedPosting;

/**
 * The database a person made with SkillGap 0.1.0 (commit 71eb83f), opened by this version: all
 * they entered is still there, and the schema it is migrated to is the golden one.
 */
class Release010DataTest {

    /** Regenerates schema.sql instead of only comparing with it; see the fixture's README. */
    private static final String UPDATE_GOLDEN = "skillgap.updateGoldenSchema";
    private static final Path GOLDEN_SOURCE = Path.of("src/test/resources/fixtures/0.1.0/schema.sql");

    @TempDir
    Path temp;

    private Path database() {
        return Release010Fixture.copy("skillgap.db", temp);
    }

    @Test
    void theDatabaseOf010OpensWithTheProfileRatingsNotesAndStatusesAsEntered() {
        try (SkillGapStore store = SkillGapStore.open(database())) {
            assertThat(store.profile()).contains(Release010Fixture.PROFILE);
            assertThat(store.assessment().ratings()).isEqualTo(Release010Fixture.RATINGS);
            assertThat(store.notes()).isEqualTo(Release010Fixture.NOTES);
            assertThat(store.itemStatuses()).isEqualTo(Release010Fixture.ITEMS);
            assertThat(store.readAll().settings()).isEmpty();
        }
    }

    @Test
    void theDatabaseOf010HoldsNoCertificationAndCanRecordOneWithoutLosingAnything() {
        Path file = database();
        try (SkillGapStore store = SkillGapStore.open(file)) {
            assertThat(store.heldCertifications()).isEmpty();
            store.holdCertification("cert-csm", LocalDate.of(2025, 5, 1));
        }
        try (SkillGapStore store = SkillGapStore.open(file)) {
            assertThat(store.heldCertifications()).isEqualTo(Map.of("cert-csm", LocalDate.of(2025, 5, 1)));
            assertThat(store.profile()).contains(Release010Fixture.PROFILE);
            assertThat(store.assessment().ratings()).isEqualTo(Release010Fixture.RATINGS);
            assertThat(store.notes()).isEqualTo(Release010Fixture.NOTES);
            assertThat(store.itemStatuses()).isEqualTo(Release010Fixture.ITEMS);
            assertThat(store.history()).hasSize(14);
            assertThat(store.releaseCertification("cert-csm")).isTrue();
            assertThat(store.releaseCertification("cert-csm")).isFalse();
            assertThat(store.heldCertifications()).isEmpty();
        }
    }

    @Test
    void theDatabaseOf010KeepsNoPostingAndCanKeepOneWithoutLosingAnything() {
        Path file = database();
        Instant added = Instant.parse("2026-12-03T10:00:00Z");
        try (SkillGapStore store = SkillGapStore.open(file)) {
            assertThat(store.postings()).isEmpty();
            long id = store.addPosting(new SavedPosting(0, "Product Manager, Payments", "We need SQL.", added, Map.of()));
            store.correctPosting(id, "data-analysis", Optional.of(PostingCorrection.REQUIRED));
        }
        try (SkillGapStore store = SkillGapStore.open(file)) {
            assertThat(store.postings()).singleElement().satisfies(p -> {
                assertThat(p.title()).isEqualTo("Product Manager, Payments");
                assertThat(p.text()).isEqualTo("We need SQL.");
                assertThat(p.addedAt()).isEqualTo(added);
                assertThat(p.corrections()).isEqualTo(Map.of("data-analysis", PostingCorrection.REQUIRED));
            });
            assertThat(store.profile()).contains(Release010Fixture.PROFILE);
            assertThat(store.assessment().ratings()).isEqualTo(Release010Fixture.RATINGS);
            assertThat(store.notes()).isEqualTo(Release010Fixture.NOTES);
            assertThat(store.itemStatuses()).isEqualTo(Release010Fixture.ITEMS);
            assertThat(store.history()).hasSize(14);
        }
    }

    @Test
    void theDatabaseOf010GetsEvidenceAndReviewsWithoutLosingAnything() {
        Path file = database();
        try (SkillGapStore store = SkillGapStore.open(file)) {
            assertThat(store.evidence().all()).isEmpty();
            assertThat(store.readAll().reviews().isEmpty()).isTrue();
            store.evidence().add(new Evidence(0, "communication", "Board presentation", LocalDate.of(2025, 1, 20),
                    "https://example.com/deck", "", "budget approved"));
        }
        try (SkillGapStore store = SkillGapStore.open(file)) {
            assertThat(store.assessment().ratings()).isEqualTo(Release010Fixture.RATINGS);
            assertThat(store.notes()).isEqualTo(Release010Fixture.NOTES);
            assertThat(store.evidence().all()).extracting(Evidence::title).containsExactly("Board presentation");
        }
    }

    @Test
    void theRatingHistoryOf010KeepsEveryChangeInTheOrderItWasMade() {
        try (SkillGapStore store = SkillGapStore.open(database())) {
            List<RatingChange> history = store.history();

            assertThat(history).hasSize(14);
            assertThat(history).extracting(change -> Map.entry(change.skillId(), change.level()))
                    .containsExactlyElementsOf(Release010Fixture.HISTORY);
            assertThat(history).extracting(RatingChange::changedAt).isSorted().doesNotHaveDuplicates()
                    .allMatch(at -> LocalDate.ofInstant(at, ZoneOffset.UTC).equals(LocalDate.of(2026, 12, 3)));
            // The latest change of each skill is its current rating.
            Map<String, Integer> latest = new HashMap<>();
            history.forEach(change -> latest.put(change.skillId(), change.level()));
            assertThat(latest).isEqualTo(Release010Fixture.RATINGS);
        }
    }

    @Test
    void theNoteHistoryOf010KeepsTheEditedNotesEarlierText() throws Exception {
        Path file = database();
        try (SkillGapStore store = SkillGapStore.open(file)) {
            assertThat(store.notes()).containsEntry("agile-practices", Release010Fixture.NOTES.get("agile-practices"));
        }
        assertThat(Sqlite.query(file, "SELECT count(*) FROM note_history")).containsExactly("8");
        assertThat(Sqlite.query(file, "SELECT text FROM note_history WHERE skill_id = 'agile-practices' ORDER BY id"))
                .containsExactly("Scrum in two teams as QA; ran retros when the SM was away.",
                        Release010Fixture.NOTES.get("agile-practices"));
    }

    @Test
    void theSchemaThe010DatabaseIsMigratedToIsTheGoldenSchema() throws Exception {
        Path file = database();
        try (SkillGapStore store = SkillGapStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.ALL.size());
        }
        String schema = schemaOf(file);
        if (Boolean.getBoolean(UPDATE_GOLDEN)) {
            Files.writeString(GOLDEN_SOURCE, schema, StandardCharsets.UTF_8);
        }

        assertThat(schema).isEqualTo(Release010Fixture.text("schema.sql"));
    }

    @Test
    void openingThe010DatabaseTwiceMigratesItOnce() throws Exception {
        Path file = database();
        int before = Integer.parseInt(Sqlite.query(file, "PRAGMA user_version").get(0));
        List<String> migrated = new ArrayList<>();
        // Migrations logs each step it runs; listening there is what counts them.
        Logger log = Logger.getLogger(Migrations.class.getName());
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                if (message != null && message.startsWith("Database migrated to schema")) {
                    migrated.add(message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(recorder);
        try {
            try (SkillGapStore first = SkillGapStore.open(file)) {
                assertThat(first.schemaVersion()).isEqualTo(Migrations.ALL.size());
            }
            int migrationsOnFirstOpen = migrated.size();
            String schemaAfterFirst = schemaOf(file);

            try (SkillGapStore second = SkillGapStore.open(file)) {
                assertThat(second.schemaVersion()).isEqualTo(Migrations.ALL.size());
                assertThat(second.history()).hasSize(14);
                assertThat(second.assessment().ratings()).isEqualTo(Release010Fixture.RATINGS);
            }

            // 0.1.0 left its database at schema 2; each later migration runs on the first open only.
            assertThat(before).isEqualTo(2);
            assertThat(migrationsOnFirstOpen).isEqualTo(Migrations.ALL.size() - before);
            assertThat(migrated).hasSize(migrationsOnFirstOpen);
            assertThat(schemaOf(file)).isEqualTo(schemaAfterFirst);
            assertThat(Sqlite.query(file, "PRAGMA user_version")).containsExactly(String.valueOf(Migrations.ALL.size()));
        } finally {
            log.removeHandler(recorder);
        }
    }

    @Test
    void theFixtureIsTheFileAsReleasedWithNoWriteAheadLogBesideIt() throws Exception {
        assertThat(Release010DataTest.class.getResource(Release010Fixture.DIRECTORY + "skillgap.db-wal")).isNull();
        assertThat(Release010DataTest.class.getResource(Release010Fixture.DIRECTORY + "skillgap.db-shm")).isNull();
        Path file = database();
        assertThat(Sqlite.query(file, "PRAGMA user_version")).containsExactly("2");
        assertThat(Sqlite.query(file, "PRAGMA application_id")).containsExactly(String.valueOf(Migrations.APPLICATION_ID));
    }

    /**
     * The schema as text: the user_version, then every object's SQL as SQLite keeps it, sorted by
     * type and name, one statement each. SQLite's own objects (autoindexes) have no SQL and are left out.
     */
    static String schemaOf(Path file) throws Exception {
        StringBuilder text = new StringBuilder();
        text.append("-- The schema of SkillGap 0.1.0's database after the current migrations (see README.md).\n");
        text.append("PRAGMA user_version = ").append(Sqlite.query(file, "PRAGMA user_version").get(0)).append(";\n");
        for (String sql : Sqlite.query(file,
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name")) {
            text.append('\n').append(sql.strip()).append(";\n");
        }
        return text.toString();
    }
}
