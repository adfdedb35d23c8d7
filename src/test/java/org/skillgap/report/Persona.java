package org.skillgap.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skillgap.gap.GapReport;
import org.skillgap.gap.Improvement;
import org.skillgap.gap.Plan;
import org.skillgap.gap.PlanItem;
import org.skillgap.gap.SkillGap;
import org.skillgap.model.Background;
import org.skillgap.model.Catalog;
import org.skillgap.model.Category;
import org.skillgap.model.CostBand;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillLevel;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;
import org.skillgap.model.UserData;

/**
 * A realistic person for tests and for looking at the PDF: Zoë, a QA analyst aiming for IT
 * Product Manager, with 20 skills rated and a 15-step plan partly worked. The gap report is
 * computed here in a few plain lines (the real calculator lives in gap/ and is tested there).
 */
final class Persona {

    static final String NAME = "Zoë Ångström-Núñez";
    static final String TARGET = "it-product-manager";
    static final String BACKGROUND = "qa-analyst";
    static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    /** id, category, name, current rating, target, weight, must-have. */
    private record S(String id, Category category, String name, int current, int target, int weight, boolean must) {
    }

    private static final List<S> SKILLS = List.of(
            new S("software-development", Category.TECHNICAL, "Software development lifecycle", 3, 3, 2, true),
            new S("database-management", Category.TECHNICAL, "Database management and SQL", 2, 3, 1, false),
            new S("cloud-computing", Category.TECHNICAL, "Cloud computing", 1, 3, 2, false),
            new S("cybersecurity", Category.TECHNICAL, "Cybersecurity principles", 1, 2, 1, false),
            new S("it-operations", Category.TECHNICAL, "IT infrastructure and operations", 2, 2, 1, false),
            new S("data-analysis", Category.TECHNICAL, "Data analysis and A/B testing", 2, 4, 3, true),
            new S("emerging-tech", Category.TECHNICAL, "AI, machine learning and IoT", 1, 2, 1, false),
            new S("ux-design", Category.TECHNICAL, "User experience design", 2, 3, 2, false),
            new S("market-analysis", Category.BUSINESS, "Market analysis", 1, 3, 2, false),
            new S("customer-research", Category.BUSINESS, "Customer research", 2, 4, 3, true),
            new S("financial-modeling", Category.BUSINESS, "Financial modeling", 0, 2, 2, false),
            new S("strategic-planning", Category.BUSINESS, "Strategic planning and roadmaps", 1, 4, 3, true),
            new S("product-lifecycle", Category.BUSINESS, "Product lifecycle management", 1, 3, 2, false),
            new S("prioritization", Category.BUSINESS, "Ruthless prioritization", 2, 4, 3, true),
            new S("agile-methods", Category.BUSINESS, "Agile methods: Scrum and Kanban", 3, 4, 2, true),
            new S("product-vision", Category.LEADERSHIP, "Product vision", 1, 4, 3, true),
            new S("stakeholder-management", Category.LEADERSHIP, "Stakeholder management", 2, 4, 3, true),
            new S("cross-functional-leadership", Category.LEADERSHIP, "Leading cross-functional teams", 1, 3, 2, false),
            new S("communication", Category.LEADERSHIP, "Communication and storytelling", 3, 4, 2, false),
            new S("empathetic-leadership", Category.LEADERSHIP, "Empathetic leadership", 3, 3, 1, false));

    private Persona() {
    }

    static Catalog catalog() {
        List<Skill> skills = new ArrayList<>();
        for (S s : SKILLS) {
            List<String> replaces = s.id().equals("cloud-computing") ? List.of("cloud") : List.of();
            skills.add(new Skill(s.id(), s.category(), s.name(), "What " + s.name() + " means for the role.",
                    List.of("None", "Aware", "Beginner", "Competent", "Advanced", "Expert"), replaces));
        }
        List<SkillTarget> targets = SKILLS.stream()
                .map(s -> new SkillTarget(s.id(), s.target(), s.weight(), s.must())).toList();
        TargetProfile pm = new TargetProfile(TARGET, "IT Product Manager", "Owns an IT product end to end.", targets);
        TargetProfile associate = new TargetProfile("associate-it-pm", "Associate IT Product Manager", "",
                SKILLS.stream().map(s -> new SkillTarget(s.id(), Math.max(0, s.target() - 1), 1, false)).toList());
        Background qa = new Background(BACKGROUND, "QA analyst", "Tests software for a living.",
                List.of(new SkillLevel("software-development", 3)), "Lean on your quality mindset.", 3, 5);
        Background changer = new Background("career-changer", "Career changer without IT experience", "",
                List.of(), "", 4, 7);
        return new Catalog("2025.1", skills, List.of(associate, pm), List.of(qa, changer), items());
    }

