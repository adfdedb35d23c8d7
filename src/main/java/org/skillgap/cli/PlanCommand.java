package org.skillgap.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.skillgap.gap.Plan;
import org.skillgap.gap.PlanBuilder;
import org.skillgap.gap.PlanItem;
import org.skillgap.model.Dates;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code skillgap plan [--json]}: the ordered checklist with dates, in the order and words of the
 * window (done and skipped steps at the bottom, dates in the person's locale); JSON keeps ISO dates.
 */
@Command(name = "plan", description = "Your plan: the ordered checklist of steps that close your gaps, with dates.")
final class PlanCommand extends ReportingSubcommand {

    @Mixin
    PostingOption posting = new PostingOption();

    @Override
    void run(Workspace ws, PrintWriter out) throws Exception {
        Profile profile = ws.requireProfile();
        Plan plan = PlanBuilder.build(ws.catalog, posting.target(ws), profile, ws.assessment(), ws.statuses(),
                ws.held(), LocalDate.now());
        if (output.json) {
            out.println(JsonOutput.write(toJson(plan)));
        } else {
            if (plan.hasOpenWork()) {
                out.println(Messages.get("cli.plan.summary", Dates.format(plan.readyBy()), plan.progressText()));
                plan.dateSetter().ifPresent(step -> out.println(Messages.get("cli.plan.setBy", step.item().title())));
            } else {
                out.println(Messages.get("cli.plan.readyNow", plan.progressText()));
            }
            out.println();
            for (PlanItem item : plan.items()) {
                out.printf("[%s] %-13s %s%n", box(item), item.item().type().displayName(), item.item().title());
                // A closed step's "when" is its status, already said.
                out.printf("      %s   %s   %sid: %s%n", item.status().displayName(), Messages.get("plan.effort", item.item().effortHours()),
                        item.status().isClosed() ? "" : item.when() + "   ", item.item().id());
                if (item.status() == ItemStatus.DONE && !item.why().isEmpty()) {
                    // As the window says it: the levels the plan counts as reached until a re-rating.
                    out.println("      " + Messages.get("plan.why.counted", item.why().stream()
                            .map(w -> Messages.get("plan.why.counted.skill",
                                    ws.skillName(w.skillId()).orElse(w.skillId()), w.to()))
                            .collect(Collectors.joining(", "))));
                } else if (!item.why().isEmpty()) {
                    out.println("      " + item.why().stream()
                            .map(w -> ws.skillName(w.skillId()).orElse(w.skillId()) + " " + w.from() + "->" + w.to())
                            .collect(Collectors.joining(", ")));
                }
            }
            if (!plan.renewals().isEmpty()) {
                out.println();
                out.println(Messages.get("cli.plan.renewals"));
                plan.renewals().forEach(h -> out.println("  " + h.renewalText().orElseThrow() + "   id: " + h.item().id()));
            }
        }
        out.flush();
    }

    private static String box(PlanItem item) {
        return switch (item.status()) {
            case DONE -> "x";
            case IN_PROGRESS -> "~";
            case SKIPPED -> "-";
            case TODO -> " ";
        };
    }

    static Map<String, Object> toJson(Plan plan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("readyBy", plan.readyBy().toString());
        json.put("progress", StatusCommand.round(plan.progress()));
        List<Map<String, Object>> items = plan.items().stream().map(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", i.item().id());
            item.put("title", i.item().title());
            item.put("type", i.item().type().id());
            item.put("status", i.status().id());
            item.put("skills", i.item().raises().stream().map(r -> r.skillId()).toList());
            item.put("hours", i.item().effortHours());
            item.put("start", i.start().toString());
            item.put("due", i.due().toString());
            return item;
        }).toList();
        json.put("items", items);
        json.put("renewals", plan.renewals().stream().map(h -> {
            Map<String, Object> renewal = new LinkedHashMap<>();
            renewal.put("item", h.item().id());
            renewal.put("earned", h.earned().toString());
            renewal.put("start", h.renewalStart().orElseThrow().toString());
            renewal.put("due", h.renewBy().orElseThrow().toString());
            return renewal;
        }).toList());
        return json;
    }
}
