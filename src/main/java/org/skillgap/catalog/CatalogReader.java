package org.skillgap.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.skillgap.model.Background;
import org.skillgap.model.Catalog;
import org.skillgap.model.Category;
import org.skillgap.model.Eligibility;
import org.skillgap.model.CostBand;
import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.model.Renewal;
import org.skillgap.model.Scope;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillLevel;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

/**
 * Turns the bytes of a catalog file into a {@link Catalog}, or fails with every problem in it.
 *
 * <p>The file is read as a plain JSON tree and checked field by field, collecting problems instead
 * of stopping at the first, so a coach fixes a file in one round. Only a file with no problems at
 * all becomes a catalog: nothing half-checked ever reaches the rest of the app. The file's shape is
 * documented in resources/catalog/README.md.
 */
final class CatalogReader {

    static final int LEVELS = Level.MAX - Level.MIN + 1;
    static final int MIN_WEIGHT = 1;
    static final int MAX_WEIGHT = 3;
    static final int MAX_EFFORT_HOURS = 20_000;
    static final int MAX_YEARS = 30;

    /** Ids are written by hand and kept forever, so they are plain: {@code agile-practices}. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private static final Set<String> ROOT_FIELDS = fields("catalogVersion", "skills", "profiles", "backgrounds", "items");
    private static final Set<String> SKILL_FIELDS = fields("id", "category", "name", "description",
            "levelDescriptions", "replaces");
    private static final Set<String> PROFILE_FIELDS = fields("id", "name", "description", "targets", "scope",
            "individualContributor");
    private static final Set<String> TARGET_FIELDS = fields("skill", "level", "weight", "mustHave", "justification");
    private static final Set<String> BACKGROUND_FIELDS = fields("id", "name", "description", "typicalLevels",
            "advice", "minYears", "maxYears");
    private static final Set<String> SKILL_LEVEL_FIELDS = fields("skill", "level");
    private static final Set<String> ITEM_FIELDS = fields("id", "title", "type", "provider", "raises",
            "effortHours", "cost", "prerequisiteItems", "prerequisiteSkills", "renewal", "recurring",
            "reason", "replaces", "gradedPractice", "scope", "sources", "checkedOn", "verified", "unverified",
            "renewalRule", "eligibility");
    private static final Set<String> RENEWAL_FIELDS = fields("periodMonths", "credits", "creditUnit", "feeUsd");
    private static final Set<String> ELIGIBILITY_FIELDS = fields("experienceMonths", "trainingHours", "experienceItems");
    static final int MAX_MONTHS = 600;
    static final int MAX_FEE_USD = 100_000;

    private final SourceMap source;
    private final List<CatalogProblem> problems = new ArrayList<>();
    /** Live skill and item ids, with the path of the element that declares each. */
    private final Map<String, String> skillIds = new LinkedHashMap<>();
    private final Map<String, String> itemIds = new LinkedHashMap<>();

    private CatalogReader(SourceMap source) {
        this.source = source;
    }

