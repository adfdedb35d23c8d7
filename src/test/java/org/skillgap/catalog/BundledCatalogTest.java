package org.skillgap.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.skillgap.model.Background;
import org.skillgap.model.Catalog;
import org.skillgap.model.Category;
import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillLevel;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

/**
 * The catalog shipped with the app is checked on every build: it loads without a single problem,
 * every gap it can show can be closed by something in it, and everything the source guide names
 * is in it.
 */
class BundledCatalogTest {

    private static final Path SOURCE_FILE = Path.of("resources/catalog/it-product-manager.json");

    private final Catalog catalog = Catalogs.bundled();

    @Test
    void shippedFileLoadsWithNoProblems() {
        // Catalogs.load reports every problem at once, so a broken edit fails here with all of them.
        Catalog fromFile = Catalogs.load(SOURCE_FILE);

        assertThat(fromFile).isEqualTo(catalog);
        assertThat(catalog.catalogVersion()).isNotBlank();
    }

    @Test
    void bundledCatalogIsReadOnce() {
        assertThat(Catalogs.bundled()).isSameAs(catalog);
    }

    @Test
    void everyCategoryHasSeveralSkills() {
        for (Category category : Category.values()) {
            assertThat(catalog.skillsIn(category)).as(category.id()).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void theThreeRoleLevelsOfTheSourceAreTargets() {
        assertThat(catalog.profiles()).extracting(TargetProfile::name).contains(
                "Associate IT Product Manager", "IT Product Manager", "Senior IT Product Manager");
    }

    @Test
    void everyProfileGivesEverySkillATarget() {
        for (TargetProfile profile : catalog.profiles()) {
            for (Skill skill : catalog.skills()) {
                assertThat(profile.targetFor(skill.id())).as("%s in %s", skill.id(), profile.id()).isPresent();
            }
        }
    }

    @Test
    void targetsNeverFallFromAssociateToSenior() {
        // How high each role aims is the coach's call (and the modelling rules' check); that a
        // promotion never asks for less is structure.
        TargetProfile associate = catalog.profile("associate-it-product-manager").orElseThrow();
        TargetProfile pm = catalog.profile("it-product-manager").orElseThrow();
        TargetProfile senior = catalog.profile("senior-it-product-manager").orElseThrow();
        for (Skill skill : catalog.skills()) {
            int a = associate.targetFor(skill.id()).orElseThrow().level();
            int p = pm.targetFor(skill.id()).orElseThrow().level();
            int s = senior.targetFor(skill.id()).orElseThrow().level();
            assertThat(a).as(skill.id()).isPositive().isLessThanOrEqualTo(p);
            assertThat(p).as(skill.id()).isLessThanOrEqualTo(s);
        }
        assertThat(average(associate)).isLessThan(average(pm));
        assertThat(average(pm)).isLessThan(average(senior));
    }

    @Test
    void theShippedCatalogBreaksNoModellingRuleAndHasNoWarnings() {
        assertThat(ModellingRules.checkBundled()).extracting(f -> f.describe("it-product-manager.json")).isEmpty();
    }

    @Test
    void ratingStaysQuick() {
        assertThat(catalog.skills()).hasSizeLessThanOrEqualTo(45);
    }

    @Test
    void everyProfileHasMustHaveSkills() {
        for (TargetProfile profile : catalog.profiles()) {
            assertThat(profile.targets()).as(profile.id()).filteredOn(SkillTarget::mustHave).isNotEmpty();
        }
    }

    @Test
    void everySkillCanBeRaisedToTheHighestTargetOfAnyProfile() {
        for (Skill skill : catalog.skills()) {
            int highest = catalog.profiles().stream()
                    .mapToInt(p -> p.targetFor(skill.id()).orElseThrow().level()).max().orElseThrow();
            assertThat(highestRaise(skill.id())).as("best item for %s", skill.id()).isGreaterThanOrEqualTo(highest);
        }
    }

    @Test
    void everySkillHasAnEntryLevelItemWithoutPrerequisites() {
        // Someone starting from nothing can begin on every skill.
        for (Skill skill : catalog.skills()) {
            assertThat(catalog.items()).as(skill.id()).anySatisfy(item -> {
                assertThat(item.prerequisiteItems()).isEmpty();
                assertThat(item.prerequisiteSkills()).isEmpty();
                assertThat(item.raises()).extracting(SkillLevel::skillId).contains(skill.id());
            });
        }
    }

    @Test
    void everyPrerequisiteSkillLevelIsReachableThroughAnotherItem() {
        for (LearningItem item : catalog.items()) {
            for (SkillLevel needed : item.prerequisiteSkills()) {
                assertThat(catalog.items()).as("%s needs %s", item.id(), needed)
                        .anySatisfy(other -> assertThat(other.raises()).anySatisfy(r -> {
                            assertThat(other.id()).isNotEqualTo(item.id());
                            assertThat(r.skillId()).isEqualTo(needed.skillId());
                            assertThat(r.level()).isGreaterThanOrEqualTo(needed.level());
                        }));
            }
        }
    }

    @Test
    void itemsReachSeveralLevelsAndTheHigherOnesHavePrerequisites() {
        assertThat(catalog.items()).filteredOn(i -> maxLevel(i) <= 3).hasSizeGreaterThanOrEqualTo(30);
        // Advanced levels come from work of a wider scope, which builds on earlier work.
        List<LearningItem> advanced = catalog.items().stream().filter(i -> maxLevel(i) >= 4).toList();
        assertThat(advanced).hasSizeGreaterThanOrEqualTo(4).allSatisfy(i -> {
            assertThat(i.type()).isEqualTo(ItemType.EXPERIENCE);
            assertThat(i.prerequisiteItems().isEmpty() && i.prerequisiteSkills().isEmpty()).as(i.id()).isFalse();
        });
    }

    @Test
    void atLeastFortyItemsOfEveryType() {
        assertThat(catalog.items()).hasSizeGreaterThanOrEqualTo(40);
        Map<ItemType, Long> byType = catalog.items().stream()
                .collect(Collectors.groupingBy(LearningItem::type, Collectors.counting()));
        assertThat(byType.keySet()).containsExactlyInAnyOrder(ItemType.values());
    }

    @Test
    void ongoingPracticesAreRecurring() {
        assertThat(catalog.items())
                .filteredOn(i -> i.type() == ItemType.NETWORKING || i.type() == ItemType.LEARNING)
                .allMatch(LearningItem::recurring);
        assertThat(catalog.items()).filteredOn(LearningItem::recurring)
                .allMatch(i -> i.effortHours() <= 10, "recurring effort is hours per month");
    }

    @Test
    void effortIsOfTheRightOrderForEachKindOfItem() {
        // Orders of magnitude only: the exact hours of a course are the coach's call (review #7).
        assertThat(catalog.items()).filteredOn(i -> i.type() == ItemType.DEGREE)
                .allMatch(i -> i.effortHours() >= 1000);
        assertThat(catalog.items()).filteredOn(i -> i.type() == ItemType.COURSE)
                .allMatch(i -> i.effortHours() <= 200);
    }

    @Test
    void scrumAllianceCertificationsRenewEveryTwoYears() {
        assertThat(catalog.items()).filteredOn(i -> i.provider().equals("Scrum Alliance"))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(i -> assertThat(i.renewal()).contains("every 2 years"));
    }

    @Test
    void everyItemQuotesWhyItHelps() {
        assertThat(catalog.items()).allSatisfy(i -> assertThat(i.reason()).hasSizeGreaterThan(20).endsWith("."));
    }

    @Test
    void backgroundsCoverTheSourcesStartingPointsWithItsTimeline() {
        assertThat(catalog.backgrounds()).extracting(Background::id).containsExactlyInAnyOrder(
                "software-developer", "business-systems-analyst", "qa-analyst", "it-project-manager",
                "customer-support", "consultant", "sales-marketing", "student", "career-changer");
        // "3-5 years for those with a relevant technical or business degree who start in roles such as ..."
        assertThat(background("software-developer")).extracting(Background::minYears, Background::maxYears)
                .containsExactly(3, 5);
        // "Transitioning from a non-IT background may extend this timeline"
        assertThat(background("career-changer").maxYears()).isGreaterThan(5);
        assertThat(background("career-changer").minYears()).isGreaterThan(3);
        assertThat(catalog.backgrounds()).allSatisfy(b -> {
            assertThat(b.advice()).hasSizeGreaterThan(100);
            assertThat(b.typicalLevels()).isNotEmpty();
        });
    }

    @Test
    void everyThingTheSourceNamesIsInTheCatalog() {
        String text = catalogText();
        List<String> missing = new ArrayList<>();
        for (String phrase : SOURCE_PHRASES) {
            if (!mentions(text, phrase)) {
                missing.add(phrase);
            }
        }
        assertThat(missing).as("phrases from the source guide not found in names, titles or descriptions").isEmpty();
    }

    /**
     * Every skill, certification, degree, role, pathway and practice the source guide names, in its
     * words (a stem where the catalog may inflect it). Reasons are left out of the search: they quote
     * the source, so they would find everything.
     */
    private static final List<String> SOURCE_PHRASES = List.of(
            // education
            "bachelor's degree in information technology", "computer science", "software engineering",
            "business administration", "MBA", "technology or product management", "master's degree in information systems",
            // certifications
            "Certified ScrumMaster", "Certified Scrum Product Owner", "CSPO", "CSM", "Pragmatic Institute",
            "PMI Agile Certified", "DevOps certification", "Emerging technology certification",
            "Product Development and Management Association", "PDMA",
            // technical skills
            "software development processes", "software development lifecycle", "IT infrastructure",
            "cybersecurity principles", "IT operations", "data management", "database management", "cloud computing",
            "data analysis", "analytics tools", "user experience design", "AI", "machine learning", "IoT",
            "Agile practices", "Scrum", "Kanban", "backlogs", "sprints", "DevOps practices",
            "JIRA", "Aha!", "ProductPlan", "product management tools", "quality assurance",
            // business skills
            "market analysis", "financial modeling", "strategic planning", "business strategy", "customer research",
            "product vision", "user needs and business goals", "data-driven decision", "A/B test", "prioritiz",
            "short-term wins with long-term strategy", "product lifecycle management", "ideation, launch, growth, maturity and decline",
            "inception to retirement", "roadmap", "product launch", "market research", "market dynamics",
            "customer engagement", "business domains", "business acumen", "industry trends",
            // leadership skills
            "cross-functional teams", "stakeholders", "articulating a product vision", "empathy", "emotional intelligence",
            "without formal authority", "persuasion", "networking", "problem-solving", "client relations",
            "adapt", "lifelong learning", "drive change and deliver value", "leading teams, managing timelines",
            // roles and pathways
            "business analyst", "systems analyst", "QA analyst", "software developer", "IT project manager",
            "product ownership", "project management", "customer support", "consultant", "sales and marketing",
            "student", "recent graduate", "career changer", "non-IT background",
            // experience
            "internship", "co-op", "open-source", "tech projects", "lead a project", "customer feedback",
            "real-world project", "security",
            // networking, portfolio, continuous learning
            "meetups", "conferences", "online forums", "social media groups", "mentor",
            "experienced IT Product Managers", "portfolio", "case studies", "metrics", "industry publications",
            "webinars", "continuing education", "workshops", "online course", "product management framework",
            "agile methodologies", "tech conferences");

    // ---- helpers ----

    private String catalogText() {
        Stream<String> skills = catalog.skills().stream().flatMap(s -> Stream.of(s.name(), s.description()));
        Stream<String> profiles = catalog.profiles().stream().flatMap(p -> Stream.of(p.name(), p.description()));
        Stream<String> backgrounds = catalog.backgrounds().stream()
                .flatMap(b -> Stream.of(b.name(), b.description(), b.advice()));
        Stream<String> items = catalog.items().stream().flatMap(i -> Stream.of(i.title(), i.provider()));
        return Stream.of(skills, profiles, backgrounds, items).flatMap(s -> s)
                .collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
    }

    private int highestRaise(String skillId) {
        return catalog.items().stream().flatMap(i -> i.raises().stream())
                .filter(r -> r.skillId().equals(skillId)).mapToInt(SkillLevel::level).max().orElse(0);
    }

    private static int maxLevel(LearningItem item) {
        return item.raises().stream().mapToInt(SkillLevel::level).max().orElse(0);
    }

    private static double average(TargetProfile profile) {
        return profile.targets().stream().mapToInt(SkillTarget::level).average().orElse(0);
    }

    private LearningItem item(String id) {
        return catalog.item(id).orElseThrow();
    }

    private Background background(String id) {
        return catalog.background(id).orElseThrow();
    }

    /** A phrase starts a word; a short one (an acronym such as AI or CSM) is a whole word. */
    private static boolean mentions(String text, String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        String end = phrase.length() <= 4 ? "(?![a-z0-9])" : "";
        return Pattern.compile("(?<![a-z0-9])" + Pattern.quote(p) + end).matcher(text).find();
    }
}
