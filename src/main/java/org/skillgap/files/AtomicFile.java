package org.skillgap.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Messages;

/**
 * The files SkillGap writes for a person (export, PDF), written through {@link AtomicWrite}, with the checks and the
 * error messages a person reads: a clear "no such folder" before any slow work, and a failed write
 * as a {@link BadInputException} in the person's words.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** Fails early, before any slow work, when {@code target} clearly cannot be written. */
    public static void checkWritable(Path target) {
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

    public static void write(Path target, byte[] bytes) {
        checkWritable(target);
        Path absolute = target.toAbsolutePath().normalize();
        try {
            AtomicWrite.write(absolute, bytes);
        } catch (IOException | SecurityException e) {
            throw new BadInputException(Messages.get("report.write.failed", absolute.getFileName(),
                    absolute.getParent(), reason(e)), e);
        }
    }

    /** The cause in a few words: the JDK's exception names alone ("AccessDeniedException") say little. */
    public static String reason(Exception e) {
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
