package org.skillgap.gap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.skillgap.model.Assessment;
import org.skillgap.model.Background;
import org.skillgap.model.Catalog;
import org.skillgap.model.Category;
import org.skillgap.model.CostBand;
import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Profile;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillLevel;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

/**
 * A small but realistic catalog for an IT Product Manager, written here because the real bundled
 * catalog is built elsewhere. Eleven skills in three categories, one target, three backgrounds and
 * eighteen learning items of every type, three of them recurring practices.
 */
final class Fixtures {

    static final String IT_PM = "it-pm";

    private Fixtures() {
    }

    static Skill skill(String id, Category category, String name) {
        return new Skill(id, category, name, "", List.of("None", "Aware", "Beginner", "Competent", "Advanced", "Expert"),
                List.of());
    }

    static SkillLevel at(String skillId, int level) {
        return new SkillLevel(skillId, level);
    }

    static LearningItem item(String id, ItemType type, int hours, List<SkillLevel> raises) {
        return new LearningItem(id, id, type, "", raises, hours, CostBand.LOW, List.of(), List.of(), "", false, "", List.of());
    }

    static LearningItem withPrerequisites(LearningItem i, List<String> items, List<SkillLevel> skills) {
        return new LearningItem(i.id(), i.title(), i.type(), i.provider(), i.raises(), i.effortHours(), i.cost(),
                items, skills, i.renewal(), i.recurring(), i.reason(), i.replaces());
    }

    static LearningItem recurring(String id, ItemType type, int hours, List<SkillLevel> raises) {
        return new LearningItem(id, id, type, "", raises, hours, CostBand.FREE, List.of(), List.of(), "", true, "", List.of());
    }

    static final List<Skill> SKILLS = List.of(
            skill("sdlc", Category.TECHNICAL, "Software development lifecycle"),
            skill("agile", Category.TECHNICAL, "Agile and Scrum"),
            skill("data", Category.TECHNICAL, "Data and analytics"),
            skill("architecture", Category.TECHNICAL, "IT architecture and infrastructure"),
            skill("strategy", Category.BUSINESS, "Product strategy and roadmaps"),
            skill("market", Category.BUSINESS, "Market research"),
            skill("finance", Category.BUSINESS, "Business case and finance"),
            skill("customer", Category.BUSINESS, "Customer insight"),
            skill("communication", Category.LEADERSHIP, "Communication"),
            skill("stakeholders", Category.LEADERSHIP, "Stakeholder management"),
            skill("leadership", Category.LEADERSHIP, "Leading cross-functional teams"));

    /** IT Product Manager: must-haves are sdlc, agile, strategy and communication. */
    static final TargetProfile TARGET = new TargetProfile(IT_PM, "IT Product Manager", "", List.of(
            new SkillTarget("sdlc", 3, 2, true),
            new SkillTarget("agile", 4, 3, true),
            new SkillTarget("data", 3, 2, false),
            new SkillTarget("architecture", 3, 1, false),
            new SkillTarget("strategy", 4, 3, true),
            new SkillTarget("market", 3, 2, false),
            new SkillTarget("finance", 3, 2, false),
            new SkillTarget("customer", 4, 2, false),
            new SkillTarget("communication", 4, 3, true),
            new SkillTarget("stakeholders", 4, 2, false),
            new SkillTarget("leadership", 3, 2, false)));

    static final List<Background> BACKGROUNDS = List.of(
            new Background("software-developer", "Software developer", "", List.of(
                    at("sdlc", 4), at("agile", 3), at("data", 3), at("architecture", 3)), "", 3, 5),
            new Background("customer-support", "Customer support", "", List.of(
                    at("customer", 4), at("communication", 4), at("stakeholders", 3), at("sdlc", 1)), "", 4, 7),
            new Background("business-analyst", "Business analyst", "", List.of(
                    at("market", 3), at("customer", 3), at("stakeholders", 3), at("data", 3)), "", 3, 5));