    /** Reads and checks a whole file; {@code fileName} is only used to name it in messages. */
    static Catalog read(String fileName, byte[] json) {
        SourceMap source;
        JsonNode root;
        try {
            source = SourceMap.scan(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CatalogException(fileName, List.of(new CatalogProblem("", line,
                    Messages.get("catalog.syntax", e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new CatalogException(fileName, List.of(new CatalogProblem("", 0,
                    Messages.get("catalog.unreadable", e.getMessage()))));
        }
        if (!source.duplicateKeys().isEmpty()) {
            // The tree below cannot be built from an object with a key twice: report them all now.
            throw new CatalogException(fileName, source.duplicateKeys());
        }
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new CatalogException(fileName, List.of(new CatalogProblem("", 0,
                    Messages.get("catalog.syntax", e.getMessage()))));
        }
        CatalogReader reader = new CatalogReader(source);
        Optional<Catalog> catalog = reader.catalog(root);
        if (catalog.isEmpty()) {
            List<CatalogProblem> sorted = new ArrayList<>(reader.problems);
            // File order (stable for problems on the same line), so a coach can work top to bottom.
            sorted.sort(Comparator.comparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE : p.line()));
            throw new CatalogException(fileName, sorted);
        }
        return catalog.get();
    }

    /** The catalog, or empty when any problem was found (then {@link #problems} lists them all). */
    private Optional<Catalog> catalog(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            problem("", "catalog.emptyFile");
            return Optional.empty();
        }
        if (!root.isObject()) {
            problem("", "catalog.wrongType", Messages.get("catalog.type.object"), kind(root));
            return Optional.empty();
        }
        unknownFields(root, "", ROOT_FIELDS);
        String version = text(root, "", "catalogVersion", true);
        List<JsonNode> skillNodes = array(root, "", "skills", true);
        List<JsonNode> profileNodes = array(root, "", "profiles", true);
        List<JsonNode> backgroundNodes = array(root, "", "backgrounds", true);
        List<JsonNode> itemNodes = array(root, "", "items", true);
        for (String section : List.of("skills", "profiles", "backgrounds", "items")) {
            if (root.path(section).isArray() && root.path(section).isEmpty()) {
                problem(section, "catalog.emptySection");
            }
        }

        // Ids first, so references can point forwards and backwards alike.
        collectIds(skillNodes, "skills", "catalog.kind.skill", skillIds);
        collectIds(itemNodes, "items", "catalog.kind.item", itemIds);
        collectIds(profileNodes, "profiles", "catalog.kind.profile", new HashMap<>());
        collectIds(backgroundNodes, "backgrounds", "catalog.kind.background", new HashMap<>());

        List<Skill> skills = each(skillNodes, "skills", this::skill);
        List<TargetProfile> profiles = each(profileNodes, "profiles", this::profile);
        List<Background> backgrounds = each(backgroundNodes, "backgrounds", this::background);
        List<LearningItem> items = each(itemNodes, "items", this::item);

        checkReplaces(skills.stream().map(s -> new Replacing(s.id(), s.replaces())).toList(),
                "skills", skillIds, "catalog.kind.skill");
        checkReplaces(items.stream().map(i -> new Replacing(i.id(), i.replaces())).toList(),
                "items", itemIds, "catalog.kind.item");
        checkPrerequisiteCycles(items);

        return problems.isEmpty() ? Optional.of(new Catalog(version, skills, profiles, backgrounds, items)) : Optional.empty();
    }

    // ---- the four kinds of entry ----

    private Skill skill(JsonNode node, String path) {
        unknownFields(node, path, SKILL_FIELDS);
        String id = text(node, path, "id", true);
        String categoryId = text(node, path, "category", true);
        Optional<Category> category = Category.fromId(categoryId);
        if (category.isEmpty() && !categoryId.isEmpty()) {
            problem(path + ".category", "catalog.unknownCategory", categoryId);
        }
        String name = text(node, path, "name", true);
        String description = text(node, path, "description", true);
        List<String> levels = new ArrayList<>();
        List<JsonNode> levelNodes = array(node, path, "levelDescriptions", true);
        if (node.path("levelDescriptions").isArray() && levelNodes.size() != LEVELS) {
            problem(path + ".levelDescriptions", "catalog.levelCount", levelNodes.size());
        }
        for (int i = 0; i < levelNodes.size(); i++) {
            levels.add(textValue(levelNodes.get(i), path + ".levelDescriptions[" + i + "]", true));
        }
        List<String> replaces = ids(node, path, "replaces");
        return new Skill(id, category.orElse(Category.TECHNICAL), name, description, levels, replaces);
    }

    private TargetProfile profile(JsonNode node, String path) {
        unknownFields(node, path, PROFILE_FIELDS);
        String id = text(node, path, "id", true);
        String name = text(node, path, "name", true);
        String description = text(node, path, "description", false);
        List<SkillTarget> targets = new ArrayList<>();
        Set<String> targeted = new LinkedHashSet<>();
        List<JsonNode> targetNodes = array(node, path, "targets", true);
        for (int i = 0; i < targetNodes.size(); i++) {
            String at = path + ".targets[" + i + "]";
            JsonNode t = targetNodes.get(i);
            if (!isObject(t, at)) {
                continue;
            }
            unknownFields(t, at, TARGET_FIELDS);
            String skill = skillRef(t, at, "skill");
            int level = integer(t, at, "level", Level.MIN, Level.MAX, "catalog.levelRange");
            int weight = integer(t, at, "weight", MIN_WEIGHT, MAX_WEIGHT, "catalog.weightRange");
            boolean mustHave = bool(t, at, "mustHave", true);
            String justification = text(t, at, "justification", false);
            if (!skill.isEmpty() && !targeted.add(skill)) {
                problem(at + ".skill", "catalog.duplicateSkillInList", skill);
            }
            targets.add(new SkillTarget(skill, level, weight, mustHave, justification));
        }
        if (node.path("targets").isArray()) {
            List<String> missing = skillIds.keySet().stream().filter(s -> !targeted.contains(s)).toList();
            if (!missing.isEmpty()) {
                problem(path + ".targets", "catalog.missingTargets", missing.size(), String.join(", ", missing));
            }
        }
        Scope scope = scope(node, path, Scope.ORGANISATION);
        boolean individualContributor = !node.has("individualContributor")
                || bool(node, path, "individualContributor", false);
        return new TargetProfile(id, name, description, targets, scope, individualContributor);
    }

    private Background background(JsonNode node, String path) {
        unknownFields(node, path, BACKGROUND_FIELDS);
        String id = text(node, path, "id", true);
        String name = text(node, path, "name", true);
        String description = text(node, path, "description", false);
        List<SkillLevel> typical = skillLevels(node, path, "typicalLevels", true, Level.MIN);
        String advice = text(node, path, "advice", true);
        int minYears = integer(node, path, "minYears", 0, MAX_YEARS, "catalog.range");
        int maxYears = integer(node, path, "maxYears", 0, MAX_YEARS, "catalog.range");
        if (minYears > maxYears && node.path("minYears").canConvertToInt() && node.path("maxYears").canConvertToInt()) {
            problem(path + ".minYears", "catalog.yearsOrder", minYears, maxYears);
        }
        return new Background(id, name, description, typical, advice, minYears, maxYears);
    }

    private LearningItem item(JsonNode node, String path) {
        unknownFields(node, path, ITEM_FIELDS);
        String id = text(node, path, "id", true);
        String title = text(node, path, "title", true);
        String typeId = text(node, path, "type", true);
        Optional<ItemType> type = ItemType.fromId(typeId);
        if (type.isEmpty() && !typeId.isEmpty()) {
            problem(path + ".type", "catalog.unknownType", typeId, idsOf(ItemType.values(), ItemType::id));
        }
        String provider = text(node, path, "provider", false);
        // Raising a skill "to level 0" would close no gap: an item raises to 1 or more.
        List<SkillLevel> raises = skillLevels(node, path, "raises", true, 1);
        if (node.path("raises").isArray() && raises.isEmpty()) {
            problem(path + ".raises", "catalog.emptyList");
        }
        int effort = integer(node, path, "effortHours", 1, MAX_EFFORT_HOURS, "catalog.range");
        String costId = text(node, path, "cost", true);
        Optional<CostBand> cost = CostBand.fromId(costId);
        if (cost.isEmpty() && !costId.isEmpty()) {
            problem(path + ".cost", "catalog.unknownCost", costId, idsOf(CostBand.values(), CostBand::id));
        }
        List<String> prerequisiteItems = ids(node, path, "prerequisiteItems");
        for (int i = 0; i < prerequisiteItems.size(); i++) {
            String ref = prerequisiteItems.get(i);
            if (!itemIds.containsKey(ref)) {
                problem(path + ".prerequisiteItems[" + i + "]", "catalog.unknownItem", ref);
            }
        }
        List<SkillLevel> prerequisiteSkills = skillLevels(node, path, "prerequisiteSkills", false, 1);
        String renewal = text(node, path, "renewal", false);
        boolean recurring = bool(node, path, "recurring", false);
        String reason = text(node, path, "reason", true);
        List<String> replaces = ids(node, path, "replaces");
        String gradedPractice = text(node, path, "gradedPractice", false);
        Scope scope = scope(node, path, Scope.TEAM);
        List<String> sources = texts(node, path, "sources");
        String checkedOn = date(node, path, "checkedOn");
        boolean verified = !node.has("verified") || bool(node, path, "verified", false);
        List<String> unverified = texts(node, path, "unverified");
        Renewal renewalRule = renewalRule(node, path);
        Eligibility eligibility = eligibility(node, path, prerequisiteItems);
        return new LearningItem(id, title, type.orElse(ItemType.COURSE), provider, raises, effort,
                cost.orElse(CostBand.FREE), prerequisiteItems, prerequisiteSkills, renewal, recurring, reason, replaces,
                gradedPractice, scope, sources, checkedOn, verified, unverified, renewalRule, eligibility);
    }

    // ---- an item's sourced facts (see the README: "Facts and their sources") ----

    private List<String> texts(JsonNode node, String path, String field) {
        List<String> result = new ArrayList<>();
        List<JsonNode> values = array(node, path, field, false);
        for (int i = 0; i < values.size(); i++) {
            String text = textValue(values.get(i), join(path, field) + "[" + i + "]", true);
            if (!text.isEmpty()) {
                result.add(text);
            }
        }
        return result;
    }

    private String date(JsonNode node, String path, String field) {
        String text = text(node, path, field, false);
        if (!text.isEmpty()) {
            try {
                java.time.LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                problem(join(path, field), "catalog.badDate", text);
            }
        }
        return text;
    }

    private Renewal renewalRule(JsonNode node, String path) {
        JsonNode rule = node.get("renewalRule");
        String at = join(path, "renewalRule");
        if (rule == null || !isObject(rule, at)) {
            return Renewal.UNKNOWN;
        }
        unknownFields(rule, at, RENEWAL_FIELDS);
        int period = integer(rule, at, "periodMonths", 0, MAX_MONTHS, "catalog.range");
        int credits = rule.has("credits") ? integer(rule, at, "credits", 0, MAX_FEE_USD, "catalog.range") : 0;
        String unit = text(rule, at, "creditUnit", false);
        int fee = rule.has("feeUsd") ? integer(rule, at, "feeUsd", 0, MAX_FEE_USD, "catalog.range") : 0;
        return new Renewal(period, credits, unit, fee);
    }

    private Eligibility eligibility(JsonNode node, String path, List<String> prerequisiteItems) {
        JsonNode rule = node.get("eligibility");
        String at = join(path, "eligibility");
        if (rule == null || !isObject(rule, at)) {
            return Eligibility.NONE;
        }
        unknownFields(rule, at, ELIGIBILITY_FIELDS);
        int months = rule.has("experienceMonths") ? integer(rule, at, "experienceMonths", 0, MAX_MONTHS, "catalog.range") : 0;
        int hours = rule.has("trainingHours") ? integer(rule, at, "trainingHours", 0, MAX_EFFORT_HOURS, "catalog.range") : 0;
        List<String> experience = ids(rule, at, "experienceItems");
        for (int i = 0; i < experience.size(); i++) {
            String ref = experience.get(i);
            String refAt = join(at, "experienceItems") + "[" + i + "]";
            if (!itemIds.containsKey(ref)) {
                problem(refAt, "catalog.unknownItem", ref);
            } else if (!prerequisiteItems.contains(ref)) {
                // Listed as a prerequisite too, so that no plan can put the certification first.
                problem(refAt, "catalog.eligibilityNotPrerequisite", ref);
            }
        }
        return new Eligibility(months, hours, experience);
    }

    /** An optional scope ({@code team}, {@code product-line}, {@code organisation}). */
    private Scope scope(JsonNode node, String path, Scope absent) {
        String id = text(node, path, "scope", false);
        if (id.isEmpty()) {
            return absent;
        }
        Optional<Scope> scope = Scope.fromId(id);
        if (scope.isEmpty()) {
            problem(path + ".scope", "catalog.unknownScope", id, idsOf(Scope.values(), Scope::id));
        }
        return scope.orElse(absent);
    }

    // ---- checks across entries ----

    private void collectIds(List<JsonNode> nodes, String section, String kindKey, Map<String, String> seen) {
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode id = nodes.get(i).path("id");
            String path = section + "[" + i + "].id";
            if (!id.isTextual()) {
                continue; // reported when the entry itself is read
            }
            String previous = seen.putIfAbsent(id.asText(), path);
            if (previous != null) {
                problem(path, "catalog.duplicateId", Messages.get(kindKey), id.asText(), previous, lineOf(previous));
            } else if (!ID.matcher(id.asText()).matches()) {
                problem(path, "catalog.badId", id.asText());
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

    // ---- field readers: each reports what is wrong and returns a harmless value ----

    private interface EntryReader<T> {
        T read(JsonNode node, String path);
    }

    private <T> List<T> each(List<JsonNode> nodes, String section, EntryReader<T> reader) {
        List<T> result = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = section + "[" + i + "]";
            if (isObject(nodes.get(i), path)) {
                result.add(reader.read(nodes.get(i), path));
            }
        }
        return result;
    }

    private void unknownFields(JsonNode node, String path, Set<String> allowed) {
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                problem(join(path, name), "catalog.unknownField", name, String.join(", ", allowed));
            }
        });
    }

