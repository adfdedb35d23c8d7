package org.skillgap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Makes a file or folder read-only for the test, as far as this machine allows. Permissions are
 * enough for an ordinary user; root ignores them, so for root the file is also marked immutable
 * with {@code chattr +i} (ext4 and most Linux file systems), which stops root too. Where neither
 * works, {@link #isReadOnly} says so and the caller skips with that reason.
 */
public final class ReadOnlyFiles implements AutoCloseable {

    private final Path path;
    private final Set<PosixFilePermission> before;
    private final boolean immutable;

    private ReadOnlyFiles(Path path, Set<PosixFilePermission> before, boolean immutable) {
        this.path = path;
        this.before = before;
        this.immutable = immutable;
    }

    public static ReadOnlyFiles make(Path path) throws IOException, InterruptedException {
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-x------" : "r--------"));
        boolean immutable = false;
        if (Files.isWritable(path)) {
            immutable = chattr("+i", path);
        }
        return new ReadOnlyFiles(path, before, immutable);
    }

    /** True when the file can really not be written now, even by this user. */
    public boolean isReadOnly() {
        return !Files.isWritable(path);
    }

    /** How it was made read-only, for the test's output. */
    public String how() {
        return immutable ? "chattr +i (running as root)" : "permissions";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            chattr("-i", path);
        }
        Files.setPosixFilePermissions(path, before);
    }

    private static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException noChattr) {
            return false;
        }
    }
}
