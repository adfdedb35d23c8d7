package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.store.Backups;
import org.skillgap.store.DataFolder;
import org.skillgap.store.SkillGapStore;

import picocli.CommandLine;

class BackupRestoreCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private DataFolder folder() {
        return DataFolder.at(temp.resolve("data"));
    }

    private int run(String... args) {
        CommandLine cmd = SkillGapCommand.commandLine(options -> {
            throw new AssertionError("no window on the command line");
        }, Map.of("SKILLGAP_HOME", folder().root().toString()));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private void rate(String skill, int level) throws Exception {
        folder().ensureExists();
        try (SkillGapStore store = SkillGapStore.open(folder().database())) {
            store.rate(skill, level);
        }
    }

    private Map<String, Integer> ratingsIn(Path database) {
        try (SkillGapStore store = SkillGapStore.open(database)) {
            return store.assessment().ratings();
        }
    }

    @Test
    void backupWithoutAFileWritesIntoTheBackupsFolderAndPrintsThePath() throws Exception {
        rate("sql", 3);

        assertThat(run("backup")).isZero();

        Path made = Backups.newest(folder()).orElseThrow();
        assertThat(out.toString().strip()).isEqualTo("Backed up your data to " + made);
        assertThat(made.getFileName().toString()).matches("skillgap-\\d{8}-\\d{6}\\.db");
        assertThat(ratingsIn(made)).isEqualTo(Map.of("sql", 3));
    }

    @Test
    void backupToAFileWritesThereAndRefusesToOverwrite() throws Exception {
        rate("ux", 2);
        Path target = temp.resolve("usb-stick.db");

        assertThat(run("backup", target.toString())).isZero();
        assertThat(out.toString()).contains(target.toString());
        assertThat(ratingsIn(target)).isEqualTo(Map.of("ux", 2));

        assertThat(run("backup", target.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("already exists");
    }

    @Test
    void restorePutsTheBackupBackAndSaysWhereTheDataBeforeWent() throws Exception {
        rate("sql", 1);
        Path old = temp.resolve("january.db");
        assertThat(run("backup", old.toString())).isZero();
        rate("sql", 4);

        assertThat(run("restore", old.toString())).isZero();

        Path before = Backups.newest(folder()).orElseThrow();
        assertThat(out.toString()).contains("Restored your data from " + old)
                .contains("Your data as it was before is kept in " + before);
        assertThat(ratingsIn(folder().database())).isEqualTo(Map.of("sql", 1));
        assertThat(ratingsIn(before)).isEqualTo(Map.of("sql", 4));
    }

    @Test
    void restoreOfATextFileExitsTwoAndChangesNothing() throws Exception {
        rate("sql", 4);
        Path text = Files.writeString(temp.resolve("todo.txt"), "buy milk\n".repeat(20));

        assertThat(run("restore", text.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("todo.txt").contains("is not a SkillGap backup");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(ratingsIn(folder().database())).isEqualTo(Map.of("sql", 4));
    }

    @Test
    void aDamagedDataFileExitsTwoWithAMessageSayingWhatToDo() throws Exception {
        folder().ensureExists();
        Files.writeString(folder().database(), "not a database at all, just some text that got here");

        assertThat(run("backup")).isEqualTo(2);

        assertThat(err.toString()).contains("is damaged").contains("skillgap restore").contains(folder().database().toString());
    }
}