    private boolean isObject(JsonNode node, String path) {
        if (node.isObject()) {
            return true;
        }
        problem(path, "catalog.wrongType", Messages.get("catalog.type.object"), kind(node));
        return false;
    }

    private String text(JsonNode node, String path, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                problem(join(path, field), "catalog.missing", field);
            }
            return "";
        }
        return textValue(value, join(path, field), required);
    }

    /** A required text must say something; an optional one may be "" (e.g. no provider). */
    private String textValue(JsonNode value, String path, boolean required) {
        if (!value.isTextual()) {
            problem(path, "catalog.wrongType", Messages.get("catalog.type.text"), kind(value));
            return "";
        }
        if (required && value.asText().isBlank()) {
            problem(path, "catalog.blank");
        }
        return value.asText().strip();
    }

    private int integer(JsonNode node, String path, String field, int min, int max, String rangeKey) {
        JsonNode value = node.get(field);
        String at = join(path, field);
        if (value == null) {
            problem(at, "catalog.missing", field);
            return min;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(at, "catalog.wrongType", Messages.get("catalog.type.integer"), kind(value));
            return min;
        }
        int n = value.intValue();
        if (n < min || n > max) {
            problem(at, rangeKey, n, min, max);
            return min;
        }
        return n;
    }

    private boolean bool(JsonNode node, String path, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                problem(join(path, field), "catalog.missing", field);
            }
            return false;
        }
        if (!value.isBoolean()) {
            problem(join(path, field), "catalog.wrongType", Messages.get("catalog.type.boolean"), kind(value));
            return false;
        }
        return value.booleanValue();
    }

    private List<JsonNode> array(JsonNode node, String path, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                problem(join(path, field), "catalog.missing", field);
            }
            return List.of();
        }
        if (!value.isArray()) {
            problem(join(path, field), "catalog.wrongType", Messages.get("catalog.type.array"), kind(value));
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /** An optional list of ids (replaces, prerequisiteItems). */
    private List<String> ids(JsonNode node, String path, String field) {
        List<String> result = new ArrayList<>();
        List<JsonNode> values = array(node, path, field, false);
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String at = join(path, field) + "[" + i + "]";
            String id = textValue(values.get(i), at, true);
            if (id.isEmpty()) {
                continue;
            }
            if (!seen.add(id)) {
                problem(at, "catalog.duplicateInList", id);
            }
            result.add(id);
        }
        return result;
    }

    private List<SkillLevel> skillLevels(JsonNode node, String path, String field, boolean required, int minLevel) {
        List<SkillLevel> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<JsonNode> values = array(node, path, field, required);
        for (int i = 0; i < values.size(); i++) {
            String at = join(path, field) + "[" + i + "]";
            JsonNode entry = values.get(i);
            if (!isObject(entry, at)) {
                continue;
            }
            unknownFields(entry, at, SKILL_LEVEL_FIELDS);
            String skill = skillRef(entry, at, "skill");
            int level = integer(entry, at, "level", minLevel, Level.MAX,
                    minLevel == Level.MIN ? "catalog.levelRange" : "catalog.raiseRange");
            if (!skill.isEmpty() && !seen.add(skill)) {
                problem(at + ".skill", "catalog.duplicateSkillInList", skill);
            }
            result.add(new SkillLevel(skill, level));
        }
        return result;
    }

    private String skillRef(JsonNode node, String path, String field) {
        String skill = text(node, path, field, true);
        if (!skill.isEmpty() && !skillIds.containsKey(skill)) {
            problem(join(path, field), "catalog.unknownSkill", skill);
        }
        return skill;
    }

    // ---- small helpers ----

    private void problem(String path, String key, Object... args) {
        problems.add(new CatalogProblem(path, source.lineOf(path), Messages.get(key, args)));
    }

    private int lineOf(String path) {
        return source.lineOf(path);
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Messages.get("catalog.type.null");
        }
        if (node.isTextual()) {
            return Messages.get("catalog.found.text", node.asText());
        }
        if (node.isNumber()) {
            return Messages.get("catalog.found.number", node.asText());
        }
        if (node.isBoolean()) {
            return Messages.get("catalog.found.boolean", node.asText());
        }
        return Messages.get(node.isArray() ? "catalog.type.array" : "catalog.type.object");
    }

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }

    private static <E> String idsOf(E[] values, Function<E, String> id) {
        return String.join(", ", Arrays.stream(values).map(id).toList());
    }
}
