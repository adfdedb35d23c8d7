package org.skillgap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * The SQLite driver's native library for a start from the jar. Left alone, sqlite-jdbc copies it
 * out of its jar into a new file in the temp folder at every start and checks the copy by MD5:
 * 160 ms of CPU and 180-340 ms on two cores, with C2 compiling MD5 on top. The installed app
 * points the driver at a copy beside the app ({@code org.sqlite.lib.path}, set by its launcher);
 * the jar keeps one copy per driver version in the user's cache folder, and uses it only while
 * its bytes are the jar's own (a copy changed by anyone is written again, never loaded).
 */
public final class SqliteLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final Logger LOG = AppLog.logger(SqliteLibrary.class);

    private SqliteLibrary() {
    }

    /**
     * Points the driver at the cached copy in the user's cache folder, unless the launcher already
     * named a library. Not on Windows: finding that folder there starts PowerShell, slower than
     * the unpacking it would save (and the installed app has its copy anyway).
     */
    public static void useCachedCopy() {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty("os.name", "").startsWith("Windows")) {
            return;
        }
        useCachedCopy(UserCache.folder());
    }

    static void useCachedCopy(Path cacheFolder) {
        cachedCopy(cacheFolder).ifPresent(copy -> {
            System.setProperty(PATH_PROPERTY, copy.getParent().toString());
            System.setProperty(NAME_PROPERTY, copy.getFileName().toString());
        });
    }

    /**
     * The library under {@code cacheFolder}, equal byte for byte to the one in the driver's jar,
     * written there first when missing or different; empty when the driver has none for this
     * system or the folder cannot be written (the driver then unpacks it as it always did).
     */
    static Optional<Path> cachedCopy(Path cacheFolder) {
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] library = in.readAllBytes();
            Path folder = cacheFolder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
            Path copy = folder.resolve(name);
            if (!Files.isRegularFile(copy) || !Arrays.equals(Files.readAllBytes(copy), library)) {
                Files.createDirectories(folder);
                // Written aside and moved in whole: two starts at once never load half a file.
                Path part = Files.createTempFile(folder, name, ".part");
                Files.write(part, library);
                Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return Optional.of(copy);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "SQLite's library stays with the driver's own unpacking", e);
            return Optional.empty();
        }
    }
}
