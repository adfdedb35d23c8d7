package org.skillgap.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.skillgap.json.JsonDocument;
import org.skillgap.json.JsonFiles;
import org.skillgap.json.JsonKind;
import org.skillgap.model.Catalog;

/**
 * Where catalogs come from: the one shipped with the app, or a file a career coach wrote; each in
 * English, or in another language when a translation lies beside it (see {@link CatalogTranslation}).
 */
public final class Catalogs {

    /** Where the shipped catalog lives on the classpath (resources/catalog/ in the source tree). */
    public static final String BUNDLED_RESOURCE = "/catalog/it-product-manager.json";

    /** The catalog's JSON Schema, under resources/schema/. */
    public static final String SCHEMA = "catalog.schema.json";

    /** How messages about a catalog file name it. */
    public static final JsonKind KIND = new JsonKind("json.kind.catalog", "catalog.problems.header");

    /** How messages about a catalog's translation name it. */
    public static final JsonKind TRANSLATION_KIND = new JsonKind("json.kind.catalogTranslation", "catalog.problems.header");

    private static Catalog bundled;
    private static final Map<Locale, Catalog> BUNDLED_IN = new ConcurrentHashMap<>();

    private Catalogs() {
    }

    /** The IT Product Manager catalog shipped with the app, in English, read once. */
    public static synchronized Catalog bundled() {
        if (bundled == null) {
            String name = BUNDLED_RESOURCE.substring(1);
            bundled = CatalogReader.readShipped(JsonFiles.parse(name, resource(BUNDLED_RESOURCE)
                    .orElseThrow(() -> new IllegalStateException("The built-in catalog " + BUNDLED_RESOURCE
                            + " is missing from the build")), KIND));
        }
        return bundled;
    }

    /** The shipped catalog in {@code language}, English where its translation has no text. */
    public static Catalog bundled(Locale language) {
        return BUNDLED_IN.computeIfAbsent(language, l -> {
            String name = CatalogTranslation.fileName(BUNDLED_RESOURCE, l);
            return resource(name).map(json -> translated(bundled(), JsonFiles.parse(name.substring(1), json, TRANSLATION_KIND), l))
                    .orElse(bundled());
        });
    }

    /** The translation of the shipped catalog into {@code language}, if there is one (for checks and reports). */
    public static Optional<CatalogTranslation> bundledTranslation(Locale language) {
        String name = CatalogTranslation.fileName(BUNDLED_RESOURCE, language);
        return resource(name).map(json -> CatalogTranslation.read(
                JsonFiles.parse(name.substring(1), json, TRANSLATION_KIND), bundled(), language));
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

    /**
     * Reads and checks a catalog file, in {@code language} when the coach put a translation beside
     * it ({@code my-catalog.de.json} beside {@code my-catalog.json}); that file is checked too.
     */
    public static Catalog load(Path file, Locale language) {
        return inLanguage(load(file), file, language);
    }

    /** A catalog read from {@code file}, in {@code language} when a translation lies beside the file. */
    public static Catalog inLanguage(Catalog catalog, Path file, Locale language) {
        if (language.equals(Locale.ENGLISH)) {
            return catalog;
        }
        CatalogTranslation translation = translationsBeside(file, catalog, List.of(language)).get(language);
        return translation == null ? catalog : translation.applyTo(catalog);
    }

    /**
     * The translations lying beside a catalog file, each checked against {@code catalog}, by language.
     *
     * @throws org.skillgap.json.JsonFileException listing every problem of the first bad one
     */
    public static Map<Locale, CatalogTranslation> translationsBeside(Path file, Catalog catalog, List<Locale> languages) {
        Map<Locale, CatalogTranslation> found = new LinkedHashMap<>();
        for (Locale language : languages) {
            Path translation = file.resolveSibling(CatalogTranslation.fileName(file.getFileName().toString(), language));
            if (Files.isRegularFile(translation)) {
                found.put(language, CatalogTranslation.read(
                        JsonFiles.read(translation, translation.toString(), TRANSLATION_KIND), catalog, language));
            }
        }
        return found;
    }

    /** Checks catalog JSON that is already in memory; {@code fileName} names it in messages. */
    public static Catalog parse(String fileName, byte[] json) {
        return CatalogReader.read(JsonFiles.parse(fileName, json, KIND));
    }

    private static Catalog translated(Catalog catalog, JsonDocument translation, Locale language) {
        return CatalogTranslation.readShipped(translation, catalog, language).applyTo(catalog);
    }

    private static Optional<byte[]> resource(String name) {
        try (InputStream in = Catalogs.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readNBytes(JsonFiles.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
