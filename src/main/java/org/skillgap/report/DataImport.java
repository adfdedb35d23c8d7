package org.skillgap.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.model.Texts;
import org.skillgap.model.UserData;

/**
 * Reads a file written by {@link DataExport} back into a {@link UserData}, checking all of it
 * first: the caller stores the result in one transaction, so a bad file changes nothing. Ids
 * that an older catalog used are mapped forward to the ids that replaced them.
 */
public final class DataImport {

    /** Far above any real export (a few hundred KB after years of use), far below a memory problem. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_NOTE_CHARS = Texts.MAX_NOTE_CHARS;
    /** Ids, timestamps and other short text; a person's name follows {@link Texts} instead. */
    static final int MAX_NAME_CHARS = 200;
    static final int MAX_SETTING_KEY_CHARS = 100;
    static final int MAX_SETTING_VALUE_CHARS = 1_000;
    /** How many problems a message lists; a file with hundreds would make an unreadable message. */
    static final int MAX_REPORTED = 10;

    /** The shape every catalog id has (see the catalog's README). */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private static final Set<String> FIELDS = Set.of("format", "version", "exportedAt", "catalogVersion",
            "profile", "ratings", "notes", "history", "items", "settings");

    private DataImport() {
    }

    /** The data in {@code file}, ids mapped forward to {@code catalog}; BadInputException when anything is wrong. */
    public static UserData read(Path file, Catalog catalog) {
        String fileName = String.valueOf(file.getFileName());
        byte[] bytes = readBounded(file, fileName);
        String text = decode(bytes, fileName);
        JsonNode root = parse(text, fileName);
        Checker checker = new Checker(catalog, fileName);
        UserData data = checker.read(root);
        List<String> problems = checker.problems;
        if (problems.isEmpty()) {
            return data;
        }
        if (problems.size() <= MAX_REPORTED) {
            throw new BadInputException(Messages.get("import.problems", fileName, String.join("; ", problems)));
        }
        throw new BadInputException(Messages.get("import.problemsSome", fileName,
                String.join("; ", problems.subList(0, MAX_REPORTED)), MAX_REPORTED, problems.size()));
    }

