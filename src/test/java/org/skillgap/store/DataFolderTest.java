package org.skillgap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder that cannot be used says why, in words, and names the folder once. */
class DataFolderTest {

    @TempDir
    Path temp;

    @Test
    void aFileIsNotAFolderAndTheMessageSaysSo() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");

        String message = problemWith(file);

        assertThat(message).contains("it is a file, not a folder", "--data-dir");
        assertThat(timesIn(message, file.toString())).isEqualTo(1);
    }

    @Test
    void aFolderInsideAFileCannotBeCreatedAndTheMessageNamesTheFile() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");

        String message = problemWith(file.resolve("skillgap/data"));

        assertThat(message).startsWith("Cannot create the data folder " + file.resolve("skillgap/data"))
                .contains(file + " is a file, not a folder");
    }

    @Test
    void aReadOnlyFolderSaysItIsReadOnly() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("data"));
        try (ReadOnlyFiles readOnly = ReadOnlyFiles.make(folder)) {
            assumeTrue(readOnly.isReadOnly(), "cannot make a folder read-only on this machine");

            String message = problemWith(folder);

            assertThat(message).contains("it is read-only", "Make it writable");
            assertThat(timesIn(message, folder.toString())).isEqualTo(1);
        }
    }

    @Test
    void aFolderTheSystemDoesNotAllowSaysItCannotBeCreated() {
        Path underProc = Path.of("/proc/skillgap-data");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc on this system");

        String message = problemWith(underProc);

        assertThat(message).startsWith("Cannot create the data folder /proc/skillgap-data: the system")
                .doesNotContain("(/proc/skillgap-data)");
        assertThat(timesIn(message, underProc.toString())).isEqualTo(1);
    }

    private static String problemWith(Path root) {
        IOException problem = catchThrowableOfType(() -> DataFolder.at(root).ensureExists(), IOException.class);
        assertThat(problem).as("a problem with %s", root).isNotNull();
        return problem.getMessage();
    }

    private static int timesIn(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }
}
