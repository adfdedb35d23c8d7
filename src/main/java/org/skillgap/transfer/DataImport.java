package org.skillgap.transfer;

import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.skillgap.json.JsonDocument;
import org.skillgap.json.JsonFileException;
import org.skillgap.json.JsonFiles;
import org.skillgap.json.JsonKind;
import org.skillgap.json.JsonProblem;
import org.skillgap.json.JsonSchemas;
import org.skillgap.model.Catalog;
import org.skillgap.model.UserData;

/**
 * Reads a file written by {@link DataExport} back into a {@link UserData}, checking all of it
 * first: the caller stores the result in one transaction, so a bad file changes nothing. Ids
 * that an older catalog used are mapped forward to the ids that replaced them.
 *
 * <p>Three steps, each of which stops with every problem it found: the file is read and parsed
 * ({@link JsonFiles}: size cap, UTF-8, syntax, limits); its shape is checked against
 * resources/schema/export.schema.json; then {@link ExportChecker} checks it against the catalog.
 */
public final class DataImport {

    /** The export file's JSON Schema, under resources/schema/. */
    public static final String SCHEMA = "export.schema.json";

    /** How messages about an export file name it. */
    public static final JsonKind KIND = new JsonKind("json.kind.export", "import.problems.header");

    private DataImport() {
    }

    /**
     * The data in {@code file}, ids mapped forward to {@code catalog}.
     *
     * @throws JsonFileException (a BadInputException) when anything is wrong, naming line and path of each problem
     */
    public static UserData read(Path file, Catalog catalog) {
        String fileName = String.valueOf(file.getFileName());
        JsonDocument document = JsonFiles.read(file, fileName, KIND);
        refuseWhatIsNoExport(document);
        List<JsonProblem> shape = JsonSchemas.check(document, SCHEMA);
        if (!shape.isEmpty()) {
            throw new JsonFileException(KIND, fileName, shape);
        }
        ExportChecker checker = new ExportChecker(catalog, document);
        UserData data = checker.read();
        if (!checker.problems().isEmpty()) {
            throw new JsonFileException(KIND, fileName, checker.problems());
        }
        return data;
    }

    /** A file that is not ours, or is from a newer SkillGap, would only produce noise from the schema. */
    private static void refuseWhatIsNoExport(JsonDocument document) {
        JsonNode root = document.root();
        if (!root.isObject()) {
            throw refuse(document, "", "import.notObject");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isString() || !DataExport.FORMAT.equals(format.stringValue())) {
            throw refuse(document, "", "import.format");
        }
        JsonNode version = root.path("version");
        if (version.isIntegralNumber() && (!version.canConvertToInt() || version.intValue() > DataExport.VERSION)) {
            throw refuse(document, "version", "import.newerVersion", version.asString(), DataExport.VERSION);
        }
    }

    private static JsonFileException refuse(JsonDocument document, String path, String key, Object... args) {
        return new JsonFileException(KIND, document.file(), List.of(document.problem(path, key, args)));
    }
}
