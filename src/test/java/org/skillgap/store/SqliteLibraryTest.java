package org.skillgap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLibraryTest {

    @TempDir
    Path cache;

    @Test
    void theLibraryIsUnpackedOnceAndThenReusedAsItIs() throws Exception {
        Path copy = SqliteLibrary.cachedCopy(cache).orElseThrow();
        assertThat(copy).startsWith(cache).isRegularFile();
        assertThat(Files.size(copy)).isGreaterThan(100_000);
        FileTime written = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(copy, written);

        assertThat(SqliteLibrary.cachedCopy(cache)).contains(copy);

        assertThat(Files.getLastModifiedTime(copy)).as("the second start rewrote nothing").isEqualTo(written);
        try (var files = Files.list(copy.getParent())) {
            assertThat(files).as("no half-written file left beside it").containsExactly(copy);
        }
    }

    @Test
    void aCopyThatIsNotTheDriversOwnIsWrittenAgainBeforeUse() throws Exception {
        Path copy = SqliteLibrary.cachedCopy(cache).orElseThrow();
        byte[] original = Files.readAllBytes(copy);
        Files.write(copy, new byte[] {0x7f, 'E', 'L', 'F', 0});

        assertThat(SqliteLibrary.cachedCopy(cache)).contains(copy);

        assertThat(Files.readAllBytes(copy)).isEqualTo(original);
    }

    @Test
    void aCacheFolderThatCannotBeWrittenLeavesTheDriverToItsOwnWay() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");

        assertThat(SqliteLibrary.cachedCopy(notAFolder)).isEmpty();
    }
}
