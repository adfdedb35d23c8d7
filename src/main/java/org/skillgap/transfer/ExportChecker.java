package org.skillgap.transfer;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import tools.jackson.databind.JsonNode;

import org.skillgap.json.JsonDocument;
import org.skillgap.json.JsonPath;
import org.skillgap.json.JsonProblem;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.model.Texts;
import org.skillgap.model.UserData;

/**
 * The checks of an export that its JSON Schema cannot make, on a file of the right shape: the
 * target role and background are the catalog's, old ids map forward, names and notes follow the
 * rules the store applies ({@link Texts}), timestamps are real instants. Walks the tree once,
 * collecting every problem with its line and path, and builds the result.
 */
final class ExportChecker {

    private final Catalog catalog;
    private final JsonDocument document;
    private final List<JsonProblem> problems = new ArrayList<>();

    ExportChecker(Catalog catalog, JsonDocument document) {
        this.catalog = catalog;
        this.document = document;
    }

    List<JsonProblem> problems() {
        return problems;
    }

    UserData read() {
        JsonNode root = document.root();
        optionalTime(root.get("exportedAt"), "exportedAt");
        Optional<Profile> profile = profile(root.get("profile"));
        Map<String, Integer> ratings = byId(root.get("ratings"), "ratings", this::skillId, (value, path) -> value.intValue(),
                // One skill merged from old ones: the best rating carries forward.
                Math::max);
        Map<String, String> notes = byId(root.get("notes"), "notes", this::skillId,
                (value, path) -> typed(value, path, Texts.noteProblem(value.stringValue())),
                // Notes of merged skills are kept together, so no note is lost.
                (a, b) -> a + "\n\n" + b);
        List<RatingChange> history = history(root.get("history"));
        Map<String, ItemStatus> items = byId(root.get("items"), "items", this::itemId,
                (value, path) -> ItemStatus.fromId(value.stringValue()).orElseThrow(),
                (a, b) -> progressRank(a) >= progressRank(b) ? a : b);
        Map<String, String> settings = new TreeMap<>();
        if (root.get("settings") != null) {
            root.get("settings").properties().forEach(e -> settings.put(e.getKey(), e.getValue().stringValue()));
        }
        return new UserData(profile, ratings, notes, history, items, settings);
    }

    private Optional<Profile> profile(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        JsonNode nameNode = node.get("name");
        String name = nameNode == null ? "" : typed(nameNode, "profile.name", Texts.nameProblem(nameNode.stringValue()));
        String target = node.get("target").stringValue();
        if (catalog.profile(target).isEmpty()) {
            problem("profile.target", "import.unknownProfile", JsonPath.shorten(target));
        }
        String background = node.get("background").stringValue();
        if (catalog.background(background).isEmpty()) {
            problem("profile.background", "import.unknownBackground", JsonPath.shorten(background));
        }
        return name == null ? Optional.empty()
                : Optional.of(new Profile(name, target, background, node.get("hoursPerWeek").intValue()));
    }

    private List<RatingChange> history(JsonNode node) {
        List<RatingChange> history = new ArrayList<>();
        if (node == null) {
            return history;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = JsonPath.index("history", i);
            JsonNode entry = node.get(i);
            String skill = skillId(entry.get("skill").stringValue());
            time(entry.get("at"), path + ".at").ifPresent(at ->
                    history.add(new RatingChange(skill, entry.get("level").intValue(), at)));
        }
        return history;
    }

    /**
     * An object keyed by skill or item id. Keys are mapped forward; when several keys land on
     * the same current id, the key that already is the current id wins, and the rest combine.
     */
    private <T> Map<String, T> byId(JsonNode node, String path, UnaryOperator<String> ids, ValueReader<T> values,
                                    BinaryOperator<T> combine) {
        Map<String, T> result = new LinkedHashMap<>();
        if (node == null) {
            return result;
        }
        Map<String, T> forwarded = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String entryPath = JsonPath.child(path, e.getKey());
            String id = ids.apply(e.getKey());
            T value = values.read(e.getValue(), entryPath);
            if (value == null) {
                continue;
            }
            if (id.equals(e.getKey())) {
                result.put(id, value);
            } else {
                forwarded.merge(id, value, combine);
            }
        }
        forwarded.forEach(result::putIfAbsent);
        return result;
    }

    /**
     * The current id of a skill. An id the catalog in use does not know is the skill of an older or
     * another catalog (the schema made sure it is shaped like an id): its data is kept as it is, as
     * the store keeps such "retired" data, so that an export always imports again.
     */
    private String skillId(String id) {
        return catalog.currentSkillId(id).orElse(id);
    }

    private String itemId(String id) {
        return catalog.currentItemId(id).orElse(id);
    }

    private void optionalTime(JsonNode node, String path) {
        if (node != null) {
            time(node, path);
        }
    }

    private Optional<Instant> time(JsonNode node, String path) {
        try {
            return Optional.of(Instant.parse(node.stringValue()));
        } catch (DateTimeParseException e) {
            problem(path, "import.badTime", JsonPath.shorten(node.stringValue()));
            return Optional.empty();
        }
    }

    /** Text a person typed, checked by the same rule the store applies, so it imports as it was saved. */
    private String typed(JsonNode node, String path, Optional<String> problem) {
        if (problem.isPresent()) {
            problems.add(document.problem(path, "import.typedText", problem.get()));
            return null;
        }
        return node.stringValue();
    }

    private void problem(String path, String key, Object... args) {
        problems.add(document.problem(path, key, args));
    }

    @FunctionalInterface
    private interface ValueReader<T> {
        /** The value, or null after recording a problem. */
        T read(JsonNode node, String path);
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
}
