package org.skillgap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skillgap.model.Messages;
import org.skillgap.store.BadDataFiles;
import org.skillgap.store.Backups;
import org.skillgap.store.DataFolder;
import org.skillgap.store.ReadOnlyFiles;
import org.skillgap.store.SkillGapStore;

/**
 * What the window does at start when its data file cannot be used, with a person's answer given by
 * a recording {@link Dialogs}: each way out keeps the unusable file, byte for byte.
 */
class StartupProblemsTest {

    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path temp;

    private DataFolder folder() {
        return DataFolder.at(temp.resolve("data"));
    }

    /** Good data backed up yesterday, as the daily backup does; the database itself then goes bad. */
    private Path backupOfGoodData() throws Exception {
        folder().ensureExists();
        try (SkillGapStore store = SkillGapStore.open(folder().database())) {
            store.rate("cloud-computing", 4);
            store.saveNote("cloud-computing", "AWS course half done");
            Path backup = Backups.backupNow(folder(), store, CLOCK);
            store.close();
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(folder().database() + suffix));
            }
            return backup;
        }
    }

    private List<Path> everyFile() throws Exception {
        try (Stream<Path> files = Files.walk(folder().root())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("skillgap-0.log"))
                    .sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(BadDataFiles.Kind.class)
    void restoringTheNewestBackupOpensItsDataAndKeepsTheUnusableFile(BadDataFiles.Kind kind) throws Exception {
        Path backup = backupOfGoodData();
        byte[] bad = BadDataFiles.write(kind, folder().database());
        RecordingDialogs dialogs = RecordingDialogs.picking(Messages.get("startup.restore", backup.getFileName()));

        Optional<SkillGapStore> opened = new StartupProblems(folder(), dialogs, CLOCK).openStore();

        assertThat(opened).isPresent();
        try (SkillGapStore store = opened.get()) {
            assertThat(store.assessment().ratings()).isEqualTo(Map.of("cloud-computing", 4));
            assertThat(store.notes()).isEqualTo(Map.of("cloud-computing", "AWS course half done"));
        }
        RecordingDialogs.Shown question = dialogs.of("choose").get(0);
        assertThat(question.body()).contains(kind.saying).contains(folder().database().toString());
        Path kept = keptCopy();
        assertThat(Files.readAllBytes(kept)).isEqualTo(bad);
        assertThat(dialogs.of("information")).singleElement()
                .satisfies(info -> assertThat(info.body()).contains(backup.toString()).contains(kept.toString()));
        assertThat(backup).exists();
    }

    @ParameterizedTest
    @EnumSource(BadDataFiles.Kind.class)
    void movingTheFileAsideKeepsItUnderANewNameAndStartsAfresh(BadDataFiles.Kind kind) throws Exception {
        folder().ensureExists();
        byte[] bad = BadDataFiles.write(kind, folder().database());
        RecordingDialogs dialogs = RecordingDialogs.picking(Messages.get("startup.moveAside"));

        Optional<SkillGapStore> opened = new StartupProblems(folder(), dialogs, CLOCK).openStore();

        assertThat(opened).isPresent();
        try (SkillGapStore store = opened.get()) {
            assertThat(store.readAll().ratings()).isEmpty();
            assertThat(store.profile()).isEmpty();
        }
        Path moved;
        try (Stream<Path> files = Files.list(folder().root())) {
            moved = files.filter(p -> p.getFileName().toString().matches("skillgap-unusable-\\d{8}-\\d{6}\\.db"))
                    .findFirst().orElseThrow();
        }
        assertThat(Files.readAllBytes(moved)).isEqualTo(bad);
        assertThat(dialogs.of("information")).singleElement()
                .satisfies(info -> assertThat(info.body()).contains(moved.toString()));
    }

    @ParameterizedTest
    @EnumSource(BadDataFiles.Kind.class)
    void quittingOrClosingTheDialogChangesNothing(BadDataFiles.Kind kind) throws Exception {
        backupOfGoodData();
        byte[] bad = BadDataFiles.write(kind, folder().database());
        List<Path> filesBefore = everyFile();

        for (RecordingDialogs dialogs : List.of(RecordingDialogs.picking(Messages.get("startup.quit")),
                new RecordingDialogs(choices -> -1))) {
            assertThat(new StartupProblems(folder(), dialogs, CLOCK).openStore()).isEmpty();
            assertThat(dialogs.of("choose")).hasSize(1);
        }

        assertThat(Files.readAllBytes(folder().database())).isEqualTo(bad);
        assertThat(everyFile()).isEqualTo(filesBefore);
    }

    @Test
    void aReadOnlyFileIsExplainedAndOnlyQuittingOrRestoringIsOffered() throws Exception {
        folder().ensureExists();
        try (SkillGapStore store = SkillGapStore.open(folder().database())) {
            store.rate("cloud-computing", 2);
        }
        byte[] before = Files.readAllBytes(folder().database());
        RecordingDialogs dialogs = RecordingDialogs.picking(Messages.get("startup.quit"));
        try (ReadOnlyFiles readOnly = ReadOnlyFiles.make(folder().database())) {
            Assumptions.assumeTrue(readOnly.isReadOnly(), "no way to make a file read-only for this user here");

            assertThat(new StartupProblems(folder(), dialogs, CLOCK).openStore()).isEmpty();
        }
        RecordingDialogs.Shown question = dialogs.of("choose").get(0);
        assertThat(question.body()).contains("Cannot write to the SkillGap data file").contains("Make it writable");
        assertThat(question.choices()).doesNotContain(Messages.get("startup.moveAside"));
        assertThat(Files.readAllBytes(folder().database())).isEqualTo(before);
    }

    private Path keptCopy() throws Exception {
        try (Stream<Path> files = Files.list(folder().backups())) {
            return files.filter(p -> p.getFileName().toString().endsWith("-replaced.db")).findFirst().orElseThrow();
        }
    }
}
