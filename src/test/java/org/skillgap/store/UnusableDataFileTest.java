package org.skillgap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of data file SkillGap cannot use is refused, said so, and left byte for byte as it was. */
class UnusableDataFileTest {

    @TempDir
    Path temp;

    private Path file() {
        return temp.resolve("skillgap.db");
    }

    private List<String> filesInFolder() throws Exception {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(BadDataFiles.Kind.class)
    void anUnusableFileIsRefusedWithItsReasonAndLeftExactlyAsItWas(BadDataFiles.Kind kind) throws Exception {
        byte[] before = BadDataFiles.write(kind, file());
        List<String> filesBefore = filesInFolder();

        StoreException e = catchThrowableOfType(StoreException.class, () -> SkillGapStore.open(file()));

        assertThat(e).as(kind.name()).isNotNull();
        assertThat(e.kind()).isEqualTo(kind.refusal);
        assertThat(e).hasMessageContaining(kind.saying).hasMessageContaining(file().toString());
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        // Not even a -wal or -shm file beside it: SQLite was never allowed to write.
        assertThat(filesInFolder()).isEqualTo(filesBefore);
    }

    @Test
    void aFileCreatedButNeverWrittenIsANewDatabaseSinceItHoldsNothingToLose() throws Exception {
        // What a crash during the very first start leaves behind.
        Files.createFile(file());

        try (SkillGapStore store = SkillGapStore.open(file())) {
            store.rate("sql", 2);
            assertThat(store.assessment().ratings()).isEqualTo(Map.of("sql", 2));
        }
    }

    @Test
    void aReadOnlyDataFileIsRefusedAtOnceSoNothingIsTypedThatCannotBeSaved() throws Exception {
        try (SkillGapStore store = SkillGapStore.open(file())) {
            store.rate("sql", 3);
        }
        byte[] before = Files.readAllBytes(file());
        try (ReadOnlyFiles readOnly = ReadOnlyFiles.make(file())) {
            Assumptions.assumeTrue(readOnly.isReadOnly(), "this machine offers no way to make a file read-only for this user");

            StoreException e = catchThrowableOfType(StoreException.class, () -> SkillGapStore.open(file()));

            assertThat(e).isNotNull();
            assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY);
            assertThat(e).hasMessageContaining("Cannot write to the SkillGap data file " + file())
                    .hasMessageContaining("Make it writable");
        }
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        try (SkillGapStore store = SkillGapStore.open(file())) {
            assertThat(store.assessment().ratings()).isEqualTo(Map.of("sql", 3));
        }
    }

    @Test
    void aDataFileInAFolderThatCannotBeWrittenIsRefusedAsReadOnly() throws Exception {
        try (SkillGapStore store = SkillGapStore.open(file())) {
            store.rate("sql", 3);
        }
        byte[] before = Files.readAllBytes(file());
        try (ReadOnlyFiles readOnly = ReadOnlyFiles.make(temp)) {
            Assumptions.assumeTrue(readOnly.isReadOnly(), "this machine offers no way to make a folder read-only for this user");

            StoreException e = catchThrowableOfType(StoreException.class, () -> SkillGapStore.open(file()));

            assertThat(e).isNotNull();
            assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY);
            assertThat(e).hasMessageContaining("read-only");
        }
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }
}
