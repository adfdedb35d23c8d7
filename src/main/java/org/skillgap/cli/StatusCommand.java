package org.skillgap.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.skillgap.gap.GapCalculator;
import org.skillgap.gap.GapReport;
import org.skillgap.gap.HeldCertification;
import org.skillgap.gap.PlanBuilder;
import org.skillgap.gap.Reassessment;
import org.skillgap.gap.SkillGap;
import org.skillgap.model.Category;
import org.skillgap.model.Dates;
import org.skillgap.model.Messages;
import org.skillgap.model.TargetProfile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code skillgap status [--json]}: readiness, category scores, gaps and blockers. */
@Command(name = "status",
        description = "How ready you are: readiness, category scores, gaps (biggest first), blockers, and "
                + "when to re-assess.")
final class StatusCommand extends ReportingSubcommand {

    @Mixin
    PostingOption posting = new PostingOption();

    @Override
    void run(Workspace ws, PrintWriter out) {
        TargetProfile target = posting.target(ws);
        GapReport report = GapCalculator.calculate(ws.catalog, target, ws.assessment());
        List<String> retired = ws.retiredSkills();
        Reassessment reassessment = Reassessment.of(ws.data().history(), ws.data().settings(), LocalDate.now(),
                ZoneId.systemDefault());
        if (output.json) {
            Map<String, Object> status = toJson(target, report, retired);
            // ISO date for scripts, null before the first rating.
            status.put("reassessDue", reassessment.dueDate().map(LocalDate::toString).orElse(null));
            status.put("renewals", renewals(ws).stream().map(h -> {
                Map<String, Object> renewal = new LinkedHashMap<>();
                renewal.put("item", h.item().id());
                renewal.put("due", h.renewBy().orElseThrow().toString());
                return renewal;
            }).toList());
            out.println(JsonOutput.write(status));
        } else {
            printText(out, ws, target, report);
            printRetired(out, ws, retired);
            out.println();
            out.println(reassessment.dueText().orElseGet(reassessment::notDueText));
            printRenewals(out, renewals(ws));
        }
    }

    /** The renewals of the held certifications, soonest first. */
    private static List<HeldCertification> renewals(Workspace ws) {
        return HeldCertification.renewals(PlanBuilder.heldIn(ws.catalog, ws.held()));
    }

    private static void printRenewals(PrintWriter out, List<HeldCertification> renewals) {
        if (renewals.isEmpty()) {
            return;
        }
        out.println();
        out.println(Messages.get("cli.status.renewals"));
        renewals.forEach(h -> out.println("  " + Messages.get("cli.status.renewal", h.item().title(),
                Dates.format(h.renewBy().orElseThrow()), h.renewalNeeds())));
    }

    /** A gap as scripts read it: the skill by id, the rest as numbers and flags. */
    record GapJson(String skill, int current, boolean rated, int target, int weight, int gap, boolean mustHave) {

        static GapJson of(SkillGap g) {
            return new GapJson(g.skill().id(), g.current(), g.rated(), g.target(), g.weight(), g.gap(), g.mustHave());
        }
    }

    static Map<String, Object> toJson(TargetProfile target, GapReport report, List<String> retired) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target", target.id());
        json.put("readiness", round(report.readiness()));
        json.put("ready", report.ready());
        Map<String, Object> categories = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            categories.put(c.id(), round(report.categoryReadiness().getOrDefault(c, 0.0)));
        }
        json.put("categories", categories);
        json.put("gaps", report.gaps().stream().map(GapJson::of).toList());
        json.put("blockers", report.blockers().stream().map(g -> g.skill().id()).toList());
        json.put("retired", retired);
        return json;
    }

    private static void printText(PrintWriter out, Workspace ws, TargetProfile target, GapReport report) {
        if (ws.data().profile().isEmpty()) {
            out.println(Messages.get("cli.status.noProfile", target.name()));
        }
        out.println(Messages.get("cli.status.readiness", target.name(), report.readinessPercent(),
                report.ready() ? Messages.get("cli.status.ready") : Messages.get("cli.status.notReady")));
        out.println(Messages.get("cli.status.rated", report.ratedCount(), report.skillCount()));
        for (Category c : Category.values()) {
            out.printf("  %-12s %4s%n", c.displayName(), Messages.get("assess.readiness", report.categoryPercent(c)));
        }
        if (!report.blockers().isEmpty()) {
            out.println();
            out.println(Messages.get("cli.status.blockers"));
            report.blockers().forEach(g -> out.printf("  %-40s %s -> %d%n", g.skill().name(), current(g), g.target()));
        }
        out.println();
        if (report.gaps().isEmpty()) {
            out.println(Messages.get("cli.status.noGaps"));
        } else {
            out.println(Messages.get("cli.status.gaps"));
            printGapHeader(out);
            for (SkillGap g : report.gaps()) {
                out.printf("  %-40s %7s %6d %4d %6d%s%n", g.skill().name(), current(g), g.target(), g.gap(), g.weight(),
                        g.mustHave() ? "  " + Messages.get("cli.gaps.mustHave") : "");
            }
        }
    }

    /** Ratings of skills an older catalog had: never dropped, listed so the person sees they are kept. */
    private static void printRetired(PrintWriter out, Workspace ws, List<String> retired) {
        if (retired.isEmpty()) {
            return;
        }
        Map<String, Integer> levels = ws.data().retiredRatings();
        out.println();
        out.println(Messages.get("cli.status.retired"));
        retired.forEach(id -> out.printf("  %-40s %7d%n", id, levels.get(id)));
    }

    private static String current(SkillGap g) {
        return g.rated() ? Integer.toString(g.current()) : "-";
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The heading of the gap table, in the person's language; the status and posting tables share it. */
    static void printGapHeader(PrintWriter out) {
        out.printf("  %-40s %7s %6s %4s %6s%n", Messages.get("cli.gaps.skill"), Messages.get("cli.gaps.current"),
                Messages.get("cli.gaps.target"), Messages.get("cli.gaps.gap"), Messages.get("cli.gaps.weight"));
    }
}
