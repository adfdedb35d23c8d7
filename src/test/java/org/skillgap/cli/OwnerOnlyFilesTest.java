package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.store.Backups;
import org.skillgap.store.DataFolder;
import org.skillgap.store.SkillGapStore;

/**
 * A self-assessment is private: the data folder SkillGap creates, the database (with its
 * write-ahead files) and every backup are readable by their owner only, whatever the umask.
 */
class OwnerOnlyFilesTest {

    @TempDir
    Path temp;

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void theDataFolderTheDatabaseAndTheBackupsAreTheOwnersOnly() throws Exception {
        Path data = temp.resolve("new/skillgap-data");

        assertThat(CliRun.in(data, "rate", "cloud-computing", "2").exitCode).isZero();
        assertThat(CliRun.in(data, "backup").exitCode).isZero();
        assertThat(CliRun.in(data, "restore", Backups.newest(DataFolder.at(data)).orElseThrow().toString()).exitCode).isZero();

        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("skillgap.db"))).isEqualTo("rw-------");
        assertThat(permissions(data.resolve("backups"))).isEqualTo("rwx------");
        try (Stream<Path> backups = Files.list(data.resolve("backups"))) {
            assertThat(backups.toList()).hasSize(2).allSatisfy(b -> assertThat(permissions(b)).isEqualTo("rw-------"));
        }
        try (SkillGapStore open = SkillGapStore.open(data.resolve("skillgap.db"))) {
            open.rate("cloud-computing", 3);
            for (String side : new String[] {"skillgap.db-wal", "skillgap.db-shm"}) {
                assertThat(permissions(data.resolve(side))).as(side).isEqualTo("rw-------");
            }
        }
    }
}
