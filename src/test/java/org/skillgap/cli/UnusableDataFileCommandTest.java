package org.skillgap.cli;

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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgap.store.BadDataFiles;
import org.skillgap.store.Backups;
import org.skillgap.store.DataFolder;
import org.skillgap.store.ReadOnlyFiles;
import org.skillgap.store.SkillGapStore;

/**
 * The command line on a data file it cannot use: exit 2, one line saying what is wrong and what
 * to do (and which backup to restore, when there is one), and the file left byte for byte as it was.
 */
class UnusableDataFileCommandTest {

    @TempDir
    Path temp;

    private DataFolder folder() {
        return DataFolder.at(temp.resolve("data"));
    }

    static Stream<Arguments> kindsWithAndWithoutBackup() {
        return Stream.of(BadDataFiles.Kind.values())
                .flatMap(kind -> Stream.of(Arguments.of(kind, false), Arguments.of(kind, true)));
    }

    /** A backup of good data made earlier, as the daily backup would have. */
    private Path backupOfGoodData() throws Exception {
        folder().ensureExists();
        try (SkillGapStore store = SkillGapStore.open(folder().database())) {
            store.rate("sql", 4);
            Path backup = Backups.backupNow(folder(), store, Clock.systemDefaultZone());
            store.close();
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(folder().database() + suffix));
            }
            return backup;
        }
    }

    private List<String> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString())
                    .filter(name -> !name.startsWith("skillgap-0.log")) // the log records the refusal
                    .sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}, backup: {1}")
    @MethodSource("kindsWithAndWithoutBackup")
    void statusOnAnUnusableFileExitsTwoSaysWhatToDoAndTouchesNothing(BadDataFiles.Kind kind, boolean withBackup)
            throws Exception {
        Optional<Path> backup = withBackup ? Optional.of(backupOfGoodData()) : Optional.empty();
        folder().ensureExists();
        byte[] before = BadDataFiles.write(kind, folder().database());
        CliRun.in(folder().root(), "status"); // starts the log, so the listing below compares like with like
        List<String> filesBefore = listing(folder().root());

        for (String[] command : List.of(new String[] {"status"}, new String[] {"rate", "databases-and-data", "2"},
                new String[] {"mark", "csm", "done"}, new String[] {"status", "--json"})) {
            CliRun run = CliRun.in(folder().root(), command);

            assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
            assertThat(run.out).isEmpty();
            String message = run.err.strip();
            assertThat(message.lines()).as(message).hasSize(1);
            assertThat(message).contains(folder().database().toString()).contains(kind.saying)
                    // and what to do about it
                    .containsAnyOf("skillgap restore", "--data-dir", "Install the newer version");
            if (backup.isPresent()) {
                assertThat(message).contains("Your newest backup is " + backup.get())
                        .contains("skillgap restore " + backup.get());
            } else {
                assertThat(message).doesNotContain("newest backup");
            }
        }
        assertThat(Files.readAllBytes(folder().database())).isEqualTo(before);
        assertThat(listing(folder().root())).isEqualTo(filesBefore);
    }

    @Test
    void theBackupTheMessageNamesBringsTheDataBack() throws Exception {
        Path backup = backupOfGoodData();
        byte[] damaged = BadDataFiles.write(BadDataFiles.Kind.CUT_SHORT, folder().database());

        CliRun refused = CliRun.in(folder().root(), "status");
        String command = refused.err.strip().replaceFirst(".*run: ", "");
        assertThat(command).isEqualTo("skillgap restore " + backup);
        CliRun restored = CliRun.in(folder().root(), command.split(" ")[1], backup.toString());

        assertThat(restored.exitCode).as(restored.toString()).isZero();
        try (SkillGapStore store = SkillGapStore.open(folder().database())) {
            assertThat(store.assessment().ratings()).isEqualTo(Map.of("sql", 4));
        }
        try (Stream<Path> kept = Files.list(folder().backups())) {
            Path replaced = kept.filter(p -> p.getFileName().toString().endsWith("-replaced.db")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(replaced)).isEqualTo(damaged);
        }
    }

    @Test
    void anEmptyDataFileIsTakenAsANewOneSinceThereIsNothingInItToLose() throws Exception {
        folder().ensureExists();
        Files.createFile(folder().database());

        CliRun run = CliRun.in(folder().root(), "status");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("No profile yet");
    }

    @Test
    void aReadOnlyDataFileExitsTwoAndSaysToMakeItWritable() throws Exception {
        assertThat(CliRun.in(folder().root(), "rate", "databases-and-data", "3").exitCode).isZero();
        byte[] before = Files.readAllBytes(folder().database());
        try (ReadOnlyFiles readOnly = ReadOnlyFiles.make(folder().database())) {
            Assumptions.assumeTrue(readOnly.isReadOnly(), "no way to make a file read-only for this user here");

            CliRun run = CliRun.in(folder().root(), "rate", "databases-and-data", "4");

            assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
            assertThat(run.err.strip()).contains("Cannot write to the SkillGap data file " + folder().database())
                    .contains("Make it writable, or choose another data folder with --data-dir DIR");
            assertThat(run.err.strip().lines()).hasSize(1);
        }
        assertThat(Files.readAllBytes(folder().database())).isEqualTo(before);
        try (SkillGapStore store = SkillGapStore.open(folder().database())) {
            assertThat(store.assessment().ratings()).isEqualTo(Map.of("databases-and-data", 3));
        }
    }

    @Test
    void aDataFolderThatCannotBeWrittenExitsTwoAndSaysToChooseAnother() throws Exception {
        assertThat(CliRun.in(folder().root(), "rate", "databases-and-data", "3").exitCode).isZero();
        byte[] before = Files.readAllBytes(folder().database());
        try (ReadOnlyFiles readOnly = ReadOnlyFiles.make(folder().root())) {
            Assumptions.assumeTrue(readOnly.isReadOnly(), "no way to make a folder read-only for this user here");

            CliRun run = CliRun.in(folder().root(), "status");

            assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
            assertThat(run.err.strip()).contains("Cannot use the data folder " + folder().root())
                    .contains("--data-dir");
        }
        assertThat(Files.readAllBytes(folder().database())).isEqualTo(before);
    }

    @Test
    void aDataFolderPathThatIsAFileExitsTwoAndLeavesTheFileAlone() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "my notes, not a folder");

        CliRun run = CliRun.in(file, "status");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.strip()).contains("Cannot use the data folder " + file).contains("--data-dir");
        assertThat(file).hasContent("my notes, not a folder");
    }
}
