package org.skillgap.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Messages;

/**
 * Writes a file so that a reader sees either the old file or the whole new one, never half of
 * it: the bytes go to a temporary file in the same folder, which is then moved over the target.
 * On any failure the temporary file is removed and the old target is left as it was.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /** Fails early, before any slow work, when {@code target} clearly cannot be written. */
    static void checkWritable(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        String name = String.valueOf(absolute.getFileName());
        if (folder == null || Files.isDirectory(absolute)) {
            throw new BadInputException(Messages.get("report.write.isFolder", absolute));
        }
        if (!Files.exists(folder)) {
            throw new BadInputException(Messages.get("report.write.noFolder", name, folder));
        }
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(Messages.get("report.write.notFolder", name, folder));
        }
    }

    static void write(Path target, byte[] bytes) {
        checkWritable(target);
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        String name = String.valueOf(absolute.getFileName());
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + name + ".", ".part");
            Files.write(temp, bytes);
            moveIntoPlace(temp, absolute);
        } catch (IOException | SecurityException e) {
            deleteQuietly(temp);
            throw new BadInputException(Messages.get("report.write.failed", name, folder, reason(e)), e);
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

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Nothing more can be done; the exception about the write itself is what matters.
        }
    }

    /** The cause in a few words: the JDK's exception names alone ("AccessDeniedException") say little. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
