package org.skillgap.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.skillgap.gap.GapReport;
import org.skillgap.gap.Improvement;
import org.skillgap.gap.Plan;
import org.skillgap.gap.PlanItem;
import org.skillgap.gap.RadarAxis;
import org.skillgap.gap.RadarData;
import org.skillgap.gap.SecondOpinion;
import org.skillgap.gap.SkillGap;
import org.skillgap.model.Category;
import org.skillgap.model.Dates;
import org.skillgap.model.Evidence;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.model.Skill;

/**
 * What the PDF template (resources/report/plan.mustache) is filled with: text already worded and
 * formatted, lists, and yes/no flags for the parts that show or not. No markup: the template has
 * all of it, and the template engine escapes every value. The names of these record components
 * are the names the template uses; resources/report/README.md lists them for the person editing it.
 */
record PlanView(String docTitle, String author, String name, String target, String background, String hours,
                String date, Readiness readiness, String readyBy, int progressPercent, String progress,
                String openEffort, List<CategoryBar> categories, Radar radar, boolean hasGaps, List<Gap> gaps,
                String noGaps, boolean hasSteps, List<Step> steps, String noSteps, boolean hasHeld,
                List<Held> held, boolean hasNotes, List<Note> notes, boolean hasEvidence, List<Case> evidence,
                boolean hasReview, String reviewHeading, List<Opinion> opinions, Page page) {

    /** A piece of evidence as a case study: the skill it backs, what was done, when, and what came of it. */
    record Case(String skill, String title, String date, String outcome, String where) {
    }

    /** A skill the reviewer judged: {@code big} for a disagreement of 2 levels or more, listed first. */
    record Opinion(String skill, String self, int reviewer, boolean big, String comment) {
    }

    /** The blockers card lists this many must-have skills; the gap table has them all. */
    static final int BLOCKERS_SHOWN = 5;

    /** The readiness card: {@code ready} and {@code blocked} choose its colour. */
    record Readiness(int percent, boolean ready, boolean blocked, String status, String text,
                     boolean hasBlockers, List<Blocker> blockers, String moreBlockers) {
    }

    record Blocker(String skill, int current, int target) {
    }

    /** One bar of the category card; {@code width} is the percent drawn, never less than 2 so 0% still shows. */
    record CategoryBar(String id, String name, int percent, int width) {
    }

    /** The radar picture as a data: URI of a PNG, and the sentence under it. */
    record Radar(String image, String caption) {
    }

    /**
     * A row of the gap table. {@code currentName}/{@code targetName} are empty when the level is not
     * rated; {@code levels} are the five squares of the strip.
     */
    record Gap(String skill, boolean mustHave, String category, int current, String currentName, int target,
               String targetName, int gap, boolean alt, List<Square> levels) {
    }

    /** One square of a gap's strip: a level the person has, a level still needed, or neither. */
    record Square(boolean have, boolean need) {
    }

    /**
     * A step of the checklist. Exactly one of its status flags is true. Why it is there is one of
     * {@code reason} (the catalog's words), {@code counted} (a done step) or {@code raises}.
     * When it is: {@code when} for a closed step or an ongoing practice, else {@code due} and {@code from}.
     */
    record Step(int number, String status, boolean alt, boolean todo, boolean inProgress, boolean done,
                boolean skipped, String title, String typeId, String type, String provider, String unverified, String reason,
                String counted, boolean hasRaises, String raisesLabel, List<Raise> raises, String effort,
                String cost, String when, String due, String from) {
    }

    /** A skill a step raises; {@code first} is false for every one after the first (so the template adds a comma). */
    record Raise(String skill, int from, int to, boolean first) {
    }

    /**
     * A certification the person holds: {@code since} ("Held since … · renew by …"), and the
     * renewal step in words ({@code renewal}, empty when it never needs renewing).
     */
    record Held(String title, String since, String renewal) {
    }

    record Note(String skill, List<Line> lines) {
    }

    /** A line of a note as typed; {@code last} is true for its last line (the template breaks after the others). */
    record Line(String text, boolean last) {
    }

    /** What the style sheet (plan.css) is filled with. */
    record Page(String pageSize, String header, String footer) {
    }

    static PlanView of(PlanReportData data) {
        GapReport gaps = data.gaps();
        Plan plan = data.plan();
        String name = data.profile().name().strip();
        String noName = Messages.get("report.pdf.noName");
        List<Note> notes = notes(data);
        int hoursLeft = plan.items().stream().filter(i -> !i.status().isClosed() && !i.item().recurring())
                .mapToInt(i -> i.item().effortHours()).sum();
        return new PlanView(
                name.isEmpty() ? noName : "Development plan: " + name,
                name,
                name.isEmpty() ? noName : name,
                orDash(data.targetName()),
                orDash(data.backgroundName()),
                Messages.get("report.pdf.hoursPerWeek", data.profile().hoursPerWeek()),
                Dates.format(data.date()),
                readiness(gaps),
                plan.readyBy() == null || !plan.hasOpenWork() ? Messages.get("report.pdf.readyByNone")
                        : Dates.format(plan.readyBy()),
                plan.progressPercent(),
                plan.progressText(),
                hoursLeft == 0 ? "" : Messages.get("report.pdf.effortLeft", hoursLeft),
                categories(gaps),
                radar(gaps, data),
                !gaps.gaps().isEmpty(),
                gaps(gaps),
                Messages.get("report.pdf.noGaps"),
                !plan.items().isEmpty(),
                steps(plan, data),
                Messages.get("report.pdf.noItems"),
                !plan.held().isEmpty(),
                plan.held().stream().map(h -> new Held(h.item().title(), h.heldText(), h.renewalText().orElse("")))
                        .toList(),
                !notes.isEmpty(),
                notes,
                !data.evidence().isEmpty(),
                cases(data),
                data.reviews().latest().isPresent(),
                data.reviews().latest().map(r -> Messages.get("review.pdf.heading", r.reviewer(),
                        r.relation().isEmpty() ? 0 : 1, r.relation(), Dates.format(r.date()))).orElse(""),
                opinions(data),
                new Page(data.pageSize().css(),
                        (name.isEmpty() ? "" : name + " \u00b7 ") + orDash(data.targetName()),
                        Messages.get("report.pdf.footer", Dates.format(data.date()))));
    }

    /** Skill by skill in catalog order, oldest first within a skill: a portfolio, as the guide advises. */
    private static List<Case> cases(PlanReportData data) {
        List<String> order = data.catalog().skills().stream().map(Skill::id).toList();
        return data.evidence().stream()
                .sorted(Comparator.comparingInt((Evidence e) -> order.indexOf(e.skillId()) < 0 ? order.size()
                        : order.indexOf(e.skillId())).thenComparing(Evidence::date))
                .map(e -> new Case(skillName(e.skillId(), data), e.title(), Dates.format(e.date()), e.outcome(),
                        e.link().isEmpty() ? e.file() : e.link()))
                .toList();
    }

    private static List<Opinion> opinions(PlanReportData data) {
        return data.reviews().latest().map(review -> SecondOpinion.compare(data.catalog(), data.assessment(), review)
                .stream().map(d -> new Opinion(skillName(d.skillId(), data),
                        d.self() < 0 ? Messages.get("review.unrated") : Integer.toString(d.self()), d.reviewer(),
                        d.big(), review.comments().getOrDefault(d.skillId(), "")))
                .toList()).orElse(List.of());
    }

    private static Readiness readiness(GapReport gaps) {
        String text;
        if (gaps.ready()) {
            text = Messages.get("report.pdf.readyText");
        } else if (!gaps.blockers().isEmpty()) {
            text = Messages.get("report.pdf.blockersText", gaps.blockers().size());
        } else {
            text = Messages.get("report.pdf.gapsOnlyText", gaps.gaps().size());
        }
        List<Blocker> blockers = gaps.blockers().stream().limit(BLOCKERS_SHOWN)
                .map(b -> new Blocker(b.skill().name(), b.current(), b.target())).toList();
        int more = gaps.blockers().size() - BLOCKERS_SHOWN;
        return new Readiness(gaps.readinessPercent(), gaps.ready(), !gaps.ready() && !gaps.blockers().isEmpty(),
                Messages.get(gaps.ready() ? "report.pdf.ready" : "report.pdf.notReady"), text,
                !blockers.isEmpty(), blockers, more > 0 ? Messages.get("report.pdf.moreBlockers", more) : "");
    }

    private static List<CategoryBar> categories(GapReport gaps) {
        List<CategoryBar> bars = new ArrayList<>();
        for (Category category : Category.values()) {
            if (gaps.categoryReadiness().get(category) != null) {
                int pct = gaps.categoryPercent(category);
                bars.add(new CategoryBar(category.id(), category.displayName(), pct, Math.max(pct, 2)));
            }
        }
        return bars;
    }

    private static Radar radar(GapReport gaps, PlanReportData data) {
        List<RadarAxis> own = RadarChart.axesFor(gaps);
        // The latest reviewer as an outline, built the same way as the own spokes.
        List<RadarAxis> axes = data.reviews().latest().map(review -> RadarData.withReviewer(own,
                RadarData.choose(gaps, Optional.of(RadarData.reviewedAssessment(data.assessment(), review))))).orElse(own);
        if (axes.isEmpty()) {
            return null;
        }
        String caption = Messages.get(gaps.skills().size() > RadarData.MAX_SKILL_AXES
                ? "report.pdf.radar.byCategory" : "report.pdf.radar.bySkill");
        return new Radar("data:image/png;base64," + Base64.getEncoder().encodeToString(RadarChart.png(axes)), caption);
    }

    private static List<Gap> gaps(GapReport gaps) {
        // The calculator already orders them; sorting again keeps the promise if a caller does not.
        List<SkillGap> ordered = gaps.gaps().stream()
                .sorted(Comparator.comparingInt(SkillGap::weightedGap).reversed()).toList();
        List<Gap> rows = new ArrayList<>();
        for (SkillGap g : ordered) {
            List<Square> levels = new ArrayList<>();
            for (int i = 1; i <= Level.MAX; i++) {
                levels.add(new Square(i <= g.current(), i > g.current() && i <= g.target()));
            }
            rows.add(new Gap(g.skill().name(), g.mustHave(), g.skill().category().displayName(),
                    g.current(), levelName(g.current(), g.rated()), g.target(), levelName(g.target(), true),
                    g.gap(), rows.size() % 2 == 1, levels));
        }
        return rows;
    }

    private static String levelName(int value, boolean rated) {
        return rated && Level.isValid(value) ? Level.of(value).displayName() : "";
    }

    private static List<Step> steps(Plan plan, PlanReportData data) {
        List<Step> steps = new ArrayList<>();
        for (PlanItem p : plan.items()) {
            int number = steps.size() + 1;
            ItemStatus status = p.status();
            String reason = p.why().isEmpty() ? p.item().reason() : "";
            String counted = !p.why().isEmpty() && status == ItemStatus.DONE
                    // As the window says it: the levels the plan counts as reached until a re-rating.
                    ? Messages.get("plan.why.counted", p.why().stream()
                            .map(i -> Messages.get("plan.why.counted.skill", skillName(i.skillId(), data), i.to()))
                            .collect(Collectors.joining(", ")))
                    : "";
            List<Raise> raises = new ArrayList<>();
            if (!p.why().isEmpty() && status != ItemStatus.DONE) {
                for (Improvement i : p.why()) {
                    raises.add(new Raise(skillName(i.skillId(), data), i.from(), i.to(), raises.isEmpty()));
                }
            }
            // For an open step the due date first (what a person plans by) and the start below it;
            // for a closed step or an ongoing practice the words the window shows.
            boolean inWords = status.isClosed() || p.item().recurring();
            String due = !inWords && p.due() != null ? Messages.get("report.pdf.due", Dates.format(p.due())) : "";
            String from = !inWords && p.start() != null && !p.start().equals(p.due())
                    ? Messages.get("report.pdf.from", Dates.format(p.start())) : "";
            String hours = Messages.get("report.pdf.hours", p.item().effortHours());
            steps.add(new Step(number, status.id(), number % 2 == 0,
                    status == ItemStatus.TODO, status == ItemStatus.IN_PROGRESS, status == ItemStatus.DONE,
                    status == ItemStatus.SKIPPED,
                    p.item().title(), p.item().type().id(), p.item().type().displayName(), p.item().provider().strip(),
                    p.item().unverifiedNote().orElse(""), reason, counted, !raises.isEmpty(), Messages.get("report.pdf.raises"), raises,
                    p.item().recurring() ? hours + ", " + Messages.get("report.pdf.recurring") : hours,
                    p.item().cost().displayName(), inWords ? p.when() : "", due, from));
        }
        return steps;
    }

    private static List<Note> notes(PlanReportData data) {
        Map<String, String> notes = data.notes().entrySet().stream()
                .filter(e -> !e.getValue().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // Catalog order first, so notes follow the same order as the assessment; unknown ids last.
        List<String> order = new ArrayList<>();
        data.catalog().skills().stream().map(Skill::id).filter(notes::containsKey).forEach(order::add);
        notes.keySet().stream().filter(id -> !order.contains(id)).sorted().forEach(order::add);
        List<Note> result = new ArrayList<>();
        for (String id : order) {
            List<String> typed = notes.get(id).strip().replace("\r\n", "\n").lines().toList();
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < typed.size(); i++) {
                lines.add(new Line(typed.get(i), i == typed.size() - 1));
            }
            result.add(new Note(skillName(id, data), lines));
        }
        return result;
    }

    private static String skillName(String id, PlanReportData data) {
        return data.catalog().skill(id).map(Skill::name).orElse(id);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "\u2014" : s;
    }
}