    private static LearningItem item(String id, String title, ItemType type, String provider, int hours,
                                     CostBand cost, boolean recurring, SkillLevel... raises) {
        List<String> replaces = id.equals("cert-cspo") ? List.of("cspo") : List.of();
        return new LearningItem(id, title, type, provider, List.of(raises), hours, cost, List.of(), List.of(),
                "", recurring, "Recommended by the career guide.", replaces);
    }

    private static SkillLevel raise(String skill, int level) {
        return new SkillLevel(skill, level);
    }

    static List<LearningItem> items() {
        return List.of(
                item("cert-csm", "Certified ScrumMaster (CSM)", ItemType.CERTIFICATION, "Scrum Alliance", 24,
                        CostBand.MEDIUM, false, raise("agile-methods", 4)),
                item("cert-cspo", "Certified Scrum Product Owner (CSPO)", ItemType.CERTIFICATION, "Scrum Alliance", 24,
                        CostBand.MEDIUM, false, raise("prioritization", 3), raise("product-vision", 2)),
                item("course-sql", "SQL for product people", ItemType.COURSE, "Online course", 20,
                        CostBand.LOW, false, raise("database-management", 3), raise("data-analysis", 3)),
                item("course-cloud", "Cloud fundamentals for decision makers", ItemType.COURSE, "", 30,
                        CostBand.LOW, false, raise("cloud-computing", 3), raise("it-operations", 3)),
                item("course-ab", "Experimentation and A/B testing", ItemType.COURSE, "", 16,
                        CostBand.LOW, false, raise("data-analysis", 4)),
                item("cert-pragmatic", "Pragmatic Institute: Foundations", ItemType.CERTIFICATION, "Pragmatic Institute",
                        40, CostBand.HIGH, false, raise("market-analysis", 3), raise("strategic-planning", 3)),
                item("workshop-finance", "Finance for product managers workshop", ItemType.COURSE, "", 12,
                        CostBand.MEDIUM, false, raise("financial-modeling", 2)),
                item("exp-ba", "Business analyst rotation on a product team", ItemType.EXPERIENCE, "", 240,
                        CostBand.FREE, false, raise("customer-research", 4), raise("stakeholder-management", 3)),
                item("exp-discovery", "Run customer discovery interviews", ItemType.EXPERIENCE, "", 30,
                        CostBand.FREE, false, raise("customer-research", 3), raise("ux-design", 3)),
                item("exp-roadmap", "Own the roadmap of an internal tool", ItemType.EXPERIENCE, "", 120,
                        CostBand.FREE, false, raise("strategic-planning", 4), raise("product-lifecycle", 3),
                        raise("cross-functional-leadership", 3)),
                item("net-pdma", "Join the PDMA", ItemType.NETWORKING, "Product Development and Management Association",
                        4, CostBand.LOW, true, raise("market-analysis", 2)),
                item("net-mentor", "Find a product management mentor", ItemType.NETWORKING, "", 2,
                        CostBand.FREE, true, raise("product-vision", 3), raise("communication", 4)),
                item("portfolio-case", "Write two case studies with metrics", ItemType.PORTFOLIO, "", 40,
                        CostBand.FREE, false, raise("communication", 4), raise("product-vision", 4)),
                item("learn-webinars", "Monthly webinars on AI and security", ItemType.LEARNING, "", 2,
                        CostBand.FREE, true, raise("emerging-tech", 2), raise("cybersecurity", 2)),
                item("degree-mba", "MBA with a technology focus", ItemType.DEGREE, "", 1500,
                        CostBand.HIGH, false, raise("financial-modeling", 3), raise("stakeholder-management", 4)));
    }

    static Profile profile() {
        return new Profile(NAME, TARGET, BACKGROUND, 8);
    }

    static Map<String, Integer> ratings() {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        SKILLS.forEach(s -> ratings.put(s.id(), s.current()));
        return ratings;
    }

    static Map<String, String> notes() {
        return Map.of(
                "cloud-computing", "Our team moves to Kubernetes this spring; ask to shadow the platform team.",
                "product-vision", "Mentor says: write a one-page vision for the test-automation tool first.\n"
                        + "Then present it at the guild.",
                "stakeholder-management", "Keep a stakeholder map; Zoë's manager Ørjan agreed to review it monthly.");
    }

