package org.skillgap.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import org.skillgap.json.JsonDocument;
import org.skillgap.json.JsonFileException;
import org.skillgap.json.JsonPath;
import org.skillgap.json.JsonProblem;
import org.skillgap.json.JsonSchemas;
import org.skillgap.model.Background;
import org.skillgap.model.Catalog;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Skill;
import org.skillgap.model.TargetProfile;

/**
 * A catalog's texts in another language, read from the file beside it ({@code it-product-manager.de.json}
 * beside {@code it-product-manager.json}). Only words change: ids, levels, hours and links stay the
 * catalog's, so a plan is the same in every language. Entries are found by id, and each text the
 * file leaves out is shown as the catalog has it, so a half-translated catalog still works.
 *
 * <p>The file is checked like a catalog: its shape by resources/schema/catalog-translation.schema.json,
 * and here that every id it names is one of the catalog's (a misspelt id would otherwise be
 * silently ignored) and that it is in the language its name says.
 */
public final class CatalogTranslation {

    public static final String SCHEMA = "catalog-translation.schema.json";

    private final JsonNode root;

    private CatalogTranslation(JsonNode root) {
        this.root = root;
    }

    /**
     * Checks a parsed translation of {@code catalog} into {@code language}.
     *
     * @throws JsonFileException listing every problem: a wrong shape, an id the catalog lacks, another language
     */
    public static CatalogTranslation read(JsonDocument document, Catalog catalog, Locale language) {
        return read(document, catalog, language, JsonSchemas.check(document, SCHEMA));
    }

    /**
     * The translation shipped with the app: the build checks its shape (CatalogTranslationTest reads
     * it through {@link #read}), so a start in its language does not load the schema validator.
     */
    static CatalogTranslation readShipped(JsonDocument document, Catalog catalog, Locale language) {
        return read(document, catalog, language, List.of());
    }

    private static CatalogTranslation read(JsonDocument document, Catalog catalog, Locale language,
                                           List<JsonProblem> shape) {
        List<JsonProblem> problems = new ArrayList<>(shape);
        if (problems.isEmpty()) {
            JsonNode root = document.root();
            String stated = root.get("language").stringValue();
            if (!stated.equals(language.getLanguage())) {
                problems.add(document.problem("language", "catalog.translation.otherLanguage", stated, language.getLanguage()));
            }
            unknownIds(document, "skills", catalog.skills().stream().map(Skill::id).toList(), "catalog.unknownSkill", problems);
            unknownIds(document, "profiles", catalog.profiles().stream().map(TargetProfile::id).toList(),
                    "catalog.translation.unknownProfile", problems);
            unknownIds(document, "backgrounds", catalog.backgrounds().stream().map(Background::id).toList(),
                    "catalog.translation.unknownBackground", problems);
            unknownIds(document, "items", catalog.items().stream().map(LearningItem::id).toList(), "catalog.unknownItem", problems);
        }
        if (!problems.isEmpty()) {
            throw new JsonFileException(Catalogs.TRANSLATION_KIND, document.file(), problems);
        }
        return new CatalogTranslation(document.root());
    }

    private static void unknownIds(JsonDocument document, String section, List<String> ids, String key,
                                   List<JsonProblem> problems) {
        document.root().path(section).propertyNames().forEach(id -> {
            if (!ids.contains(id)) {
                problems.add(document.problem(JsonPath.child(section, id), key, id));
            }
        });
    }

    /** The catalog with every text this file has put in its place. */
    public Catalog applyTo(Catalog catalog) {
        return new Catalog(catalog.catalogVersion(),
                catalog.skills().stream().map(this::skill).toList(),
                catalog.profiles().stream().map(this::profile).toList(),
                catalog.backgrounds().stream().map(this::background).toList(),
                catalog.items().stream().map(this::item).toList());
    }

    /** The texts of {@code catalog} this file leaves in the catalog's language, as "skills.agile-practices.name". */
    public Set<String> untranslated(Catalog catalog) {
        Set<String> missing = new TreeSet<>();
        for (Skill s : catalog.skills()) {
            need(missing, "skills", s.id(), "name", s.name());
            need(missing, "skills", s.id(), "description", s.description());
            if (entry("skills", s.id()).path("levelDescriptions").isMissingNode()) {
                missing.add("skills." + s.id() + ".levelDescriptions");
            }
        }
        for (TargetProfile p : catalog.profiles()) {
            need(missing, "profiles", p.id(), "name", p.name());
            need(missing, "profiles", p.id(), "description", p.description());
        }
        for (Background b : catalog.backgrounds()) {
            need(missing, "backgrounds", b.id(), "name", b.name());
            need(missing, "backgrounds", b.id(), "description", b.description());
            need(missing, "backgrounds", b.id(), "advice", b.advice());
        }
        for (LearningItem i : catalog.items()) {
            need(missing, "items", i.id(), "title", i.title());
            need(missing, "items", i.id(), "reason", i.reason());
            need(missing, "items", i.id(), "renewal", i.renewal());
            need(missing, "items", i.id(), "gradedPractice", i.gradedPractice());
        }
        return missing;
    }

    private void need(Set<String> missing, String section, String id, String field, String english) {
        if (!english.isBlank() && !entry(section, id).path(field).isString()) {
            missing.add(section + "." + id + "." + field);
        }
    }

    private Skill skill(Skill s) {
        JsonNode t = entry("skills", s.id());
        List<String> levels = s.levelDescriptions();
        if (t.path("levelDescriptions").isArray()) {
            levels = new ArrayList<>();
            for (JsonNode level : t.get("levelDescriptions")) {
                levels.add(level.stringValue().strip());
            }
        }
        return new Skill(s.id(), s.category(), text(t, "name", s.name()), text(t, "description", s.description()),
                levels, s.replaces(), s.phrases());
    }

    private TargetProfile profile(TargetProfile p) {
        JsonNode t = entry("profiles", p.id());
        return new TargetProfile(p.id(), text(t, "name", p.name()), text(t, "description", p.description()),
                p.targets(), p.scope(), p.individualContributor());
    }

    private Background background(Background b) {
        JsonNode t = entry("backgrounds", b.id());
        return new Background(b.id(), text(t, "name", b.name()), text(t, "description", b.description()),
                b.typicalLevels(), text(t, "advice", b.advice()), b.minYears(), b.maxYears());
    }

    private LearningItem item(LearningItem i) {
        JsonNode t = entry("items", i.id());
        return new LearningItem(i.id(), text(t, "title", i.title()), i.type(), i.provider(), i.raises(), i.effortHours(),
                i.cost(), i.prerequisiteItems(), i.prerequisiteSkills(), text(t, "renewal", i.renewal()), i.recurring(),
                text(t, "reason", i.reason()), i.replaces(), text(t, "gradedPractice", i.gradedPractice()), i.scope(),
                i.sources(), i.checkedOn(), i.verified(), i.unverified(), i.renewalRule(), i.eligibility());
    }

    private JsonNode entry(String section, String id) {
        return root.path(section).path(id);
    }

    private static String text(JsonNode entry, String field, String english) {
        return entry.path(field).isString() ? entry.get(field).stringValue().strip() : english;
    }

    /** The file name of a catalog's translation: {@code it-product-manager.json} gives {@code it-product-manager.de.json}. */
    public static String fileName(String catalogFileName, Locale language) {
        int dot = catalogFileName.toLowerCase(Locale.ROOT).endsWith(".json") ? catalogFileName.length() - 5 : catalogFileName.length();
        return catalogFileName.substring(0, dot) + "." + language.getLanguage() + ".json";
    }
}
