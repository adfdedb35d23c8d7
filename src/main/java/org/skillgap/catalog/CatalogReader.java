package org.skillgap.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.skillgap.json.JsonDocument;
import org.skillgap.json.JsonFileException;
import org.skillgap.json.JsonPath;
import org.skillgap.json.JsonProblem;
import org.skillgap.json.JsonSchemas;
import org.skillgap.model.Coded;
import org.skillgap.model.Background;
import org.skillgap.model.Catalog;
import org.skillgap.model.Category;
import org.skillgap.model.Eligibility;
import org.skillgap.model.CostBand;
import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Messages;
import org.skillgap.model.Renewal;
import org.skillgap.model.Scope;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillLevel;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

/**
 * Turns a parsed catalog file into a {@link Catalog}, or fails with every problem in it.
 *
 * <p>Two steps. The file's shape (fields, types, ranges, allowed values, the form of an id) is
 * checked by its JSON Schema, resources/schema/catalog.schema.json. Only a file of the right shape
 * gets to the second step, here: what refers to what. Skill and item ids are unique, every
 * reference names a skill or item of the catalog, every profile has a target for every skill, old
 * ids are replaced once and never reused, prerequisites form no loop. Problems are collected, not
 * thrown at the first, so a coach fixes a file in one round; nothing half-checked reaches the app.
 */
final class CatalogReader {

    /** An entry of a section, e.g. {@code items[3]}, the unit a schema problem takes out of the cross-checks. */
    private static final Pattern ENTRY = Pattern.compile("(skills|profiles|backgrounds|items)\\[\\d+]");

    private final JsonDocument document;
    /** Entries the schema found wrong, left out of the cross-checks. */
    private final Set<String> broken;
    private final List<JsonProblem> problems = new ArrayList<>();
    /** Live skill and item ids, with the path of the element that declares each. */
    private final Map<String, String> skillIds = new LinkedHashMap<>();
    private final Map<String, String> itemIds = new LinkedHashMap<>();

    private CatalogReader(JsonDocument document, Set<String> broken) {
        this.document = document;
        this.broken = broken;
    }

    /** Checks a whole parsed file against the schema, then across its entries. */
    static Catalog read(JsonDocument document) {
        return read(document, JsonSchemas.check(document, Catalogs.SCHEMA));
    }

    /**
     * The shipped catalog: its shape is checked against the schema by the build (SchemasTest), so a
     * start only cross-checks it. The schema validator is a few hundred classes and about 170 ms of
     * CPU on the window's start; a coach's catalog and every import still go through {@link #read}.
     */
    static Catalog readShipped(JsonDocument document) {
        return read(document, List.of());
    }

    private static Catalog read(JsonDocument document, List<JsonProblem> shape) {
        Set<String> broken = new HashSet<>();
        for (JsonProblem problem : shape) {
            Matcher entry = ENTRY.matcher(problem.path());
            if (!entry.lookingAt()) {
                // The file's frame is wrong (a section missing or not a list): nothing to cross-check.
                throw new JsonFileException(Catalogs.KIND, document.file(), shape);
            }
            broken.add(entry.group());
        }
        // The entries of the right shape are cross-checked too, so a coach sees every problem at once.
        CatalogReader reader = new CatalogReader(document, broken);
        Catalog catalog = reader.catalog(document.root());
        List<JsonProblem> all = new ArrayList<>(shape);
        all.addAll(reader.problems);
        if (!all.isEmpty()) {
            throw new JsonFileException(Catalogs.KIND, document.file(), all);
        }
        return catalog;
    }

