package org.skillgap.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.skillgap.catalog.ModellingRules.Finding;
import org.skillgap.catalog.ModellingRules.Rule;
import org.skillgap.catalog.ModellingRules.Severity;
import org.skillgap.model.Background;
import org.skillgap.model.Catalog;
import org.skillgap.model.Category;
import org.skillgap.model.CostBand;
import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Scope;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillLevel;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

class ModellingRulesTest {

    private static final List<String> LEVELS = List.of("Not yet", "Aware", "Beginner", "Competent", "Advanced", "Expert");

    @Test
    void aCoursesLevelFourAndAnUngradedLevelThreeAreErrorsNamingTheirLine() throws IOException {
        byte[] json;
        try (InputStream in = getClass().getResourceAsStream("/catalog/small-valid.json")) {
            json = in.readAllBytes();
        }
        Catalog catalog = Catalogs.parse("small-valid.json", json);

        List<Finding> findings = ModellingRules.check(catalog, json).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();

        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.GRADED_PRACTICE, Rule.STUDY_CAP);
        Finding cap = findings.get(1);
        assertThat(cap.severity()).isEqualTo(Severity.ERROR);
        assertThat(cap.path()).isEqualTo("items[1].raises[0].level");
        assertThat(cap.line()).isEqualTo(lineContaining(json, "\"level\": 4}]"));
        assertThat(cap.describe("small.json")).matches("small\\.json:\\d+: items\\[1]\\.raises\\[0]\\.level: "
                + "error \\[study-cap]: the certification \"a-csm\" raises \"agile-practices\" to level 4.*");
    }

    @Test
    void theReaderTakesScopesJustificationsAndGradedPracticeAndRefusesAnUnknownScope() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/catalog/small-valid.json")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String withFields = text
                .replace("\"name\": \"Associate\",", "\"name\": \"Associate\", \"scope\": \"team\", \"individualContributor\": false,")
                .replace("\"level\": 3, \"weight\": 3, \"mustHave\": true}",
                        "\"level\": 3, \"weight\": 3, \"mustHave\": true, \"justification\": \"Runs the team's Scrum\"}")
                .replace("\"reason\": \"Shows dedication to the role.\",",
                        "\"reason\": \"Shows dedication to the role.\", \"gradedPractice\": \"A graded exam\", \"scope\": \"product-line\",");
        Catalog catalog = Catalogs.parse("coach.json", withFields.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        TargetProfile profile = catalog.profiles().get(0);
        assertThat(profile.scope()).isEqualTo(Scope.TEAM);
        assertThat(profile.individualContributor()).isFalse();
        assertThat(profile.targets().get(0).justification()).isEqualTo("Runs the team's Scrum");
        assertThat(catalog.item("csm").orElseThrow().gradedPractice()).isEqualTo("A graded exam");
        assertThat(catalog.item("csm").orElseThrow().scope()).isEqualTo(Scope.PRODUCT_LINE);
        assertThat(catalog.item("a-csm").orElseThrow().scope()).isEqualTo(Scope.TEAM);
        assertThat(Catalogs.parse("plain.json", text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .profiles().get(0)).extracting(TargetProfile::scope, TargetProfile::individualContributor)
                .containsExactly(Scope.ORGANISATION, true);

        byte[] badScope = withFields.replace("\"scope\": \"team\"", "\"scope\": \"galaxy\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Catalogs.parse("coach.json", badScope))
                .isInstanceOf(org.skillgap.json.JsonFileException.class)
                .hasMessageContaining("profiles[0].scope: unknown scope \"galaxy\" (use one of: team, product-line, organisation)");
    }

    @Test
    void aCertificationCarriesItsSourcedFactsAndNamesWhatIsUnverified() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/catalog/small-valid.json")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String facts = text.replace("\"replaces\": [\"scrum-master\"]", "\"replaces\": [\"scrum-master\"], "
                + "\"sources\": [\"https://certification.scrumalliance.org/renewal-requirements\"], \"checkedOn\": \"2026-12-03\", "
                + "\"verified\": false, \"unverified\": [\"effortHours\"], "
                + "\"renewalRule\": {\"periodMonths\": 24, \"credits\": 20, \"creditUnit\": \"SEU\", \"feeUsd\": 100}")
                .replace("\"prerequisiteItems\": [\"csm\"],", "\"prerequisiteItems\": [\"csm\"], "
                        + "\"eligibility\": {\"experienceMonths\": 12, \"trainingHours\": 16, \"experienceItems\": [\"csm\"]},");
        byte[] json = facts.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Catalog catalog = Catalogs.parse("coach.json", json);

        LearningItem csm = catalog.item("csm").orElseThrow();
        assertThat(csm.sources()).containsExactly("https://certification.scrumalliance.org/renewal-requirements");
        assertThat(csm.checkedOn()).isEqualTo("2026-12-03");
        assertThat(csm.verified()).isFalse();
        assertThat(csm.unverified()).containsExactly("effortHours");
        assertThat(csm.renewalRule()).isEqualTo(new org.skillgap.model.Renewal(24, 20, "SEU", 100));
        LearningItem advanced = catalog.item("a-csm").orElseThrow();
        assertThat(advanced.eligibility()).isEqualTo(new org.skillgap.model.Eligibility(12, 16, List.of("csm")));
        assertThat(advanced.eligibility().earliestStart(java.time.LocalDate.of(2027, 1, 31)))
                .isEqualTo(java.time.LocalDate.of(2028, 1, 31));
        assertThat(advanced.renewalRule().isKnown()).isFalse();

        List<Finding> warnings = ModellingRules.check(catalog, json).stream()
                .filter(f -> f.severity() == Severity.WARNING).toList();
        assertThat(warnings).extracting(Finding::rule).containsExactly(Rule.CERTIFICATION_FACTS);
        assertThat(warnings.get(0).message()).contains("\"a-csm\"").contains("provider, sources, checkedOn, renewalRule");

        String unnamed = facts.replace("\"unverified\": [\"effortHours\"], ", "");
        assertThat(ModellingRules.check(Catalogs.parse("coach.json", unnamed.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                path -> 0)).extracting(Finding::rule).contains(Rule.UNVERIFIED_NAMED);

        String notPrerequisite = facts.replace("\"experienceItems\": [\"csm\"]", "\"experienceItems\": [\"meetups\"]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Catalogs.parse("coach.json",
                        notPrerequisite.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("items[1].eligibility.experienceItems[0]").hasMessageContaining("prerequisiteItems");
        String badDate = facts.replace("2026-12-03", "3 Dec 2026");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Catalogs.parse("coach.json",
                        badDate.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("items[0].checkedOn: the date \"3 Dec 2026\" is not valid");
    }

    @Test
    void gradedPracticeAllowsLevelThreeButNothingAllowsACourseLevelFour() {
        Catalog catalog = catalog(List.of(
                item("graded", ItemType.COURSE, "A graded capstone project", Scope.TEAM, 3),
                item("workshop", ItemType.COURSE, "", Scope.TEAM, 2),
                item("degree", ItemType.DEGREE, "Graded coursework and a thesis", Scope.ORGANISATION, 4)),
                List.of(profile("pm", Scope.TEAM, target(2, false, ""))));

        assertThat(rules(catalog)).containsExactly(Rule.STUDY_CAP);
    }

    @Test
    void anExperienceCreditsNoLevelBeyondItsScope() {
        Catalog catalog = catalog(List.of(
                item("team-role", ItemType.EXPERIENCE, "", Scope.TEAM, 3),
                item("team-role-claiming-more", ItemType.EXPERIENCE, "", Scope.TEAM, 4),
                item("product-line", ItemType.EXPERIENCE, "", Scope.PRODUCT_LINE, 4),
                item("product-line-claiming-expert", ItemType.EXPERIENCE, "", Scope.PRODUCT_LINE, 5),
                item("organisation", ItemType.EXPERIENCE, "", Scope.ORGANISATION, 5)),
                List.of(profile("pm", Scope.TEAM, target(2, false, ""))));

        List<Finding> findings = ModellingRules.check(catalog, path -> 0);

        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.EXPERIENCE_SCOPE, Rule.EXPERIENCE_SCOPE);
        assertThat(findings).extracting(Finding::path)
                .containsExactly("items[1].raises[0].level", "items[3].raises[0].level");
    }

    @Test
    void anIndividualContributorHoldsAtMostTwoExpertTargets() {
        List<Skill> skills = skills(3);
        TargetProfile three = new TargetProfile("lead", "Lead", "", List.of(
                new SkillTarget("s0", 5, 3, false, "Owns the platform"),
                new SkillTarget("s1", 5, 3, false, "Owns the platform"),
                new SkillTarget("s2", 5, 3, false, "Owns the platform")), Scope.ORGANISATION, true);
        TargetProfile manager = new TargetProfile("head", "Head of product", "", three.targets(), Scope.ORGANISATION, false);
        Catalog catalog = new Catalog("t", skills, List.of(three, manager), backgrounds(),
                List.of(new LearningItem("exp", "Exp", ItemType.EXPERIENCE, "",
                        skills.stream().map(s -> new SkillLevel(s.id(), 5)).toList(), 100, CostBand.FREE,
                        List.of(), List.of(), "", false, "Because.", List.of(), "", Scope.ORGANISATION)));

        List<Finding> findings = ModellingRules.check(catalog, path -> 0);

        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.EXPERT_TARGETS);
        assertThat(findings.get(0).message()).contains("\"lead\"").contains("3 Expert");
    }

    @Test
    void aTargetAboveTheProfilesScopeNeedsAJustification() {
        List<LearningItem> items = List.of(item("exp", ItemType.EXPERIENCE, "", Scope.ORGANISATION, 5));
        assertThat(rules(catalog(items, List.of(profile("pm", Scope.TEAM, target(4, false, "")))))).containsExactly(Rule.TARGET_SCOPE);
        assertThat(rules(catalog(items, List.of(profile("pm", Scope.TEAM, target(4, false, "Runs the shared platform")))))).isEmpty();
        assertThat(rules(catalog(items, List.of(profile("pm", Scope.PRODUCT_LINE, target(4, false, "")))))).isEmpty();
    }

    @Test
    void atMostTwelveMustHaves() {
        List<Skill> skills = skills(13);
        List<SkillTarget> targets = new ArrayList<>();
        skills.forEach(s -> targets.add(new SkillTarget(s.id(), 2, 2, true)));
        List<LearningItem> items = List.of(new LearningItem("course", "Course", ItemType.COURSE, "",
                skills.stream().map(s -> new SkillLevel(s.id(), 2)).toList(), 10, CostBand.FREE,
                List.of(), List.of(), "", false, "Because.", List.of()));
        Catalog thirteen = new Catalog("t", skills, List.of(new TargetProfile("pm", "PM", "", targets, Scope.TEAM, true)),
                backgrounds(), items);
        Catalog twelve = new Catalog("t", skills, List.of(new TargetProfile("pm", "PM", "",
                targets.stream().map(t -> t.skillId().equals("s0") ? new SkillTarget("s0", 2, 2, false) : t).toList(),
                Scope.TEAM, true)), backgrounds(), items);

        assertThat(rules(thirteen)).containsExactly(Rule.MUST_HAVES);
        assertThat(rules(twelve)).isEmpty();
    }

    @Test
    void aJuniorMustHaveStaysAtLeastAsImportantInTheSeniorProfiles() {
        List<LearningItem> items = List.of(item("exp", ItemType.EXPERIENCE, "", Scope.PRODUCT_LINE, 4));
        TargetProfile junior = profile("junior", Scope.TEAM, new SkillTarget("s0", 2, 3, true));
        TargetProfile seniorLighter = profile("senior", Scope.PRODUCT_LINE, new SkillTarget("s0", 3, 2, false));
        TargetProfile seniorAsHeavy = profile("senior", Scope.PRODUCT_LINE, new SkillTarget("s0", 3, 3, false));

        List<Finding> findings = ModellingRules.check(catalog(items, List.of(junior, seniorLighter)), path -> 7);

        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.MUST_HAVE_KEPT);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).path()).isEqualTo("profiles[1].targets[0].weight");
        assertThat(rules(catalog(items, List.of(junior, seniorAsHeavy)))).isEmpty();
    }

    @Test
    void aTargetNoItemCanReachIsAWarning() {
        Catalog catalog = catalog(List.of(item("course", ItemType.COURSE, "", Scope.TEAM, 2)),
                List.of(profile("pm", Scope.TEAM, target(3, false, ""))));

        assertThat(rules(catalog)).containsExactly(Rule.TARGET_REACHABLE);
    }

    @Test
    void errorsComeBeforeWarnings() {
        Catalog catalog = catalog(List.of(item("course", ItemType.COURSE, "", Scope.TEAM, 4)),
                List.of(profile("pm", Scope.TEAM, target(5, false, ""))));

        assertThat(ModellingRules.check(catalog, path -> 0)).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING, Severity.WARNING);
    }

    // ---- a one-skill catalog, varied per test ----

    private static List<Rule> rules(Catalog catalog) {
        return ModellingRules.check(catalog, path -> 0).stream().map(Finding::rule).toList();
    }

    private static Catalog catalog(List<LearningItem> items, List<TargetProfile> profiles) {
        return new Catalog("t", skills(1), profiles, backgrounds(), items);
    }

    private static List<Skill> skills(int n) {
        List<Skill> skills = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            skills.add(new Skill("s" + i, Category.BUSINESS, "Skill " + i, "", LEVELS, List.of()));
        }
        return skills;
    }

    private static List<Background> backgrounds() {
        return List.of(new Background("dev", "Developer", "", List.of(), "Advice.", 3, 5));
    }

    private static SkillTarget target(int level, boolean mustHave, String justification) {
        return new SkillTarget("s0", level, 2, mustHave, justification);
    }

    private static TargetProfile profile(String id, Scope scope, SkillTarget target) {
        return new TargetProfile(id, id, "", List.of(target), scope, true);
    }

    private static LearningItem item(String id, ItemType type, String gradedPractice, Scope scope, int level) {
        return new LearningItem(id, id, type, "", List.of(new SkillLevel("s0", level)), 10, CostBand.LOW,
                List.of(), List.of(), "", false, "Because.", List.of(), gradedPractice, scope);
    }

    private static int lineContaining(byte[] json, String text) {
        List<String> lines = new String(json, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }
}