    static Map<String, ItemStatus> statuses() {
        Map<String, ItemStatus> statuses = new LinkedHashMap<>();
        statuses.put("cert-csm", ItemStatus.DONE);
        statuses.put("course-sql", ItemStatus.DONE);
        statuses.put("exp-discovery", ItemStatus.DONE);
        statuses.put("cert-cspo", ItemStatus.IN_PROGRESS);
        statuses.put("course-cloud", ItemStatus.IN_PROGRESS);
        statuses.put("degree-mba", ItemStatus.SKIPPED);
        return statuses;
    }

    static UserData userData() {
        List<RatingChange> history = List.of(
                new RatingChange("cloud-computing", 0, Instant.parse("2024-11-02T18:04:11Z")),
                new RatingChange("cloud-computing", 1, Instant.parse("2025-01-15T07:30:00.125Z")),
                new RatingChange("agile-methods", 3, Instant.parse("2025-02-20T12:00:00Z")));
        return new UserData(Optional.of(profile()), ratings(), notes(), history, statuses(),
                Map.of("pdf.pageSize", "A4", "ui.theme", "light"));
    }

    /** The gap report for the given skills (a subset, or all), as the calculator would make it. */
    static GapReport gapReport(int skillCount) {
        Catalog catalog = catalog();
        List<SkillGap> measured = new ArrayList<>();
        for (S s : SKILLS.subList(0, skillCount)) {
            measured.add(new SkillGap(catalog.skill(s.id()).orElseThrow(), s.current(), true, s.target(), s.weight(), s.must()));
        }
        return gapReport(measured);
    }

    static GapReport gapReport(List<SkillGap> measured) {
        Map<Category, double[]> sums = new EnumMap<>(Category.class);
        double have = 0;
        double need = 0;
        for (SkillGap g : measured) {
            double h = g.weight() * Math.min(g.current(), g.target());
            double n = g.weight() * g.target();
            have += h;
            need += n;
            double[] cat = sums.computeIfAbsent(g.skill().category(), c -> new double[2]);
            cat[0] += h;
            cat[1] += n;
        }
        Map<Category, Double> byCategory = new EnumMap<>(Category.class);
        sums.forEach((c, s) -> byCategory.put(c, s[1] == 0 ? 100 : 100 * s[0] / s[1]));
        Comparator<SkillGap> biggestFirst = Comparator.comparingInt(SkillGap::weightedGap).reversed()
                .thenComparing(g -> g.skill().name());
        List<SkillGap> gaps = measured.stream().filter(g -> g.gap() > 0).sorted(biggestFirst).toList();
        List<SkillGap> blockers = gaps.stream().filter(SkillGap::isBlocker).toList();
        return new GapReport(need == 0 ? 100 : 100 * have / need, byCategory, measured, gaps, blockers, measured.size());
    }

    /** The 15-step plan, 8 hours a week from {@link #TODAY}. */
    static Plan plan() {
        Map<String, Integer> ratings = ratings();
        Map<String, ItemStatus> statuses = statuses();
        List<PlanItem> plan = new ArrayList<>();
        LocalDate start = TODAY.minusWeeks(10);
        for (LearningItem item : items()) {
            List<Improvement> why = item.raises().stream()
                    .filter(r -> ratings.getOrDefault(r.skillId(), 0) < r.level())
                    .map(r -> new Improvement(r.skillId(), ratings.getOrDefault(r.skillId(), 0), r.level()))
                    .toList();
            ItemStatus status = statuses.getOrDefault(item.id(), ItemStatus.TODO);
            long weeks = Math.max(1, (item.effortHours() + 7) / 8);
            LocalDate due = item.recurring() ? start.plusMonths(12) : start.plusWeeks(weeks);
            plan.add(new PlanItem(item, status, status == ItemStatus.DONE ? List.of() : why, start, due));
            if (!item.recurring() && status != ItemStatus.SKIPPED) {
                start = due;
            }
        }
        LocalDate readyBy = plan.stream().filter(p -> !p.status().isClosed() && !p.item().recurring())
                .map(PlanItem::due).max(LocalDate::compareTo).orElse(TODAY);
        return new Plan(plan, readyBy);
    }

    static PlanReportData reportData(PageSize size) {
        return new PlanReportData(profile(), "IT Product Manager", "QA analyst", TODAY, gapReport(SKILLS.size()),
                plan(), notes(), catalog(), size);
    }

    static PlanReportData reportData() {
        return reportData(PageSize.A4);
    }

    /** The same person with another name, e.g. one full of characters XHTML treats specially. */
    static PlanReportData named(String name) {
        PlanReportData d = reportData();
        return new PlanReportData(d.profile().withName(name), d.targetName(), d.backgroundName(), d.date(),
                d.gaps(), d.plan(), d.notes(), d.catalog(), d.pageSize());
    }
}
