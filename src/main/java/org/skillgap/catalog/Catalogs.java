package org.skillgap.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.skillgap.model.Catalog;
import org.skillgap.model.Messages;

/** Where catalogs come from: the one shipped with the app, or a file a career coach wrote. */
public final class Catalogs {

    /** Where the shipped catalog lives on the classpath (resources/catalog/ in the source tree). */
    public static final String BUNDLED_RESOURCE = "/catalog/it-product-manager.json";

    /** A catalog is a few hundred KB at most; anything far bigger is the wrong file. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static Catalog bundled;

    private Catalogs() {
    }

    /** The IT Product Manager catalog shipped with the app, read once. */
    public static synchronized Catalog bundled() {
        if (bundled == null) {
            try (InputStream in = Catalogs.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The built-in catalog " + BUNDLED_RESOURCE + " is missing from the build");
                }
                byte[] json = in.readNBytes(MAX_BYTES + 1);
                bundled = parse(BUNDLED_RESOURCE.substring(1), json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }

    /**
     * Reads and checks a catalog file.
     *
     * @throws CatalogException listing every problem when the file cannot be read or is not a valid catalog
     */
    public static Catalog load(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw single(name, Messages.get("catalog.isFolder"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw single(name, Messages.get("catalog.tooLarge", Files.size(file), MAX_BYTES / (1024 * 1024)));
            }
            return parse(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw single(name, Messages.get("catalog.notFound"));
        } catch (IOException e) {
            throw single(name, Messages.get("catalog.unreadable", e.getMessage()));
        }
    }

    /** Checks catalog JSON that is already in memory; {@code fileName} names it in messages. */
    public static Catalog parse(String fileName, byte[] json) {
        if (json.length > MAX_BYTES) {
            throw single(fileName, Messages.get("catalog.tooLarge", json.length, MAX_BYTES / (1024 * 1024)));
        }
        return CatalogReader.read(fileName, json);
    }

    private static CatalogException single(String file, String message) {
        return new CatalogException(file, List.of(new CatalogProblem("", 0, message)));
    }
}
