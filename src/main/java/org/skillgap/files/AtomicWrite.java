package org.skillgap.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way SkillGap writes a file: a reader, or a crash, sees either the old file or the whole
 * new one, never half of it. The content goes to a temporary file in the target's folder (a rename
 * is atomic only within one file system); that file is forced to disk, renamed over the target with
 * {@code ATOMIC_MOVE}, and then the folder is forced too, so the rename itself survives a power cut
 * (where the OS allows opening a folder; Windows does not, and there the rename is left to NTFS).
 * On any failure before the rename the temporary file is removed and the old target stays byte for
 * byte as it was.
 *
 * <p>Why a package of its own: the store (backups, restore), the report (export, PDF) and the
 * window's state file all write files, and {@code store} and {@code report} may not depend on each
 * other, while {@code model} holds values and no I/O. So this sits below them all, depends on the
 * JDK only, and reports failures as plain {@link IOException}s that each caller puts in its own
 * words.
 */
public final class AtomicWrite {

    /** Writes the new content to a stream; it may throw half way, and then nothing is replaced. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Fills the temporary file by its path, for writers that need a file name rather than a stream
     * (SQLite's {@code VACUUM INTO}, a copy that is opened and checked before it replaces anything).
     */
    @FunctionalInterface
    public interface Filler<E extends Exception> {
        void fill(Path temp) throws IOException, E;
    }

    private AtomicWrite() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws IOException {
        replace(target, temp -> {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                // Not closed by this stream: closing the channel is the try's job.
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
            }
        });
    }

    /**
     * Creates an empty owner-only temporary file next to {@code target}, lets {@code filler} fill
     * it, forces it to disk and renames it over {@code target}.
     */
    public static <E extends Exception> void replace(Path target, Filler<E> filler) throws IOException, E {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null) {
            throw new IOException("not a file: " + absolute);
        }
        // createTempFile gives owner-only permissions on POSIX: a person's data is never readable by others.
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        try {
            filler.fill(temp);
            force(temp);
            moveIntoPlace(temp, absolute);
        } catch (Exception | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
        forceFolder(folder);
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network shares) cannot rename atomically; a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename durable. Best effort: some OSes cannot open a folder, and the file is in place. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Windows refuses to open a folder; NTFS journals the rename itself.
        }
    }

    private static void deleteQuietly(Path temp, Throwable cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
