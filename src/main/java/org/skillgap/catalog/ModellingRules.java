package org.skillgap.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.skillgap.json.JsonDocument;
import org.skillgap.json.JsonFileException;
import org.skillgap.json.JsonFiles;
import org.skillgap.json.JsonProblem;

import org.skillgap.model.Catalog;
import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.model.SkillLevel;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

/**
 * The modelling rules of resources/catalog/README.md, run over a catalog that is already
 * structurally valid: what an item may credit, what a profile may ask. Errors break a hard rule
 * (the advice would mislead); warnings point at something a coach should look at again. Each
 * finding names the rule by id, the place in the file and its line.
 */
public final class ModellingRules {

    /** The highest level anything but an experience may credit. */
    public static final int HIGHEST_LEVEL_WITHOUT_EXPERIENCE = 3;
    /** An individual-contributor profile holds at most this many Expert targets. */
    public static final int MAX_EXPERT_TARGETS = 2;
    /** A profile with more must-haves than this blocks readiness on nearly everything. */
    public static final int MAX_MUST_HAVES = 12;

    public enum Severity {
        ERROR, WARNING;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The rules by id, as the README lists them. */
    public enum Rule {
        /** A course, certification, degree, learning, networking or portfolio item credits at most level 3. */
        STUDY_CAP("study-cap", Severity.ERROR),
        /** Such an item credits level 3 only when it says what graded practice it includes. */
        GRADED_PRACTICE("graded-practice", Severity.ERROR),
        /** An experience credits no level beyond the scope of the work. */
        EXPERIENCE_SCOPE("experience-scope", Severity.ERROR),
        /** An individual-contributor profile holds at most a couple of Expert targets. */
        EXPERT_TARGETS("expert-targets", Severity.ERROR),
        /** At most 12 must-haves per profile. */
        MUST_HAVES("must-haves", Severity.ERROR),
        /** A target above the scope of the profile says why. */
        TARGET_SCOPE("target-scope", Severity.WARNING),
        /** A must-have of a more junior profile keeps at least its weight in the later ones. */
        MUST_HAVE_KEPT("must-have-kept", Severity.WARNING),
        /** Some item can raise the skill to the target. */
        TARGET_REACHABLE("target-reachable", Severity.WARNING),
        /** A certification gives its provider, sources, the date they were checked and its renewal rule. */
        CERTIFICATION_FACTS("certification-facts", Severity.WARNING),
        /** An item whose facts are not all confirmed says which ones. */
        UNVERIFIED_NAMED("unverified-named", Severity.WARNING);

        private final String id;
        private final Severity severity;

        Rule(String id, Severity severity) {
            this.id = id;
            this.severity = severity;
        }

        public String id() {
            return id;
        }

        public Severity severity() {
            return severity;
        }
    }

    /** One rule broken at one place. */
    public record Finding(Rule rule, String path, int line, String message) {

        public Severity severity() {
            return rule.severity();
        }

        /** {@code file:line: path: warning [rule]: message}, like the structural problems. */
        public String describe(String file) {
            return JsonProblem.of(file, line, path, "catalog.rule.finding", rule.severity().id(), rule.id(), message)
                    .describe();
        }
    }

    private final Catalog catalog;
    private final ToIntFunction<String> lineOf;
    private final List<Finding> findings = new ArrayList<>();

    private ModellingRules(Catalog catalog, ToIntFunction<String> lineOf) {
        this.catalog = catalog;
        this.lineOf = lineOf;
    }

    /** Loads the file (a structural problem throws {@link JsonFileException}) and checks its modelling. */
    public static List<Finding> check(Path file) {
        JsonDocument document = JsonFiles.read(file, file.toString(), Catalogs.KIND);
        return check(CatalogReader.read(document), document::lineOf);
    }