    /** The catalog, or null when any problem was found (then {@link #problems} lists them). */
    private Catalog catalog(JsonNode root) {
        List<JsonNode> skillNodes = list(root.get("skills"));
        List<JsonNode> profileNodes = list(root.get("profiles"));
        List<JsonNode> backgroundNodes = list(root.get("backgrounds"));
        List<JsonNode> itemNodes = list(root.get("items"));

        // Ids first, so references can point forwards and backwards alike.
        collectIds(skillNodes, "skills", "catalog.kind.skill", skillIds);
        collectIds(itemNodes, "items", "catalog.kind.item", itemIds);
        collectIds(profileNodes, "profiles", "catalog.kind.profile", new HashMap<>());
        collectIds(backgroundNodes, "backgrounds", "catalog.kind.background", new HashMap<>());

        List<Skill> skills = each(skillNodes, "skills", this::skill);
        List<TargetProfile> profiles = each(profileNodes, "profiles", this::profile);
        List<Background> backgrounds = each(backgroundNodes, "backgrounds", this::background);
        List<LearningItem> items = each(itemNodes, "items", this::item);

        if (!broken.isEmpty()) {
            // The checks across the whole catalog wait until every entry has the right shape.
            return null;
        }
        checkReplaces(skills.stream().map(s -> new Replacing(s.id(), s.replaces())).toList(),
                "skills", skillIds, "catalog.kind.skill");
        checkReplaces(items.stream().map(i -> new Replacing(i.id(), i.replaces())).toList(),
                "items", itemIds, "catalog.kind.item");
        checkPrerequisiteCycles(items);
        checkPhrases(skills);

        return problems.isEmpty() ? new Catalog(text(root, "catalogVersion"), skills, profiles, backgrounds, items) : null;
    }

    // ---- the four kinds of entry ----

    private Skill skill(JsonNode node, String path) {
        List<String> levels = list(node.get("levelDescriptions")).stream().map(n -> n.stringValue().strip()).toList();
        return new Skill(text(node, "id"), Coded.fromId(Category.class, text(node, "category")).orElseThrow(), text(node, "name"),
                text(node, "description"), levels, ids(node, path, "replaces"), ids(node, path, "phrases"));
    }

    private TargetProfile profile(JsonNode node, String path) {
        List<SkillTarget> targets = new ArrayList<>();
        Set<String> targeted = new LinkedHashSet<>();
        List<JsonNode> targetNodes = list(node.get("targets"));
        for (int i = 0; i < targetNodes.size(); i++) {
            String at = JsonPath.index(path + ".targets", i);
            JsonNode t = targetNodes.get(i);
            String skill = skillRef(t, at);
            if (!targeted.add(skill)) {
                problem(at + ".skill", "catalog.duplicateSkillInList", skill);
            }
            targets.add(new SkillTarget(skill, t.get("level").intValue(), t.get("weight").intValue(),
                    t.get("mustHave").booleanValue(), text(t, "justification")));
        }
        List<String> missing = skillIds.keySet().stream().filter(s -> !targeted.contains(s)).toList();
        if (!missing.isEmpty()) {
            problem(path + ".targets", "catalog.missingTargets", missing.size(), String.join(", ", missing));
        }
        Scope scope = node.has("scope") ? Coded.fromId(Scope.class, text(node, "scope")).orElseThrow() : Scope.ORGANISATION;
        boolean individualContributor = !node.has("individualContributor")
                || node.get("individualContributor").booleanValue();
        return new TargetProfile(text(node, "id"), text(node, "name"), text(node, "description"), targets, scope,
                individualContributor);
    }

    private Background background(JsonNode node, String path) {
        int minYears = node.get("minYears").intValue();
        int maxYears = node.get("maxYears").intValue();
        if (minYears > maxYears) {
            problem(path + ".minYears", "catalog.yearsOrder", minYears, maxYears);
        }
        return new Background(text(node, "id"), text(node, "name"), text(node, "description"),
                skillLevels(node, path, "typicalLevels"), text(node, "advice"), minYears, maxYears);
    }

