package org.skillgap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogTest {

    @TempDir
    Path temp;

    /**
     * An open window holds skillgap-0.log; a command started beside it logs to skillgap-0.log.1,
     * and its messages must name that file. The window is another process: file locks are per JVM.
     */
    @Test
    void theFileNamedIsTheFileWrittenWhenAnotherProcessHoldsTheFirst() throws Exception {
        DataFolder folder = DataFolder.at(temp.resolve("data")).ensureExists();
        Path firstLock = folder.root().resolve("skillgap-0.log.lck");
        Files.createFile(firstLock);
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), "--file", firstLock.toString())
                .redirectErrorStream(true).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(6))).isEqualTo("locked");

            AppLog.startIn(folder);
            AppLog.logger(AppLogTest.class).warning("written by the second process");

            assertThat(AppLog.file()).isEqualTo(folder.root().resolve("skillgap-0.log.1"));
            assertThat(Files.readString(AppLog.file())).contains("written by the second process");
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