    /** The findings for the catalog shipped with the app. */
    public static List<Finding> checkBundled() {
        try (InputStream in = Catalogs.class.getResourceAsStream(Catalogs.BUNDLED_RESOURCE)) {
            return check(Catalogs.bundled(), in.readNBytes(JsonFiles.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings for a catalog read from {@code json}, with the lines of that text. */
    static List<Finding> check(Catalog catalog, byte[] json) {
        JsonDocument document = JsonFiles.parse(Catalogs.BUNDLED_RESOURCE.substring(1), json, Catalogs.KIND);
        return check(catalog, document::lineOf);
    }

    /** The findings for a catalog; {@code lineOf} gives the line of a path such as {@code items[3].raises[0]}. */
    public static List<Finding> check(Catalog catalog, ToIntFunction<String> lineOf) {
        ModellingRules rules = new ModellingRules(catalog, lineOf);
        rules.items();
        rules.facts();
        rules.profiles();
        List<Finding> sorted = new ArrayList<>(rules.findings);
        sorted.sort(Comparator.comparing(Finding::severity)
                .thenComparingInt(f -> f.line() == 0 ? Integer.MAX_VALUE : f.line()));
        return List.copyOf(sorted);
    }

    private void items() {
        for (int i = 0; i < catalog.items().size(); i++) {
            LearningItem item = catalog.items().get(i);
            for (int k = 0; k < item.raises().size(); k++) {
                SkillLevel raise = item.raises().get(k);
                String at = "items[" + i + "].raises[" + k + "].level";
                if (item.type() == ItemType.EXPERIENCE) {
                    if (raise.level() > item.scope().highestLevel()) {
                        find(Rule.EXPERIENCE_SCOPE, at, item.id(), raise.skillId(), raise.level(),
                                item.scope().id(), item.scope().highestLevel());
                    }
                } else if (raise.level() > HIGHEST_LEVEL_WITHOUT_EXPERIENCE) {
                    find(Rule.STUDY_CAP, at, item.id(), item.type().id(), raise.skillId(), raise.level(),
                            HIGHEST_LEVEL_WITHOUT_EXPERIENCE);
                } else if (raise.level() == HIGHEST_LEVEL_WITHOUT_EXPERIENCE && item.gradedPractice().isBlank()) {
                    find(Rule.GRADED_PRACTICE, at, item.id(), raise.skillId(), raise.level());
                }
            }
        }
    }

    private void facts() {
        for (int i = 0; i < catalog.items().size(); i++) {
            LearningItem item = catalog.items().get(i);
            String at = "items[" + i + "]";
            if (item.type() == ItemType.CERTIFICATION) {
                List<String> missing = new ArrayList<>();
                if (item.provider().isBlank()) {
                    missing.add("provider");
                }
                if (item.sources().isEmpty()) {
                    missing.add("sources");
                }
                if (item.checkedOn().isBlank()) {
                    missing.add("checkedOn");
                }
                if (!item.renewalRule().isKnown()) {
                    missing.add("renewalRule");
                }
                if (!missing.isEmpty()) {
                    find(Rule.CERTIFICATION_FACTS, at, item.id(), String.join(", ", missing));
                }
            }
            if (!item.verified() && item.unverified().isEmpty()) {
                find(Rule.UNVERIFIED_NAMED, at, item.id(), Messages.get("catalog.rule.unverified-named.missing"));
            } else if (item.verified() && !item.unverified().isEmpty()) {
                find(Rule.UNVERIFIED_NAMED, at, item.id(), Messages.get("catalog.rule.unverified-named.extra"));
            }
        }
    }

    private void profiles() {
        List<TargetProfile> profiles = catalog.profiles();
        for (int p = 0; p < profiles.size(); p++) {
            TargetProfile profile = profiles.get(p);
            String at = "profiles[" + p + "]";
            List<SkillTarget> targets = profile.targets();
            long mustHaves = targets.stream().filter(SkillTarget::mustHave).count();
            if (mustHaves > MAX_MUST_HAVES) {
                find(Rule.MUST_HAVES, at + ".targets", profile.id(), mustHaves, MAX_MUST_HAVES);
            }
            long experts = targets.stream().filter(t -> t.level() == Level.MAX).count();
            if (profile.individualContributor() && experts > MAX_EXPERT_TARGETS) {
                find(Rule.EXPERT_TARGETS, at + ".targets", profile.id(), experts, MAX_EXPERT_TARGETS);
            }
            for (int t = 0; t < targets.size(); t++) {
                SkillTarget target = targets.get(t);
                String targetAt = at + ".targets[" + t + "]";
                if (target.level() > profile.scope().highestLevel() && target.justification().isBlank()) {
                    find(Rule.TARGET_SCOPE, targetAt + ".level", profile.id(), target.skillId(), target.level(),
                            profile.scope().id(), profile.scope().highestLevel());
                }
                int best = highestRaise(target.skillId());
                if (best < target.level()) {
                    find(Rule.TARGET_REACHABLE, targetAt + ".level", profile.id(), target.skillId(), target.level(), best);
                }
                for (int q = 0; q < p; q++) {
                    TargetProfile junior = profiles.get(q);
                    junior.targetFor(target.skillId()).filter(SkillTarget::mustHave)
                            .filter(j -> j.weight() > target.weight())
                            .ifPresent(j -> find(Rule.MUST_HAVE_KEPT, targetAt + ".weight", target.skillId(),
                                    junior.id(), j.weight(), profile.id(), target.weight()));
                }
            }
        }
    }

    private int highestRaise(String skillId) {
        return catalog.items().stream().flatMap(i -> i.raises().stream())
                .filter(r -> r.skillId().equals(skillId)).mapToInt(SkillLevel::level).max().orElse(0);
    }

    private void find(Rule rule, String path, Object... args) {
        findings.add(new Finding(rule, path, lineOf.applyAsInt(path), Messages.get("catalog.rule." + rule.id(), args)));
    }
}