    private LearningItem item(JsonNode node, String path) {
        List<String> prerequisiteItems = ids(node, path, "prerequisiteItems");
        for (int i = 0; i < prerequisiteItems.size(); i++) {
            String ref = prerequisiteItems.get(i);
            if (!itemIds.containsKey(ref)) {
                problem(JsonPath.index(path + ".prerequisiteItems", i), "catalog.unknownItem", ref);
            }
        }
        return new LearningItem(text(node, "id"), text(node, "title"), Coded.fromId(ItemType.class, text(node, "type")).orElseThrow(),
                text(node, "provider"), skillLevels(node, path, "raises"), node.get("effortHours").intValue(),
                Coded.fromId(CostBand.class, text(node, "cost")).orElseThrow(), prerequisiteItems,
                skillLevels(node, path, "prerequisiteSkills"), text(node, "renewal"),
                node.has("recurring") && node.get("recurring").booleanValue(), text(node, "reason"), ids(node, path, "replaces"),
                text(node, "gradedPractice"), node.has("scope") ? Coded.fromId(Scope.class, text(node, "scope")).orElseThrow() : Scope.TEAM,
                texts(node, "sources"), date(node, path, "checkedOn"),
                !node.has("verified") || node.get("verified").booleanValue(), texts(node, "unverified"),
                renewalRule(node.get("renewalRule")), eligibility(node, path, prerequisiteItems));
    }

    // ---- an item's sourced facts (see the README: "Facts and their sources") ----

    private static List<String> texts(JsonNode node, String field) {
        return list(node.get(field)).stream().map(n -> n.stringValue().strip()).filter(t -> !t.isEmpty()).toList();
    }

    /** A date the schema found in the form YYYY-MM-DD; here it must also be a day of the calendar. */
    private String date(JsonNode node, String path, String field) {
        String text = text(node, field);
        if (!text.isEmpty()) {
            try {
                LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(path + "." + field, "catalog.badDate", text);
            }
        }
        return text;
    }

    private static Renewal renewalRule(JsonNode rule) {
        if (rule == null) {
            return Renewal.UNKNOWN;
        }
        return new Renewal(rule.get("periodMonths").intValue(), rule.path("credits").asInt(0),
                text(rule, "creditUnit"), rule.path("feeUsd").asInt(0));
    }

    private Eligibility eligibility(JsonNode node, String path, List<String> prerequisiteItems) {
        JsonNode rule = node.get("eligibility");
        if (rule == null) {
            return Eligibility.NONE;
        }
        String at = path + ".eligibility";
        List<String> experience = ids(rule, at, "experienceItems");
        for (int i = 0; i < experience.size(); i++) {
            String ref = experience.get(i);
            String refAt = JsonPath.index(at + ".experienceItems", i);
            if (!itemIds.containsKey(ref)) {
                problem(refAt, "catalog.unknownItem", ref);
            } else if (!prerequisiteItems.contains(ref)) {
                // Listed as a prerequisite too, so that no plan can put the certification first.
                problem(refAt, "catalog.eligibilityNotPrerequisite", ref);
            }
        }
        return new Eligibility(rule.path("experienceMonths").asInt(0), rule.path("trainingHours").asInt(0), experience);
    }

    // ---- checks across entries ----

