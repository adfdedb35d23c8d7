package org.skillgap.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import org.skillgap.gap.GapReport;
import org.skillgap.gap.Improvement;
import org.skillgap.gap.Plan;
import org.skillgap.gap.PlanItem;
import org.skillgap.gap.SkillGap;
import org.skillgap.model.AppVersion;
import org.skillgap.model.Category;
import org.skillgap.model.Dates;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.model.Skill;

/**
 * The plan as a PDF to print or hand to a mentor: an XHTML template (resources/report) filled
 * with escaped text, laid out by openhtmltopdf with the shipped font embedded.
 */
public final class PlanPdf {

    /** The blockers card lists this many must-have skills; the gap table has them all. */
    private static final int BLOCKERS_SHOWN = 5;

    static {
        // openhtmltopdf reports every step at INFO; the command line and the log need only its warnings.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, java.util.logging.Level.WARNING));
    }

    private PlanPdf() {
    }

    /**
     * Writes the plan to {@code target}: completely, or not at all. Throws BadInputException
     * when the target cannot be written (saying which folder and what to do).
     */
    public static void write(PlanReportData data, Path target) {
        AtomicFile.checkWritable(target);
        AtomicFile.write(target, render(data));
    }

    /** The PDF's bytes. */
    static byte[] render(PlanReportData data) {
        String html = html(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Without these, Arabic and Hebrew names and notes print letter by letter left to right.
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.useFont(() -> Fonts.open(Fonts.REGULAR), Fonts.FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> Fonts.open(Fonts.BOLD), Fonts.FAMILY, 700, FontStyle.NORMAL, true);
            if (data.pageSize() == PageSize.LETTER) {
                builder.useDefaultPageSize(8.5f, 11f, PageSizeUnits.INCHES);
            } else {
                builder.useDefaultPageSize(210f, 297f, PageSizeUnits.MM);
            }
            builder.withHtmlContent(html, null);
            builder.withProducer("SkillGap " + AppVersion.get());
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("report.pdf.renderFailed", e.getMessage()), e);
        }
        return out.toByteArray();
    }

    /** The filled XHTML the PDF is laid out from. */
    static String html(PlanReportData data) {
        GapReport gaps = data.gaps();
        Plan plan = data.plan();
        String name = data.profile().name().strip();

        Map<String, String> v = new HashMap<>();
        v.put("docTitle", Html.escape(name.isEmpty() ? Messages.get("report.pdf.noName") : "Development plan: " + name));
        v.put("author", Html.escape(name));
        v.put("name", Html.escape(name.isEmpty() ? Messages.get("report.pdf.noName") : name));
        v.put("target", Html.escape(orDash(data.targetName())));
        v.put("background", Html.escape(orDash(data.backgroundName())));
        v.put("hours", Html.escape(Messages.get("report.pdf.hoursPerWeek", data.profile().hoursPerWeek())));
        v.put("date", Html.escape(Dates.format(data.date())));

        v.put("readiness", String.valueOf(gaps.readinessPercent()));
        v.put("readinessClass", gaps.ready() ? "ready" : gaps.blockers().isEmpty() ? "" : "blocked");
        v.put("readinessStatus", Html.escape(Messages.get(gaps.ready() ? "report.pdf.ready" : "report.pdf.notReady")));
        v.put("readinessText", Html.escape(readinessText(gaps)));
        v.put("blockers", blockers(gaps));

        v.put("readyBy", Html.escape(plan.readyBy() == null || !plan.hasOpenWork() ? Messages.get("report.pdf.readyByNone")
                : Dates.format(plan.readyBy())));
        v.put("progressPercent", String.valueOf(plan.progressPercent()));
        v.put("progress", Html.escape(plan.progressText()));
        int hoursLeft = plan.items().stream().filter(i -> !i.status().isClosed() && !i.item().recurring())
                .mapToInt(i -> i.item().effortHours()).sum();
        v.put("openEffort", hoursLeft == 0 ? "" : Html.escape(Messages.get("report.pdf.effortLeft", hoursLeft)));
        v.put("categoryBars", categoryBars(gaps));

        v.put("radar", radar(gaps));
        v.put("gapTable", gapTable(gaps));
        v.put("checklist", checklist(plan, data));
        v.put("notes", notes(data));

        Map<String, String> page = Map.of(
                "pageSize", data.pageSize().css(),
                "footer", Html.cssString(Messages.get("report.pdf.footer", Dates.format(data.date()))),
                "header", Html.cssString((name.isEmpty() ? "" : name + " \u00b7 ") + orDash(data.targetName())));
        v.put("css", Html.fill(Html.resource("/report/plan.css"), page));
        return Html.fill(Html.resource("/report/plan.html"), v);
    }

    private static String readinessText(GapReport gaps) {
        if (gaps.ready()) {
            return Messages.get("report.pdf.readyText");
        }
        if (!gaps.blockers().isEmpty()) {
            return Messages.get("report.pdf.blockersText", gaps.blockers().size());
        }
        return Messages.get("report.pdf.gapsOnlyText", gaps.gaps().size());
    }

    private static String blockers(GapReport gaps) {
        if (gaps.blockers().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul class=\"blockers\">");
        gaps.blockers().stream().limit(BLOCKERS_SHOWN).forEach(b -> html.append("<li>")
                .append(Html.escape(b.skill().name()))
                .append(" <span class=\"lv\">").append(b.current()).append(" \u2192 ").append(b.target())
                .append("</span></li>"));
        if (gaps.blockers().size() > BLOCKERS_SHOWN) {
            html.append("<li class=\"muted\">")
                    .append(Html.escape(Messages.get("report.pdf.moreBlockers", gaps.blockers().size() - BLOCKERS_SHOWN)))
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String categoryBars(GapReport gaps) {
        StringBuilder html = new StringBuilder("<table class=\"cat\">");
        for (Category category : Category.values()) {
            Double score = gaps.categoryReadiness().get(category);
            if (score == null) {
                continue;
            }
            int pct = gaps.categoryPercent(category);
            html.append("<tr class=\"cat-").append(category.id()).append("\">")
                    .append("<td class=\"name\">").append(Html.escape(category.displayName())).append("</td>")
                    .append("<td class=\"track\"><div class=\"bar\"><div class=\"fill\" style=\"width: ")
                    .append(Math.max(pct, 2)).append("%\"></div></div></td>")
                    .append("<td class=\"pct\">").append(pct).append("%</td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static String radar(GapReport gaps) {
        List<org.skillgap.gap.RadarAxis> axes = RadarChart.axesFor(gaps);
        if (axes.isEmpty()) {
            return "";
        }
        String png = Base64.getEncoder().encodeToString(RadarChart.png(axes));
        String caption = Messages.get(gaps.skills().size() > org.skillgap.gap.RadarData.MAX_SKILL_AXES
                ? "report.pdf.radar.byCategory" : "report.pdf.radar.bySkill");
        return "<div class=\"section radar\"><h2>Where you stand</h2>"
                + "<div class=\"chart\"><img src=\"data:image/png;base64," + png + "\" alt=\"" + Html.escape(caption) + "\"/></div>"
                + "<div class=\"caption\">" + Html.escape(caption) + "</div></div>";
    }

    private static String gapTable(GapReport gaps) {
        if (gaps.gaps().isEmpty()) {
            return "<div class=\"empty\">" + Html.escape(Messages.get("report.pdf.noGaps")) + "</div>";
        }
        // The calculator already orders them; sorting again keeps the promise if a caller does not.
        List<SkillGap> ordered = gaps.gaps().stream()
                .sorted(Comparator.comparingInt(SkillGap::weightedGap).reversed()).toList();
        StringBuilder html = new StringBuilder("<table class=\"grid gaps\"><thead><tr>"
                + "<th>Skill</th><th class=\"c-cat\">Category</th><th class=\"c-level\">Current</th>"
                + "<th class=\"c-level\">Target</th><th class=\"num c-gap\">Gap</th>"
                + "<th class=\"c-strip\">Level 1\u20135</th></tr></thead><tbody>");
        int row = 0;
        for (SkillGap g : ordered) {
            html.append("<tr").append(row++ % 2 == 1 ? " class=\"alt\"" : "").append(">")
                    .append("<td class=\"skill\"><b>").append(Html.escape(g.skill().name())).append("</b>")
                    .append(g.mustHave() ? "<span class=\"must\">MUST-HAVE</span>" : "").append("</td>")
                    .append("<td>").append(Html.escape(g.skill().category().displayName())).append("</td>")
                    .append("<td class=\"level\">").append(level(g.current(), g.rated())).append("</td>")
                    .append("<td class=\"level\">").append(level(g.target(), true)).append("</td>")
                    .append("<td class=\"gapnum\">").append(g.gap()).append("</td>")
                    .append("<td class=\"strip\">").append(strip(g.current(), g.target())).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String level(int value, boolean rated) {
        String name = rated && Level.isValid(value) ? Level.of(value).displayName() : "not rated";
        return value + " <span class=\"lvname\">" + Html.escape(name) + "</span>";
    }

    private static String strip(int current, int target) {
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= Level.MAX; i++) {
            String kind = i <= current ? " have" : i <= target ? " need" : "";
            html.append("<span class=\"seg").append(kind).append("\"></span>");
        }
        return html.toString();
    }

    private static String checklist(Plan plan, PlanReportData data) {
        if (plan.items().isEmpty()) {
            return "<div class=\"empty\">" + Html.escape(Messages.get("report.pdf.noItems")) + "</div>";
        }
        StringBuilder html = new StringBuilder("<table class=\"grid checklist\"><thead><tr>"
                + "<th></th><th></th><th>Step</th><th class=\"num\">Effort</th><th>Cost</th><th>When</th>"
                + "</tr></thead><tbody>");
        int number = 0;
        for (PlanItem p : plan.items()) {
            number++;
            String status = p.status().id();
            html.append("<tr class=\"").append(status).append(number % 2 == 0 ? " alt" : "").append("\">")
                    .append("<td class=\"step\">").append(number).append("</td>")
                    .append("<td class=\"check\">").append(box(p.status())).append("</td>")
                    .append("<td><div class=\"title\">").append(Html.escape(p.item().title())).append("</div>")
                    .append("<div class=\"meta-line\"><span class=\"badge t-").append(p.item().type().id()).append("\">")
                    .append(Html.escape(p.item().type().displayName())).append("</span>");
            if (!p.item().provider().isBlank()) {
                html.append("<span class=\"provider\">").append(Html.escape(p.item().provider())).append("</span>");
            }
            html.append("</div><div class=\"why\">").append(why(p, data)).append("</div></td>")
                    .append("<td class=\"num effort\">").append(Html.escape(effort(p))).append("</td>")
                    .append("<td class=\"cost\">").append(Html.escape(p.item().cost().displayName())).append("</td>")
                    .append("<td class=\"dates\">").append(dates(p)).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /** A drawn check box: empty to do, half filled in progress, ticked done, a dash when skipped. */
    private static String box(ItemStatus status) {
        return switch (status) {
            case TODO -> "<span class=\"box\"></span>";
            case IN_PROGRESS -> "<span class=\"box in-progress\"><span class=\"half\"></span></span>";
            case DONE -> "<span class=\"box done\">\u2713</span>";
            case SKIPPED -> "<span class=\"box skipped\">\u2013</span>";
        };
    }

    private static String why(PlanItem p, PlanReportData data) {
        if (p.why().isEmpty()) {
            return Html.escape(p.item().reason());
        }
        if (p.status() == ItemStatus.DONE) {
            // As the window says it: the levels the plan counts as reached until a re-rating.
            return Html.escape(Messages.get("plan.why.counted", p.why().stream()
                    .map(i -> Messages.get("plan.why.counted.skill", skillName(i.skillId(), data), i.to()))
                    .collect(Collectors.joining(", "))));
        }
        List<String> parts = new ArrayList<>();
        for (Improvement i : p.why()) {
            parts.add("<b>" + Html.escape(skillName(i.skillId(), data)) + "</b> " + i.from() + " \u2192 " + i.to());
        }
        return Html.escape(Messages.get("report.pdf.raises")) + " " + String.join(", ", parts);
    }

    private static String effort(PlanItem p) {
        String hours = Messages.get("report.pdf.hours", p.item().effortHours());
        return p.item().recurring() ? hours + ", " + Messages.get("report.pdf.recurring") : hours;
    }

    /**
     * When, as XHTML: for an open step the due date first (what a person plans by) and the start
     * below it; for a closed step or an ongoing practice the words the window shows.
     */
    static String dates(PlanItem p) {
        if (p.status().isClosed() || p.item().recurring()) {
            return "<div class=\"due\">" + Html.escape(p.when()) + "</div>";
        }
        return dates(p.start(), p.due());
    }

    /** The due date first (what a person plans by), the start below it, as XHTML. */
    static String dates(LocalDate start, LocalDate due) {
        StringBuilder html = new StringBuilder();
        if (due != null) {
            html.append("<div class=\"due\">").append(Html.escape(Messages.get("report.pdf.due", Dates.format(due))))
                    .append("</div>");
        }
        if (start != null && !start.equals(due)) {
            html.append("<div class=\"from\">").append(Html.escape(Messages.get("report.pdf.from", Dates.format(start))))
                    .append("</div>");
        }
        return html.toString();
    }

    private static String notes(PlanReportData data) {
        Map<String, String> notes = data.notes().entrySet().stream()
                .filter(e -> !e.getValue().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (notes.isEmpty()) {
            return "";
        }
        // Catalog order first, so notes follow the same order as the assessment; unknown ids last.
        List<String> order = new ArrayList<>();
        data.catalog().skills().stream().map(Skill::id).filter(notes::containsKey).forEach(order::add);
        notes.keySet().stream().filter(id -> !order.contains(id)).sorted().forEach(order::add);
        StringBuilder html = new StringBuilder("<div class=\"section notes\"><h2>Notes</h2>");
        for (String id : order) {
            html.append("<div class=\"note\"><div class=\"note-skill\">").append(Html.escape(skillName(id, data)))
                    .append("</div><div class=\"note-text\">").append(Html.escapeLines(notes.get(id).strip()))
                    .append("</div></div>");
        }
        return html.append("</div>").toString();
    }

    private static String skillName(String id, PlanReportData data) {
        return data.catalog().skill(id).map(Skill::name).orElse(id);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "\u2014" : s;
    }
}
