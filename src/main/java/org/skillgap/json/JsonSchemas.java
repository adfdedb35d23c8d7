package org.skillgap.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;

import tools.jackson.databind.JsonNode;

import org.skillgap.model.Messages;

/**
 * Checks a parsed file against one of the app's JSON Schemas (resources/schema/) and turns each
 * violation into a {@link JsonProblem} with the file's line, the path and a message of the bundle.
 *
 * <p>Schemas come from the classpath only: their {@code $id}s, {@value #ID_PREFIX}..., are mapped
 * to {@code /schema/} and the draft 2020-12 meta-schema is the copy inside the validator's jar.
 * Nothing is ever fetched over the network.
 *
 * <p>A schema may name the message of its own failures with {@code "x-message"}: a bundle key whose
 * arguments are {0} the value found, {1} the lower bound (minimum, minItems, minLength, or the
 * allowed values of an enum) and {2} the upper bound. Without it a plain message per keyword is used.
 */
public final class JsonSchemas {

    /** The {@code $id} of every SkillGap schema starts with this; the rest is the file name under /schema/. */
    public static final String ID_PREFIX = "https://skillgap.org/schema/";
    /** Where the schemas are on the classpath (resources/schema/ in the source tree). */
    public static final String CLASSPATH_FOLDER = "schema/";

    /**
     * Draft 2020-12, knowing SkillGap's own {@code x-message} (the message key a failure is told
     * with) as a keyword that checks nothing, so the validator has no unknown keyword to warn about.
     */
    private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
            .keyword(new NonValidationKeyword("x-message")).build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(DIALECT,
            builder -> builder
                    .nodeReader(reader -> reader.jsonMapper(JsonFiles.mapper()))
                    .schemaLoader(loader -> loader
                            .fetchRemoteResources(false)
                            .schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, "classpath:" + CLASSPATH_FOLDER))
                            // Any other address is refused, never fetched.
                            .block(iri -> !iri.toString().startsWith(ID_PREFIX) && !iri.toString().startsWith("classpath:"))));

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<String, JsonNode> TREES = new ConcurrentHashMap<>();

    private JsonSchemas() {
    }

    /** Every violation of schema {@code name} (e.g. "catalog.schema.json") in {@code document}, in file order. */
    public static List<JsonProblem> check(JsonDocument document, String name) {
        Schema schema = SCHEMAS.computeIfAbsent(name, n -> REGISTRY.getSchema(SchemaLocation.of(ID_PREFIX + n)));
        List<JsonProblem> problems = new ArrayList<>();
        for (Error error : schema.validate(document.root())) {
            problems.add(problem(document, error));
        }
        return problems;
    }

    private static JsonProblem problem(JsonDocument document, Error error) {
        String path = pathOf(error.getInstanceLocation());
        // The validator names the keyword's own value; the messages need the schema that holds it.
        NodePath fragment = error.getSchemaLocation().getFragment();
        JsonNode schema = node(error.getSchemaLocation().getAbsoluteIri().toString(), fragment, fragment.getNameCount() - 1);
        JsonNode value = error.getInstanceNode();
        String keyword = error.getKeyword();
        switch (keyword) {
            case "required" -> {
                String field = String.valueOf(error.getProperty());
                return document.problem(JsonPath.child(path, field), "json.missing", field);
            }
            case "additionalProperties" -> {
                String field = String.valueOf(error.getProperty());
                List<String> allowed = new ArrayList<>();
                schema.path("properties").propertyNames().forEach(allowed::add);
                return document.problem(JsonPath.child(path, field), "json.unknownField", JsonPath.shorten(field),
                        String.join(", ", allowed));
            }
            case "propertyNames" -> {
                // A key of the object is wrong: the problem is the key's, told by the key's own schema.
                String key = String.valueOf(error.getProperty());
                JsonNode keySchema = resolve(error.getSchemaLocation().getAbsoluteIri().toString(), error.getSchemaNode());
                return document.problem(JsonPath.child(path, key), messageKey(keySchema, "maxLength"),
                        JsonPath.shorten(key), low(keySchema), high(keySchema));
            }
            case "type" -> {
                return document.problem(path, "json.wrongType", expected(schema.path("type")), Found.describe(value));
            }
            default -> {
                return document.problem(path, messageKey(schema, keyword), valueOf(keyword, value), low(schema), high(schema));
            }
        }
    }

    private static String messageKey(JsonNode schema, String keyword) {
        return schema.path("x-message").isString() ? schema.path("x-message").stringValue() : plainKey(keyword);
    }

    /** The schema node {@code ref} points to ({@code "$ref": "catalog.schema.json#/$defs/id"}), or {@code node} itself. */
    private static JsonNode resolve(String baseIri, JsonNode node) {
        if (!node.path("$ref").isString()) {
            return node;
        }
        String ref = node.get("$ref").stringValue();
        int hash = ref.indexOf('#');
        String file = hash <= 0 ? baseIri : ID_PREFIX + ref.substring(0, hash);
        JsonNode target = document(file);
        for (String part : ref.substring(hash + 1).split("/")) {
            if (!part.isEmpty()) {
                target = target.path(part);
            }
        }
        return target;
    }

    /** The node at the first {@code count} names of {@code fragment} in the schema file {@code iri}. */
    private static JsonNode node(String iri, NodePath fragment, int count) {
        JsonNode node = document(iri);
        for (int i = 0; i < count; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
        }
        return node;
    }

    /** A schema file as a plain tree, read from the classpath like the validator's copy. */
    private static JsonNode document(String iri) {
        return TREES.computeIfAbsent(iri, id -> {
            String resource = "/" + CLASSPATH_FOLDER + id.substring(ID_PREFIX.length());
            try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The schema " + resource + " is missing from the build");
                }
                return JsonFiles.mapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String plainKey(String keyword) {
        return switch (keyword) {
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> "json.range";
            case "maxLength" -> "json.tooLong";
            case "minLength", "pattern" -> "json.blank";
            case "enum", "const" -> "json.notAllowed";
            case "minItems", "maxItems" -> "json.itemCount";
            default -> "json.invalid";
        };
    }

    /** The path of a validator's instance location, in the form of {@link JsonPath}. */
    static String pathOf(NodePath location) {
        String path = "";
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? JsonPath.index(path, index) : JsonPath.child(path, String.valueOf(element));
        }
        return path;
    }

    private static String expected(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> names.add(Messages.get("json.type." + t.stringValue())));
        } else {
            names.add(Messages.get("json.type." + type.stringValue()));
        }
        return String.join(Messages.get("json.type.or"), names);
    }

    /** The value as a message shows it: a text's length when its length is wrong, a list's size. */
    private static Object valueOf(String keyword, JsonNode value) {
        if (value == null) {
            return "";
        }
        if (value.isString() && keyword.endsWith("Length")) {
            return value.stringValue().length();
        }
        if (value.isContainer()) {
            return value.size();
        }
        return JsonPath.shorten(value.isString() ? value.stringValue() : value.toString());
    }

    private static String low(JsonNode schema) {
        for (String bound : List.of("minimum", "minItems", "minLength")) {
            if (schema.has(bound)) {
                return schema.get(bound).asString();
            }
        }
        if (schema.path("enum").isArray()) {
            List<String> allowed = new ArrayList<>();
            schema.get("enum").forEach(v -> allowed.add(v.asString()));
            return String.join(", ", allowed);
        }
        return "";
    }

    private static String high(JsonNode schema) {
        for (String bound : List.of("maximum", "maxItems", "maxLength")) {
            if (schema.has(bound)) {
                return schema.get(bound).asString();
            }
        }
        return "";
    }
}
