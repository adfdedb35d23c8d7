package org.skillgap.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.skillgap.json.JsonFiles;
import org.skillgap.json.JsonKind;
import org.skillgap.model.Catalog;

/** Where catalogs come from: the one shipped with the app, or a file a career coach wrote. */
public final class Catalogs {

    /** Where the shipped catalog lives on the classpath (resources/catalog/ in the source tree). */
    public static final String BUNDLED_RESOURCE = "/catalog/it-product-manager.json";

    /** The catalog's JSON Schema, under resources/schema/. */
    public static final String SCHEMA = "catalog.schema.json";

    /** How messages about a catalog file name it. */
    public static final JsonKind KIND = new JsonKind("json.kind.catalog", "catalog.problems.header");

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
                byte[] json = in.readNBytes(JsonFiles.MAX_BYTES + 1);
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
     * @throws org.skillgap.json.JsonFileException listing every problem when the file cannot be read
     *         or is not a valid catalog
     */
    public static Catalog load(Path file) {
        return CatalogReader.read(JsonFiles.read(file, file.toString(), KIND));
    }

    /** Checks catalog JSON that is already in memory; {@code fileName} names it in messages. */
    public static Catalog parse(String fileName, byte[] json) {
        return CatalogReader.read(JsonFiles.parse(fileName, json, KIND));
    }
}
