package org.skillgap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.model.Assessment;
import org.skillgap.model.BadInputException;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.model.UserData;

class SkillGapStoreTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
    private static final Profile ALEX = new Profile("Alex", "it-product-manager", "software-developer", 6);

    @TempDir
    Path temp;

    private SkillGapStore store;

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private Path file() {
        return temp.resolve("skillgap.db");
    }

    private SkillGapStore openAt(Instant now) {
        store = SkillGapStore.open(file(), Migrations.ALL, Clock.fixed(now, ZoneOffset.UTC), SkillGapStore.BUSY_TIMEOUT);
        return store;
    }

    @Test
    void ratingsNotesProfileItemsAndSettingsSurviveCloseAndReopen() {
        SkillGapStore first = SkillGapStore.open(file());
        first.saveProfile(ALEX);
        first.rate("sql", 2);
        first.rate("roadmapping", 4);
        first.saveNote("sql", "Took a SQL course at work");
        first.setItemStatus("cert-cspo", ItemStatus.IN_PROGRESS);
        first.putSetting("pdf.pageSize", "A4");
        first.close();

        store = SkillGapStore.open(file());
        assertThat(store.profile()).contains(ALEX);
        assertThat(store.assessment()).isEqualTo(new Assessment(Map.of("sql", 2, "roadmapping", 4)));
        assertThat(store.notes()).containsExactly(Map.entry("sql", "Took a SQL course at work"));
        assertThat(store.itemStatuses()).containsExactly(Map.entry("cert-cspo", ItemStatus.IN_PROGRESS));
        assertThat(store.setting("pdf.pageSize")).contains("A4");
        assertThat(store.setting("unknown")).isEmpty();
        assertThat(store.history()).hasSize(2);
    }

    @Test
    void aNewStoreIsEmpty() {
        openAt(MONDAY);
        assertThat(store.profile()).isEmpty();
        assertThat(store.readAll()).isEqualTo(UserData.empty());
        assertThat(store.schemaVersion()).isEqualTo(Migrations.ALL.size());
        assertThat(store.file()).isEqualTo(file().toAbsolutePath());
    }

    @Test
    void everyRatingChangeIsKeptWithItsTimeOldestFirst() {
        openAt(MONDAY).rate("sql", 1);
        store.close();
        openAt(MONDAY.plus(Duration.ofDays(14))).rate("sql", 3);
        store.rate("sql", 3);
        store.rate("stakeholders", 2);

        assertThat(store.history()).containsExactly(
                new RatingChange("sql", 1, MONDAY),
                new RatingChange("sql", 3, MONDAY.plus(Duration.ofDays(14))),
                new RatingChange("stakeholders", 2, MONDAY.plus(Duration.ofDays(14))));
        assertThat(store.assessment().rating("sql")).hasValue(3);
    }

    @Test
    void aLevelOutsideZeroToFiveIsRefusedAndNothingIsSaved() {
        openAt(MONDAY).rate("sql", 2);

        assertThatThrownBy(() -> store.rate("sql", 6)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("sql").hasMessageContaining("0").hasMessageContaining("5");
        assertThatThrownBy(() -> store.rate("sql", -1)).isInstanceOf(BadInputException.class);
        assertThat(store.assessment().rating("sql")).hasValue(2);
        assertThat(store.history()).hasSize(1);
    }

    @Test
    void weeklyHoursOutsideTheAllowedRangeAreRefused() {
        openAt(MONDAY).saveProfile(ALEX);

        assertThatThrownBy(() -> store.saveProfile(ALEX.withHoursPerWeek(Profile.MAX_HOURS + 1)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("81");
        assertThatThrownBy(() -> store.saveProfile(ALEX.withHoursPerWeek(0))).isInstanceOf(BadInputException.class);
        assertThat(store.profile()).contains(ALEX);
        store.saveProfile(ALEX.withHoursPerWeek(Profile.MAX_HOURS));
        assertThat(store.profile().orElseThrow().hoursPerWeek()).isEqualTo(Profile.MAX_HOURS);
    }

    @Test
    void aBlankNoteRemovesTheNoteButEveryVersionStaysInTheNoteHistory() throws Exception {
        openAt(MONDAY);
        store.saveNote("sql", "first draft");
        store.saveNote("sql", "first draft");
        store.saveNote("sql", "rewritten");
        store.saveNote("sql", "   ");
        assertThat(store.notes()).isEmpty();
        store.close();

        assertThat(Sqlite.query(file(), "SELECT skill_id, text FROM note_history ORDER BY id"))
                .containsExactly("sql|first draft", "sql|rewritten", "sql|");
    }

    @Test
    void readAllAndReplaceAllCarryEverythingAcross() {
        UserData data = new UserData(Optional.of(ALEX), Map.of("sql", 3, "ux", 1), Map.of("ux", "read a book"),
                List.of(new RatingChange("sql", 1, MONDAY), new RatingChange("sql", 3, MONDAY.plusSeconds(60)),
                        new RatingChange("ux", 1, MONDAY.plusSeconds(120))),
                Map.of("cert-csm", ItemStatus.DONE, "mba", ItemStatus.SKIPPED), Map.of("pdf.pageSize", "Letter"),
                Map.of("cert-csm", java.time.LocalDate.of(2025, 5, 1)));
        openAt(MONDAY);
        store.rate("old-skill", 5);
        store.holdCertification("cert-pmp", java.time.LocalDate.of(2024, 1, 2));
        store.saveNote("old-skill", "old note");
        store.putSetting("old", "setting");

        store.replaceAll(data);

        assertThat(store.readAll()).isEqualTo(data);
        store.close();
        store = SkillGapStore.open(file());
        assertThat(store.readAll()).isEqualTo(data);
    }

    @Test
    void replaceAllWithAnInvalidLevelChangesNothing() {
        openAt(MONDAY).rate("sql", 2);
        UserData before = store.readAll();
        UserData bad = new UserData(Optional.of(ALEX), Map.of("ux", 9), Map.of(), List.of(), Map.of(), Map.of());

        assertThatThrownBy(() -> store.replaceAll(bad)).isInstanceOf(BadInputException.class).hasMessageContaining("ux");
        assertThat(store.readAll()).isEqualTo(before);
    }

    @Test
    void aNewDatabaseIsReadableByItsOwnerOnly() throws Exception {
        openAt(MONDAY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    void aNewDatabaseIsMarkedAsSkillGapsAndWrittenAheadForReaders() throws Exception {
        openAt(MONDAY);
        assertThat(Sqlite.query(file(), "PRAGMA application_id")).containsExactly(String.valueOf(0x536B4761));
        assertThat(Sqlite.query(file(), "PRAGMA journal_mode")).containsExactly("wal");
        assertThat(Sqlite.query(file(), "PRAGMA user_version")).containsExactly(String.valueOf(Migrations.ALL.size()));
    }

    @Test
    void anEmptyFileIsSetUpAsANewDatabase() throws Exception {
        Files.createFile(file());
        openAt(MONDAY).rate("sql", 1);
        assertThat(store.assessment().rating("sql")).hasValue(1);
    }

    @Test
    void theDatabaseOfAnotherProgramIsRefusedAndLeftAsItWas() throws Exception {
        Sqlite.execute(file(), "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)",
                "INSERT INTO invoices VALUES (1, 9.5)");
        byte[] before = Files.readAllBytes(file());

        StoreException e = catchThrowableOfType(StoreException.class, () -> SkillGapStore.open(file()));

        assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_SKILLGAP);
        assertThat(e).hasMessageContaining("is not a SkillGap database").hasMessageContaining(file().toString());
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void aDatabaseFromANewerSkillGapIsRefusedAndNeverDowngraded() throws Exception {
        Sqlite.execute(file(), "PRAGMA application_id = " + 0x536B4761, "CREATE TABLE future (x)",
                "PRAGMA user_version = 99");
        byte[] before = Files.readAllBytes(file());

        StoreException e = catchThrowableOfType(StoreException.class, () -> SkillGapStore.open(file()));

        assertThat(e.kind()).isEqualTo(StoreException.Kind.NEWER_VERSION);
        assertThat(e).hasMessageContaining("newer version of SkillGap")
                .hasMessageContaining("schema 99; this version knows up to " + Migrations.ALL.size());
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(Sqlite.query(file(), "PRAGMA user_version")).containsExactly("99");
    }

    @Test
    void randomBytesAreReportedAsDamagedAndLeftAsTheyWere() throws Exception {
        byte[] noise = new byte[8192];
        new Random(42).nextBytes(noise);
        Files.write(file(), noise);

        StoreException e = catchThrowableOfType(StoreException.class, () -> SkillGapStore.open(file()));

        assertThat(e.kind()).isEqualTo(StoreException.Kind.CORRUPT);
        assertThat(e).hasMessageContaining("damaged").hasMessageContaining("skillgap restore")
                .hasMessageContaining(temp.resolve("backups").toString());
        assertThat(Files.readAllBytes(file())).isEqualTo(noise);
    }

    @Test
    void aDatabaseCutShortIsReportedAsDamagedAndLeftAsItWas() throws Exception {
        openAt(MONDAY);
        for (int i = 0; i < 300; i++) {
            store.saveNote("skill-" + i, "a note long enough to fill several pages of the database file ".repeat(4));
        }
        store.close();
        byte[] whole = Files.readAllBytes(file());
        assertThat(whole.length).isGreaterThan(8 * 4096);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(file(), half);

        StoreException e = catchThrowableOfType(StoreException.class, () -> SkillGapStore.open(file()));

        assertThat(e.kind()).isEqualTo(StoreException.Kind.CORRUPT);
        assertThat(e).hasMessageContaining("damaged");
        assertThat(Files.readAllBytes(file())).isEqualTo(half);
    }

    @Test
    void aDatabaseAnotherProgramHoldsLockedIsReportedAsInUseAndWorksOnceReleased() throws Exception {
        openAt(MONDAY).rate("sql", 1);
        try (SkillGapStore waiting = SkillGapStore.open(file(), Migrations.ALL, Clock.systemUTC(), Duration.ofMillis(100))) {
            try (Connection other = Sqlite.connect(file()); Statement s = other.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                s.execute("INSERT INTO setting VALUES ('held', 'by another program')");

                StoreException e = catchThrowableOfType(StoreException.class, () -> waiting.rate("sql", 2));

                assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED);
                assertThat(e).hasMessageContaining("Another program is using");
                s.execute("ROLLBACK");
            }
            assertThat(waiting.assessment().rating("sql")).hasValue(1);
            // Once the other program lets go, each action is again one whole transaction.
            waiting.rate("sql", 2);
            assertThatThrownBy(() -> waiting.replaceAll(new UserData(Optional.empty(), Map.of("sql", 5), Map.of(),
                    List.of(new RatingChange("sql", 5, MONDAY), new RatingChange("sql", 5, MONDAY)), Map.of(),
                    Map.of(" ", "blank key")))).isInstanceOf(BadInputException.class);
            assertThat(waiting.history()).extracting(RatingChange::level).containsExactly(1, 2);
        }
        assertThat(store.assessment().rating("sql")).hasValue(2);
    }

    @Test
    void openingADatabaseAnotherProgramLockedExclusivelyIsReportedAsInUse() throws Exception {
        Sqlite.execute(file(), "PRAGMA application_id = " + 0x536B4761, "PRAGMA user_version = 0");
        try (Connection other = Sqlite.connect(file()); Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            StoreException e = catchThrowableOfType(StoreException.class,
                    () -> SkillGapStore.open(file(), Migrations.ALL, Clock.systemUTC(), Duration.ofMillis(100)));
            assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED);
            s.execute("ROLLBACK");
        }
    }

    @Test
    void aBackupIsAConsistentDatabaseHoldingTheData() throws Exception {
        openAt(MONDAY).saveProfile(ALEX);
        store.rate("sql", 4);
        store.saveNote("sql", "daily queries");
        Path copy = temp.resolve("copy.db");

        store.backupTo(copy);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
        assertThat(Sqlite.query(copy, "PRAGMA integrity_check")).containsExactly("ok");
        try (SkillGapStore restored = SkillGapStore.open(copy)) {
            assertThat(restored.readAll()).isEqualTo(store.readAll());
        }
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void aBackupNeverOverwritesAFile() throws Exception {
        openAt(MONDAY).rate("sql", 4);
        Path existing = Files.writeString(temp.resolve("thesis.db"), "my thesis");

        assertThatThrownBy(() -> store.backupTo(existing)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("already exists");
        assertThat(existing).hasContent("my thesis");
        assertThatThrownBy(() -> store.backupTo(temp.resolve("no/such/folder/x.db")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("does not exist");
    }

    @Test
    void ratingHistoryCannotBeRewrittenEvenWithSql() throws Exception {
        openAt(MONDAY).rate("sql", 1);
        store.close();

        assertThatThrownBy(() -> Sqlite.execute(file(), "UPDATE rating_history SET level = 5"))
                .hasMessageContaining("append-only");
        assertThat(Sqlite.query(file(), "SELECT level FROM rating_history")).containsExactly("1");
    }
}
