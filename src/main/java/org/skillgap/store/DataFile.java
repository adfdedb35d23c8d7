package org.skillgap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.skillgap.model.Messages;

/**
 * The checks made on the data file before SQLite opens it: a folder, random bytes, another
 * program's database or a file the person may not write are each reported in plain words, and
 * the file is left exactly as it was.
 */
final class DataFile {

    private static final Logger LOG = AppLog.logger(DataFile.class);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int APPLICATION_ID_OFFSET = 68;

    private DataFile() {
    }

    /** Creates a missing file empty and owner-only, before SQLite sees it. True when it did. */
    static boolean createIfMissing(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(StoreException.Kind.IO,
                    Messages.get("store.error.io", file, Messages.get("store.error.isFolder")));
        }
        if (Files.exists(file)) {
            return false;
        }
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            return true;
        } catch (IOException e) {
            throw Sql.ioFailure(file, e);
        }
    }

    /** Random bytes or a text file are reported here, without handing them to SQLite at all. */
    static void checkHeader(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw Sql.ioFailure(file, e);
        }
        if (size > 0 && readHeader(file).isEmpty()) {
            throw Sql.corrupt(file, Messages.get("store.error.corrupt.header"), null);
        }
    }

    /**
     * SQLite quietly opens a file it may not write for reading only, and every save would then
     * fail after the person typed it. Saying so at the start lets them fix it first. The folder
     * must be writable too: the write-ahead log and the backups are made there.
     */
    static void checkWritable(Path file) {
        Path folder = file.getParent();
        if (!Files.isWritable(file) || folder != null && !Files.isWritable(folder)) {
            throw new StoreException(StoreException.Kind.READ_ONLY, Messages.get("store.error.readOnly", file));
        }
    }

    /** True when the first bytes of {@code path} say it is a SkillGap database; never opens it with SQLite. */
    static boolean hasSkillGapHeader(Path path) {
        Optional<ByteBuffer> header = readHeader(path);
        return header.isPresent() && header.get().getInt(APPLICATION_ID_OFFSET) == Migrations.APPLICATION_ID;
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + path, e);
        }
    }

    /** The 100-byte SQLite header, if the file starts with one. */
    private static Optional<ByteBuffer> readHeader(Path path) {
        byte[] header = new byte[HEADER_SIZE];
        try (InputStream in = Files.newInputStream(path)) {
            if (in.readNBytes(header, 0, HEADER_SIZE) < HEADER_SIZE) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
            return Optional.empty();
        }
        return Optional.of(ByteBuffer.wrap(header));
    }
}
