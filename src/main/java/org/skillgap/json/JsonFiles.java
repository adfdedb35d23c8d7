package org.skillgap.json;

import java.nio.file.Path;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's JSON: the one Jackson {@link ObjectMapper}, configured here and nowhere else, and the
 * one way to read a JSON file a person gave SkillGap (a catalog, an export), with one set of limits.
 *
 * <p>Reading is strict on purpose: a key given twice, text after the document, a comment or NaN is
 * a problem, never silently dropped. No polymorphic typing: files only ever become plain trees. A
 * file goes through, in order: a size cap on the bytes, a UTF-8 check, one pass over its tokens
 * that records lines and finds syntax errors and values over the limits ({@link SourceMap}), and
 * only then the tree. Each step fails with a {@link JsonFileException} in plain words.
 */
public final class JsonFiles {

    /** Far above any real catalog or export (a few hundred KB), far below a memory problem. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** A catalog or an export is at most 5 levels deep ({@code items[0].raises[0].level}); 20 is ample. */
    public static final int MAX_DEPTH = 20;
    /** Longer than any note (10,000 characters) or catalog text, short of a whole file pasted into a value. */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** Keys are ids (80 characters at most) and setting names (100). */
    public static final int MAX_KEY_CHARS = 1_000;
    /** No number in these files needs more digits; a longer one is a typo or an attack on the parser. */
    public static final int MAX_NUMBER_CHARS = 50;

    private static final ObjectMapper MAPPER = build();

    private JsonFiles() {
    }

    /** The one mapper, for reading trees and writing the app's own JSON (export, command-line output). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        // The scan of SourceMap applies the limits above and names the place; these are a backstop
        // just beyond them, so that no file can make Jackson itself work without bound.
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_BYTES)
                        .maxNestingDepth(MAX_DEPTH + 1)
                        .maxStringLength(MAX_BYTES)
                        .maxNameLength(MAX_BYTES)
                        .maxNumberLength(1_000)
                        .build())
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .build();
        return JsonMapper.builder(factory)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Records are written in the order they declare their fields, as before Jackson 3.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
    }

    /**
     * Reads and parses a file.
     *
     * @param name how messages name the file (as the person gave it)
     * @throws JsonFileException when it cannot be read, is too big, is not UTF-8 or not JSON
     */
    public static JsonDocument read(Path file, String name, JsonKind kind) {
        return parse(name, BoundedUtf8.read(file, name, kind), kind);
    }

    /** Parses a file that is already in memory (a resource of the app, say). */
    public static JsonDocument parse(String name, byte[] bytes, JsonKind kind) {
        String text = BoundedUtf8.decode(BoundedUtf8.capped(bytes, name, kind), name, kind);
        SourceMap lines = SourceMap.scan(name, text, kind);
        // The scan found every problem the tree could meet: what is left to fail is a bug.
        JsonNode root = MAPPER.readTree(text);
        return new JsonDocument(name, kind, root, lines);
    }
}