    private static byte[] readBounded(Path file, String fileName) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw tooBig(fileName, Files.size(file));
            }
            // Read at most one byte more than allowed: a file that grows meanwhile, or a device
            // such as /dev/zero, cannot fill the memory.
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw tooBig(fileName, bytes.length);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new BadInputException(Messages.get("import.unreadable", file, AtomicFile.reason(e)), e);
        }
    }

    private static BadInputException tooBig(String fileName, long size) {
        String mb = String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024.0));
        return new BadInputException(Messages.get("import.tooBig", fileName, mb, MAX_BYTES / (1024 * 1024)));
    }

    private static String decode(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new BadInputException(Messages.get("import.empty", fileName));
        }
        if (looksLikeUtf16(bytes)) {
            throw new BadInputException(Messages.get("import.utf16", fileName));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0; // a byte order mark some editors add
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BadInputException(Messages.get("import.notUtf8", fileName, in.position() + 1));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.isBlank()) {
            throw new BadInputException(Messages.get("import.empty", fileName));
        }
        return text;
    }

    private static boolean looksLikeUtf16(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return true;
        }
        // Without a byte order mark, ASCII text in UTF-16 has a zero byte before or after every letter.
        return b.length >= 4 && (b[0] == 0 && b[2] == 0 && b[1] != 0 && b[3] != 0
                || b[1] == 0 && b[3] == 0 && b[0] != 0 && b[2] != 0);
    }

    private static JsonNode parse(String text, String fileName) {
        try {
            return ReportJson.MAPPER.readTree(text);
        } catch (StreamConstraintsException e) {
            if (String.valueOf(e.getOriginalMessage()).contains("nesting depth")) {
                throw new BadInputException(Messages.get("import.tooDeep", fileName, ReportJson.MAX_DEPTH), e);
            }
            if (String.valueOf(e.getOriginalMessage()).contains(" length (")) {
                // A key or text over Jackson's limits: the file is JSON, just not an export.
                throw new BadInputException(Messages.get("import.tooLongText", fileName), e);
            }
            throw notJson(fileName, e);
        } catch (JsonProcessingException e) {
            String original = String.valueOf(e.getOriginalMessage());
            if (original.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser parser) {
                String key = original.replaceFirst("^Duplicate field '(.*)'$", "$1");
                throw new BadInputException(Messages.get("import.duplicateKey", fileName,
                        pathOf(parser.getParsingContext()), shorten(key)), e);
            }
            throw notJson(fileName, e);
        }
    }

    private static BadInputException notJson(String fileName, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String line = at == null ? "?" : String.valueOf(at.getLineNr());
        String column = at == null ? "?" : String.valueOf(at.getColumnNr());
        String what = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        return new BadInputException(Messages.get("import.notJson", fileName, line, column, shorten(what)), e);
    }

    /** The JSON path of the object a parser is in, e.g. $.ratings or $.history[2]. */
    private static String pathOf(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        String path = "$";
        // The innermost context is the object holding the duplicate; its name is the duplicate itself.
        for (int i = 0; i < chain.size(); i++) {
            JsonStreamContext c = chain.get(i);
            if (c.inArray()) {
                path = path + "[" + Math.max(0, c.getCurrentIndex()) + "]";
            }
            if (i + 1 < chain.size()) {
                JsonStreamContext parent = c;
                if (parent.inObject()) {
                    path = child(path, parent.getCurrentName());
                }
            }
        }
        return path;
    }

    static String child(String parent, String key) {
        if (key != null && key.matches("[A-Za-z0-9_-]{1,80}")) {
            return parent + "." + key;
        }
        return parent + "[\"" + shorten(String.valueOf(key)).replace("\"", "\\\"") + "\"]";
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** Walks the tree once, collecting every problem with its JSON path, and builds the result. */
    private static final class Checker {

        private final Catalog catalog;
        private final String fileName;
        private final List<String> problems = new ArrayList<>();

        Checker(Catalog catalog, String fileName) {
            this.catalog = catalog;
            this.fileName = fileName;
        }

        UserData read(JsonNode root) {
            if (!root.isObject()) {
                problem("$", Messages.get("import.notObject"));
                return UserData.empty();
            }
            // A file that is not ours, or is from a newer SkillGap, would only produce noise below.
            JsonNode format = root.get("format");
            if (format == null || !format.isTextual() || !DataExport.FORMAT.equals(format.textValue())) {
                throw new BadInputException(Messages.get("import.format", fileName));
            }
            JsonNode version = root.get("version");
            if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()
                    || version.intValue() < DataExport.VERSION) {
                problem("$.version", Messages.get("import.badVersion", version == null ? "missing" : shorten(version.toString())));
                return UserData.empty();
            }
            if (version.intValue() > DataExport.VERSION) {
                throw new BadInputException(Messages.get("import.newerVersion", fileName,
                        String.valueOf(version.intValue()), String.valueOf(DataExport.VERSION)));
            }
            root.fieldNames().forEachRemaining(name -> {
                if (!FIELDS.contains(name)) {
                    problem(child("$", name), Messages.get("import.unknownField"));
                }
            });
            optionalTime(root.get("exportedAt"), "$.exportedAt");
            JsonNode catalogVersion = root.get("catalogVersion");
            if (catalogVersion != null && !catalogVersion.isNull()) {
                text(catalogVersion, "$.catalogVersion", MAX_NAME_CHARS);
            }
            Optional<Profile> profile = profile(root.get("profile"));
            Map<String, Integer> ratings = ratings(root.get("ratings"));
            Map<String, String> notes = notes(root.get("notes"));
            List<RatingChange> history = history(root.get("history"));
            Map<String, ItemStatus> items = items(root.get("items"));
            Map<String, String> settings = settings(root.get("settings"));
            return new UserData(profile, ratings, notes, history, items, settings);
        }

        private Optional<Profile> profile(JsonNode node) {
            if (node == null || node.isNull()) {
                return Optional.empty();
            }
            if (!type(node, "$.profile", JsonNode::isObject, "an object or null")) {
                return Optional.empty();
            }
            node.fieldNames().forEachRemaining(name -> {
                if (!Set.of("name", "target", "background", "hoursPerWeek").contains(name)) {
                    problem(child("$.profile", name), Messages.get("import.unknownField"));
                }
            });
            JsonNode nameNode = node.get("name");
            String name = nameNode == null ? "" : typed(nameNode, "$.profile.name", Texts.nameProblem(textOf(nameNode)));
            String target = required(node, "target", "$.profile")
                    .map(n -> text(n, "$.profile.target", MAX_NAME_CHARS)).orElse(null);
            if (target != null && catalog.profile(target).isEmpty()) {
                problem("$.profile.target", Messages.get("import.unknownProfile", shorten(target)));
            }
            String background = required(node, "background", "$.profile")
                    .map(n -> text(n, "$.profile.background", MAX_NAME_CHARS)).orElse(null);
            if (background != null && catalog.background(background).isEmpty()) {
                problem("$.profile.background", Messages.get("import.unknownBackground", shorten(background)));
            }
            int hours = required(node, "hoursPerWeek", "$.profile").map(n -> {
                if (!type(n, "$.profile.hoursPerWeek", DataImport::isInt, "a whole number")) {
                    return -1;
                }
                if (!Profile.isValidHours(n.intValue())) {
                    problem("$.profile.hoursPerWeek", Messages.get("import.hoursRange",
                            n.intValue(), Profile.MIN_HOURS, Profile.MAX_HOURS));
                }
                return n.intValue();
            }).orElse(-1);
            // Hours that could not be read are a problem reported above; no profile is made of them.
            return Profile.isValidHours(hours) ? Optional.of(new Profile(name, target, background, hours))
                    : Optional.empty();
        }

        private Map<String, Integer> ratings(JsonNode node) {
            return byId(node, "$.ratings", this::skillId, (value, path) -> level(value, path),
                    // One skill merged from old ones: the best rating carries forward.
                    Math::max);
        }

        private Map<String, String> notes(JsonNode node) {
            return byId(node, "$.notes", this::skillId,
                    (value, path) -> typed(value, path, Texts.noteProblem(textOf(value))),
                    // Notes of merged skills are kept together, so no note is lost.
                    (a, b) -> a + "\n\n" + b);
        }

        private Map<String, ItemStatus> items(JsonNode node) {
            return byId(node, "$.items", this::itemId, (value, path) -> {
                String id = text(value, path, MAX_NAME_CHARS);
                if (id == null) {
                    return null;
                }
                Optional<ItemStatus> status = ItemStatus.fromId(id);
                if (status.isEmpty()) {
                    problem(path, Messages.get("import.unknownStatus", shorten(id)));
                }
                return status.orElse(null);
            }, (a, b) -> progressRank(a) >= progressRank(b) ? a : b);
        }

        private Map<String, String> settings(JsonNode node) {
            Map<String, String> settings = new TreeMap<>();
            if (node == null || !type(node, "$.settings", JsonNode::isObject, "an object")) {
                return settings;
            }
            node.fields().forEachRemaining(e -> {
                String path = child("$.settings", e.getKey());
                if (e.getKey().length() > MAX_SETTING_KEY_CHARS) {
                    problem(path, Messages.get("import.tooLong", e.getKey().length(), MAX_SETTING_KEY_CHARS));
                    return;
                }
                String value = text(e.getValue(), path, MAX_SETTING_VALUE_CHARS);
                if (value != null) {
                    settings.put(e.getKey(), value);
                }
            });
            return settings;
        }

        private List<RatingChange> history(JsonNode node) {
            List<RatingChange> history = new ArrayList<>();
            if (node == null || !type(node, "$.history", JsonNode::isArray, "an array")) {
                return history;
            }
            for (int i = 0; i < node.size(); i++) {
                String path = "$.history[" + i + "]";
                JsonNode entry = node.get(i);
                if (!type(entry, path, JsonNode::isObject, "an object")) {
                    continue;
                }
                entry.fieldNames().forEachRemaining(name -> {
                    if (!Set.of("skill", "level", "at").contains(name)) {
                        problem(child(path, name), Messages.get("import.unknownField"));
                    }
                });
                String skill = required(entry, "skill", path)
                        .map(n -> text(n, path + ".skill", MAX_NAME_CHARS))
                        .flatMap(id -> skillId(id, path + ".skill")).orElse(null);
                Integer level = required(entry, "level", path).map(n -> level(n, path + ".level")).orElse(null);
                Instant at = required(entry, "at", path).flatMap(n -> time(n, path + ".at")).orElse(null);
                if (skill != null && level != null && at != null) {
                    history.add(new RatingChange(skill, level, at));
                }
            }
            return history;
        }

        /**
         * An object keyed by skill or item id. Keys are mapped forward; when several keys land on
         * the same current id, the key that already is the current id wins, and the rest combine.
         */
        private <T> Map<String, T> byId(JsonNode node, String path, IdMapper ids, ValueReader<T> values,
                                        BinaryOperator<T> combine) {
            Map<String, T> result = new LinkedHashMap<>();
            if (node == null || !type(node, path, JsonNode::isObject, "an object")) {
                return result;
            }
            Map<String, T> forwarded = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                String entryPath = child(path, e.getKey());
                Optional<String> id = ids.map(e.getKey(), entryPath);
                T value = values.read(e.getValue(), entryPath);
                if (id.isEmpty() || value == null) {
                    continue;
                }
                if (id.get().equals(e.getKey())) {
                    result.put(id.get(), value);
                } else {
                    forwarded.merge(id.get(), value, combine);
                }
            }
            forwarded.forEach(result::putIfAbsent);
            return result;
        }

        private Optional<String> skillId(String id, String path) {
            Optional<String> current = catalog.currentSkillId(id).or(() -> retired(id));
            if (current.isEmpty()) {
                problem(path, Messages.get("import.unknownSkill", shorten(id)));
            }
            return current;
        }

        private Optional<String> itemId(String id, String path) {
            Optional<String> current = catalog.currentItemId(id).or(() -> retired(id));
            if (current.isEmpty()) {
                problem(path, Messages.get("import.unknownItem", shorten(id)));
            }
            return current;
        }

        private Integer level(JsonNode node, String path) {
            if (!type(node, path, DataImport::isInt, "a whole number from 0 to 5")) {
                return null;
            }
            if (!Level.isValid(node.intValue())) {
                problem(path, Messages.get("import.levelRange", String.valueOf(node.intValue())));
                return null;
            }
            return node.intValue();
        }

        private void optionalTime(JsonNode node, String path) {
            if (node != null) {
                time(node, path);
            }
        }

        private Optional<Instant> time(JsonNode node, String path) {
            String text = text(node, path, MAX_NAME_CHARS);
            if (text == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e) {
                problem(path, Messages.get("import.badTime", shorten(text)));
                return Optional.empty();
            }
        }

        private String text(JsonNode node, String path, int maxChars) {
            if (!type(node, path, JsonNode::isTextual, "text")) {
                return null;
            }
            String text = node.textValue();
            if (text.length() > maxChars) {
                problem(path, Messages.get("import.tooLong", text.length(), maxChars));
                return null;
            }
            return text;
        }

        /** Text a person typed, checked by the same rule the store applies, so it imports as it was saved. */
        private String typed(JsonNode node, String path, Optional<String> problem) {
            if (!type(node, path, JsonNode::isTextual, "text")) {
                return null;
            }
            if (problem.isPresent()) {
                problem(path, problem.get());
                return null;
            }
            return node.textValue();
        }

        private static String textOf(JsonNode node) {
            return node.isTextual() ? node.textValue() : "";
        }

        private Optional<JsonNode> required(JsonNode parent, String field, String parentPath) {
            JsonNode node = parent.get(field);
            if (node == null) {
                problem(child(parentPath, field), Messages.get("import.missing"));
            }
            return Optional.ofNullable(node);
        }

        private boolean type(JsonNode node, String path, Function<JsonNode, Boolean> test, String expected) {
            if (test.apply(node)) {
                return true;
            }
            problem(path, Messages.get("import.wrongType", expected, typeName(node)));
            return false;
        }

        private void problem(String path, String text) {
            problems.add(path + ": " + text);
        }
    }

    @FunctionalInterface
    private interface IdMapper {
        Optional<String> map(String id, String path);
    }

    @FunctionalInterface
    private interface ValueReader<T> {
        /** The value, or null after recording a problem. */
        T read(JsonNode node, String path);
    }

    /**
     * An id the catalog in use does not know, but which is shaped like one: the skill or item of an
     * older or another catalog. Its data is kept as it is (the store keeps such "retired" data
     * too), so that an export always imports again, whatever catalog it was made with.
     */
    private static Optional<String> retired(String id) {
        return ID.matcher(id).matches() && id.length() <= 80 ? Optional.of(id) : Optional.empty();
    }

    private static boolean isInt(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToInt();
    }

    /** Merged items keep the status that shows the most progress: done beats in progress beats the rest. */
    private static int progressRank(ItemStatus status) {
        return switch (status) {
            case DONE -> 3;
            case IN_PROGRESS -> 2;
            case SKIPPED -> 1;
            case TODO -> 0;
        };
    }

    private static String typeName(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "text";
            case NUMBER -> node.isIntegralNumber() && !node.canConvertToInt()
                    ? "a number too large" : "the number " + shorten(node.asText());
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
