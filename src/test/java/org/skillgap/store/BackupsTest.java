package org.skillgap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.model.BadInputException;

class BackupsTest {

    private static final Instant MORNING = Instant.parse("2025-03-03T09:30:00Z");

    @TempDir
    Path temp;

    private DataFolder folder() {
        return DataFolder.at(temp.resolve("data"));
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private SkillGapStore openStore() {
        return SkillGapStore.open(folder().database());
    }

    private static List<String> names(List<Path> paths) {
        return paths.stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void theDailyBackupIsMadeAtMostOnceADay() {
        try (SkillGapStore store = openStore()) {
            store.rate("sql", 2);

            Optional<Path> first = Backups.dailyBackup(folder(), store, at(MORNING));
            Optional<Path> laterThatDay = Backups.dailyBackup(folder(), store, at(MORNING.plus(Duration.ofHours(12))));
            Optional<Path> nextDay = Backups.dailyBackup(folder(), store, at(MORNING.plus(Duration.ofDays(1))));

            assertThat(first).hasValue(folder().backups().resolve("skillgap-20250303-093000.db"));
            assertThat(laterThatDay).isEmpty();
            assertThat(nextDay).hasValue(folder().backups().resolve("skillgap-20250304-093000.db"));
            assertThat(names(Backups.list(folder())))
                    .containsExactly("skillgap-20250304-093000.db", "skillgap-20250303-093000.db");
        }
    }

    @Test
    void theDailyBackupKeepsTheNewestSeven() {
        try (SkillGapStore store = openStore()) {
            for (int day = 0; day < 10; day++) {
                store.rate("sql", day % 6);
                Backups.dailyBackup(folder(), store, at(MORNING.plus(Duration.ofDays(day))));
            }
        }
        List<Path> kept = Backups.list(folder());

        assertThat(names(kept)).containsExactly(
                "skillgap-20250312-093000.db", "skillgap-20250311-093000.db", "skillgap-20250310-093000.db",
                "skillgap-20250309-093000.db", "skillgap-20250308-093000.db", "skillgap-20250307-093000.db",
                "skillgap-20250306-093000.db");
        assertThat(Backups.newest(folder())).hasValue(kept.get(0));
        try (SkillGapStore newest = SkillGapStore.open(kept.get(0))) {
            assertThat(newest.assessment().ratings()).isEqualTo(Map.of("sql", 9 % 6));
        }
    }

    @Test
    void aBackupIsACompleteDatabaseWithTheDataOfThatMoment() throws Exception {
        Path backup;
        try (SkillGapStore store = openStore()) {
            store.rate("sql", 3);
            store.saveNote("sql", "joins and window functions");
            backup = Backups.backupNow(folder(), store, at(MORNING));
            store.rate("sql", 5);
        }

        assertThat(Sqlite.query(backup, "PRAGMA integrity_check")).containsExactly("ok");
        try (SkillGapStore copy = SkillGapStore.open(backup)) {
            assertThat(copy.assessment().ratings()).isEqualTo(Map.of("sql", 3));
            assertThat(copy.notes()).isEqualTo(Map.of("sql", "joins and window functions"));
        }
    }

    @Test
    void twoBackupsInTheSameSecondAreBothKeptAndListedNewestFirst() throws Exception {
        try (SkillGapStore store = openStore()) {
            Path first = Backups.backupNow(folder(), store, at(MORNING));
            Path second = Backups.backupNow(folder(), store, at(MORNING));
            Path third = Backups.backupNow(folder(), store, at(MORNING));
            Files.writeString(folder().backups().resolve("notes.txt"), "not a backup");

            assertThat(Backups.list(folder())).containsExactly(third, second, first);
            assertThat(names(List.of(first, second))).containsExactly("skillgap-20250303-093000.db",
                    "skillgap-20250303-093000-2.db");
        }
    }

    @Test
    void noBackupsYetIsAnEmptyList() {
        assertThat(Backups.list(folder())).isEmpty();
        assertThat(Backups.newest(folder())).isEmpty();
    }

    @Test
    void restoreBringsBackTheOldRatingsAndKeepsTheReplacedDataAsABackup() {
        Path old;
        try (SkillGapStore store = openStore()) {
            store.rate("sql", 1);
            store.saveNote("sql", "beginner");
            old = Backups.backupNow(folder(), store, at(MORNING));
            store.rate("sql", 4);
            store.rate("ux", 2);
        }

        Optional<Path> before = Backups.restore(folder(), old, at(MORNING.plus(Duration.ofDays(1))));

        try (SkillGapStore store = openStore()) {
            assertThat(store.assessment().ratings()).isEqualTo(Map.of("sql", 1));
            assertThat(store.notes()).isEqualTo(Map.of("sql", "beginner"));
            store.rate("sql", 2);
        }
        assertThat(before).hasValue(folder().backups().resolve("skillgap-20250304-093000.db"));
        try (SkillGapStore replaced = SkillGapStore.open(before.orElseThrow())) {
            assertThat(replaced.assessment().ratings()).isEqualTo(Map.of("sql", 4, "ux", 2));
        }
        try (SkillGapStore untouched = SkillGapStore.open(old)) {
            assertThat(untouched.assessment().ratings()).isEqualTo(Map.of("sql", 1));
        }
    }

    @Test
    void restoreOfATextFileIsRefusedAndChangesNothing() throws Exception {
        try (SkillGapStore store = openStore()) {
            store.rate("sql", 3);
        }
        Path text = Files.writeString(temp.resolve("notes.txt"), "these are my notes, not a database\n".repeat(10));
        byte[] database = Files.readAllBytes(folder().database());

        assertThatThrownBy(() -> Backups.restore(folder(), text, at(MORNING)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("notes.txt").hasMessageContaining("is not a SkillGap backup");

        assertThat(Files.readAllBytes(folder().database())).isEqualTo(database);
        assertThat(Backups.list(folder())).isEmpty();
        try (Stream<Path> files = Files.list(folder().root())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("restore"));
        }
    }

    @Test
    void restoreOfAnotherProgramsDatabaseOrAMissingFileIsRefused() throws Exception {
        Path foreign = temp.resolve("invoices.db");
        Sqlite.execute(foreign, "CREATE TABLE invoices (id INTEGER PRIMARY KEY)");

        assertThatThrownBy(() -> Backups.restore(folder(), foreign, at(MORNING)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("is not a SkillGap backup");
        assertThatThrownBy(() -> Backups.restore(folder(), temp.resolve("gone.db"), at(MORNING)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("gone.db");
        assertThat(folder().database()).doesNotExist();
    }

    @Test
    void restoreOfABackupFromANewerSkillGapIsRefusedAndChangesNothing() throws Exception {
        try (SkillGapStore store = openStore()) {
            store.rate("sql", 3);
        }
        Path future = temp.resolve("future.db");
        Sqlite.execute(future, "PRAGMA application_id = " + 0x536B4761, "CREATE TABLE t (x)", "PRAGMA user_version = 42");
        byte[] database = Files.readAllBytes(folder().database());

        assertThatThrownBy(() -> Backups.restore(folder(), future, at(MORNING)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("newer version");
        assertThat(Files.readAllBytes(folder().database())).isEqualTo(database);
    }

    @Test
    void restoreIntoAnEmptyDataFolderNeedsNoSafetyBackup() throws Exception {
        Path backup = temp.resolve("from-old-laptop.db");
        try (SkillGapStore elsewhere = SkillGapStore.open(temp.resolve("old/skillgap.db"))) {
            elsewhere.rate("roadmapping", 5);
            elsewhere.backupTo(backup);
        }
        folder().ensureExists();

        assertThat(Backups.restore(folder(), backup, at(MORNING))).isEmpty();
        try (SkillGapStore store = openStore()) {
            assertThat(store.assessment().ratings()).isEqualTo(Map.of("roadmapping", 5));
        }
    }

    @Test
    void restoreOverADamagedDatabaseKeepsAnExactCopyOfIt() throws Exception {
        Path backup;
        try (SkillGapStore store = openStore()) {
            store.rate("sql", 2);
            backup = Backups.backupNow(folder(), store, at(MORNING));
        }
        byte[] damaged = "this used to be a database".getBytes();
        Files.write(folder().database(), damaged);

        Optional<Path> before = Backups.restore(folder(), backup, at(MORNING.plusSeconds(60)));

        assertThat(before).isPresent();
        assertThat(Files.readAllBytes(before.get())).isEqualTo(damaged);
        try (SkillGapStore store = openStore()) {
            assertThat(store.assessment().ratings()).isEqualTo(Map.of("sql", 2));
        }
    }

    @Test
    void restoreIsRefusedWhileTheDataIsStillOpenAndChangesNothing() throws Exception {
        Path backup;
        try (SkillGapStore store = openStore()) {
            store.rate("sql", 1);
            backup = Backups.backupNow(folder(), store, at(MORNING));
        }
        try (SkillGapStore stillOpen = openStore()) {
            stillOpen.rate("sql", 4);

            StoreException e = catchThrowableOfType(StoreException.class,
                    () -> Backups.restore(folder(), backup, at(MORNING.plusSeconds(60))));

            assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED);
            assertThat(stillOpen.assessment().ratings()).isEqualTo(Map.of("sql", 4));
            stillOpen.rate("sql", 5);
        }
        try (SkillGapStore store = openStore()) {
            assertThat(store.assessment().ratings()).isEqualTo(Map.of("sql", 5));
        }
        assertThat(Backups.list(folder())).containsExactly(backup);
    }
}