    private void collectIds(List<JsonNode> nodes, String section, String kindKey, Map<String, String> seen) {
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode idNode = nodes.get(i).path("id");
            if (!idNode.isString()) {
                continue; // the schema reported it
            }
            String id = idNode.stringValue();
            String path = JsonPath.index(section, i) + ".id";
            String previous = seen.putIfAbsent(id, path);
            if (previous != null) {
                problem(path, "catalog.duplicateId", Messages.get(kindKey), id, previous, document.lineOf(previous));
            }
        }
    }

    private record Replacing(String id, List<String> oldIds) {
    }

    /** An old id maps forward to exactly one live entry, and is never live itself. */
    private void checkReplaces(List<Replacing> entries, String section, Map<String, String> liveIds, String kindKey) {
        Map<String, String> claimedBy = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Replacing entry = entries.get(i);
            for (int j = 0; j < entry.oldIds().size(); j++) {
                String old = entry.oldIds().get(j);
                String at = section + "[" + i + "].replaces[" + j + "]";
                if (liveIds.containsKey(old)) {
                    problem(at, "catalog.replacesLive", old, Messages.get(kindKey));
                }
                String claimer = claimedBy.putIfAbsent(old, entry.id());
                if (claimer != null) {
                    problem(at, "catalog.replacesTwice", old, claimer, Messages.get(kindKey));
                }
            }
        }
    }

    /**
     * A posting phrase names one skill: listed for two, a posting using it would count for both.
     * Compared as written, case aside; forms that only stem alike are the coach's call.
     */
    private void checkPhrases(List<Skill> skills) {
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < skills.size(); i++) {
            Skill skill = skills.get(i);
            for (int j = 0; j < skill.phrases().size(); j++) {
                String phrase = skill.phrases().get(j);
                String other = owner.putIfAbsent(phrase.toLowerCase(Locale.ROOT), skill.id());
                if (other != null && !other.equals(skill.id())) {
                    problem("skills[" + i + "].phrases[" + j + "]", "catalog.phraseTwice", phrase, other);
                }
            }
        }
    }

    /** Prerequisite items must form no loop, or no plan could ever start any of them. */
    private void checkPrerequisiteCycles(List<LearningItem> items) {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        items.forEach(i -> edges.put(i.id(), i.prerequisiteItems()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.putIfAbsent(items.get(i).id(), i);
        }
        Set<String> done = new LinkedHashSet<>();
        Set<String> reported = new LinkedHashSet<>();
        for (String start : edges.keySet()) {
            findCycles(start, edges, new ArrayList<>(), done, reported, index);
        }
    }

    private void findCycles(String id, Map<String, List<String>> edges, List<String> trail, Set<String> done,
                            Set<String> reported, Map<String, Integer> index) {
        if (done.contains(id) || !edges.containsKey(id)) {
            return;
        }
        int at = trail.indexOf(id);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(trail.subList(at, trail.size()));
            // The same loop is met from each of its members: report it once, from its smallest id.
            String first = cycle.stream().min(Comparator.naturalOrder()).orElseThrow();
            Collections.rotate(cycle, -cycle.indexOf(first));
            cycle.add(first);
            String text = String.join(" -> ", cycle);
            if (reported.add(text)) {
                problem("items[" + index.get(first) + "].prerequisiteItems", "catalog.cycle", text);
            }
            return;
        }
        trail.add(id);
        for (String next : edges.get(id)) {
            findCycles(next, edges, trail, done, reported, index);
        }
        trail.remove(trail.size() - 1);
        done.add(id);
    }

    // ---- readers of a tree the schema has checked ----

    private interface EntryReader<T> {
        T read(JsonNode node, String path);
    }

    private <T> List<T> each(List<JsonNode> nodes, String section, EntryReader<T> reader) {
        List<T> result = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = JsonPath.index(section, i);
            if (!broken.contains(path)) {
                result.add(reader.read(nodes.get(i), path));
            }
        }
        return result;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(elements::add);
        }
        return elements;
    }

    /** A text field, stripped; "" when the field is optional and absent. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? "" : value.stringValue().strip();
    }

    /** An optional list of ids (replaces, prerequisiteItems), each listed once. */
    private List<String> ids(JsonNode node, String path, String field) {
        List<String> result = new ArrayList<>();
        List<JsonNode> values = list(node.get(field));
        for (int i = 0; i < values.size(); i++) {
            String id = values.get(i).stringValue().strip();
            if (result.contains(id)) {
                problem(JsonPath.index(path + "." + field, i), "catalog.duplicateInList", id);
            }
            result.add(id);
        }
        return result;
    }

    private List<SkillLevel> skillLevels(JsonNode node, String path, String field) {
        List<SkillLevel> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<JsonNode> values = list(node.get(field));
        for (int i = 0; i < values.size(); i++) {
            String at = JsonPath.index(path + "." + field, i);
            String skill = skillRef(values.get(i), at);
            if (!seen.add(skill)) {
                problem(at + ".skill", "catalog.duplicateSkillInList", skill);
            }
            result.add(new SkillLevel(skill, values.get(i).get("level").intValue()));
        }
        return result;
    }

    private String skillRef(JsonNode node, String path) {
        String skill = text(node, "skill");
        if (!skillIds.containsKey(skill)) {
            problem(path + ".skill", "catalog.unknownSkill", skill);
        }
        return skill;
    }

    private void problem(String path, String key, Object... args) {
        problems.add(document.problem(path, key, args));
    }
}
