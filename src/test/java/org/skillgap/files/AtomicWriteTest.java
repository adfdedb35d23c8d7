package org.skillgap.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

    private static final byte[] OLD = "the old export, complete\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void writesTheWholeNewContentAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("export.json");
        Files.write(target, OLD);

        AtomicWrite.write(target, "{\"new\": true}".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("{\"new\": true}");
        assertThat(namesIn(folder)).containsExactly("export.json");
    }

    @Test
    void createsATargetThatDidNotExist() throws IOException {
        Path target = folder.resolve("window.properties");

        AtomicWrite.write(target, out -> out.write('x'));

        assertThat(target).hasContent("x");
        assertThat(namesIn(folder)).containsExactly("window.properties");
    }

    @Test
    void aWriterThatFailsHalfWayLeavesTheOldFileByteForByteAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("export.json");
        Files.write(target, OLD);

        assertThatThrownBy(() -> AtomicWrite.write(target, out -> {
            out.write("{\"half\": ".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(namesIn(folder)).containsExactly("export.json");
    }

    @Test
    void aFillerThatFailsWithItsOwnExceptionLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("backup.db");
        Files.write(target, OLD);

        class VacuumFailed extends Exception {
        }
        assertThatThrownBy(() -> AtomicWrite.<VacuumFailed>replace(target, temp -> {
            Files.writeString(temp, "half a database");
            throw new VacuumFailed();
        })).isInstanceOf(VacuumFailed.class);

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(namesIn(folder)).containsExactly("backup.db");
    }

    @Test
    void aRenameThatFailsLeavesWhatWasThereAndNoTemporaryFile() throws IOException {
        // A non-empty folder cannot be replaced by a file: the rename itself fails, as root too.
        Path target = folder.resolve("plan.pdf");
        Files.createDirectory(target);
        Files.write(target.resolve("inside.txt"), OLD);

        assertThatThrownBy(() -> AtomicWrite.write(target, "new".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);

        assertThat(Files.readAllBytes(target.resolve("inside.txt"))).isEqualTo(OLD);
        assertThat(namesIn(folder)).containsExactly("plan.pdf");
    }

    @Test
    void newFilesAreReadableByTheOwnerOnly() throws IOException {
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Path target = folder.resolve("backup.db");

        AtomicWrite.write(target, OLD);

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