    static final List<LearningItem> ITEMS = List.of(
            item("degree-bsc-cs", ItemType.DEGREE, 2000, List.of(at("sdlc", 4), at("architecture", 4), at("data", 3))),
            item("course-software-basics", ItemType.COURSE, 40, List.of(at("sdlc", 2), at("agile", 2))),
            withPrerequisites(item("course-it-infrastructure", ItemType.COURSE, 30, List.of(at("architecture", 3))),
                    List.of(), List.of(at("sdlc", 2))),
            item("cert-csm", ItemType.CERTIFICATION, 16, List.of(at("agile", 3))),
            withPrerequisites(item("cert-cspo", ItemType.CERTIFICATION, 24, List.of(at("agile", 4), at("strategy", 3))),
                    List.of(), List.of(at("agile", 2))),
            item("course-product-fundamentals", ItemType.COURSE, 20,
                    List.of(at("strategy", 2), at("market", 2), at("customer", 2))),
            withPrerequisites(item("cert-pragmatic", ItemType.CERTIFICATION, 40, List.of(at("strategy", 4), at("market", 3))),
                    List.of("course-product-fundamentals"), List.of()),
            item("degree-mba-tech", ItemType.DEGREE, 1500, List.of(at("finance", 4), at("strategy", 4), at("leadership", 3))),
            item("course-business-case", ItemType.COURSE, 24, List.of(at("finance", 3))),
            item("course-data-analytics", ItemType.COURSE, 30, List.of(at("data", 3))),
            item("exp-business-analyst", ItemType.EXPERIENCE, 500,
                    List.of(at("market", 3), at("customer", 3), at("stakeholders", 3), at("communication", 3))),
            item("exp-qa-analyst", ItemType.EXPERIENCE, 400, List.of(at("sdlc", 3), at("agile", 3))),
            withPrerequisites(item("exp-lead-project", ItemType.EXPERIENCE, 300,
                    List.of(at("leadership", 3), at("stakeholders", 4))), List.of(), List.of(at("communication", 3))),
            item("workshop-presentation", ItemType.COURSE, 16, List.of(at("communication", 4))),
            withPrerequisites(item("cert-devops", ItemType.CERTIFICATION, 40, List.of(at("agile", 4), at("architecture", 3))),
                    List.of(), List.of(at("sdlc", 3))),
            // Ongoing practices raise skills only to "aware" here, so the worked examples below turn on
            // the one-off items; PlanBuilderTest.ongoingPracticesCloseWhatTheyRaise covers the rest.
            recurring("net-pdma", ItemType.NETWORKING, 4, List.of(at("stakeholders", 1), at("market", 1))),
            recurring("learn-webinars", ItemType.LEARNING, 2, List.of(at("data", 1))),
            recurring("portfolio-case-studies", ItemType.PORTFOLIO, 10, List.of(at("strategy", 1), at("communication", 1))));

    static final Catalog CATALOG = new Catalog("test-1", SKILLS, List.of(TARGET), BACKGROUNDS, ITEMS);

    static Profile profile(String backgroundId, int hoursPerWeek) {
        return new Profile("Alex", IT_PM, backgroundId, hoursPerWeek);
    }

    /** Ratings as alternating id, level pairs. */
    static Assessment ratings(Object... pairs) {
        Map<String, Integer> map = new HashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            map.put((String) pairs[k], (Integer) pairs[k + 1]);
        }
        return new Assessment(map);
    }

    /** A developer: strong technical, weak business, middling leadership. */
    static final Assessment DEVELOPER = ratings(
            "sdlc", 4, "agile", 4, "data", 3, "architecture", 4,
            "strategy", 1, "market", 1, "finance", 1, "customer", 1,
            "communication", 4, "stakeholders", 3, "leadership", 2);

    /** Customer support: strong with customers and in communication, weak technically. */
    static final Assessment SUPPORT = ratings(
            "sdlc", 1, "agile", 1, "data", 1, "architecture", 0,
            "strategy", 3, "market", 3, "finance", 2, "customer", 4,
            "communication", 4, "stakeholders", 4, "leadership", 3);

    /** Every skill exactly at its target. */
    static Assessment atTarget() {
        Map<String, Integer> map = new HashMap<>();
        TARGET.targets().forEach(t -> map.put(t.skillId(), t.level()));
        return new Assessment(map);
    }

    static List<String> ids(Plan plan) {
        return plan.items().stream().map(i -> i.item().id()).toList();
    }

    static List<String> openIds(Plan plan) {
        return plan.items().stream().filter(i -> !i.item().recurring() && !i.status().isClosed())
                .map(i -> i.item().id()).toList();
    }

    static Category categoryOf(String skillId) {
        return CATALOG.skill(skillId).orElseThrow().category();
    }

    static List<String> list(String... ids) {
        return new ArrayList<>(Arrays.asList(ids));
    }
}
