package org.skillgap.ui.plan;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

import org.skillgap.gap.Improvement;
import org.skillgap.gap.PlanItem;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Messages;
import org.skillgap.model.Skill;

/** One plan item as the checklist shows it: every text worked out here, so the view only places it. */
public record PlanRow(PlanItem planItem, String why, String details, String dates, List<Skill> skills)
        implements PlanEntry {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    static PlanRow of(PlanItem planItem, Catalog catalog) {
        LearningItem item = planItem.item();
        String why = planItem.why().isEmpty()
                ? item.reason()
                : Messages.get("plan.why", planItem.why().stream()
                        .map(i -> describe(i, catalog)).collect(Collectors.joining(", ")));
        StringBuilder details = new StringBuilder(Messages.get(item.recurring() ? "plan.effort.recurring" : "plan.effort",
                item.effortHours()));
        details.append(" \u00b7 ").append(item.cost().displayName());
        if (!item.provider().isBlank()) {
            details.append(" \u00b7 ").append(item.provider());
        }
        if (!item.renewal().isBlank()) {
            details.append(" \u00b7 ").append(item.renewal());
        }
        List<String> needs = item.prerequisiteItems().stream()
                .map(id -> catalog.item(id).map(LearningItem::title).orElse(id)).toList();
        if (!needs.isEmpty()) {
            details.append(" \u00b7 ").append(Messages.get("plan.needs", String.join(", ", needs)));
        }
        String dates = planItem.status() == ItemStatus.DONE || planItem.status() == ItemStatus.SKIPPED
                ? planItem.status().displayName()
                : Messages.get(item.recurring() ? "plan.dates.recurring" : "plan.dates",
                        DATE.format(planItem.start()), DATE.format(planItem.due()));
        List<Skill> skills = item.raises().stream()
                .map(r -> catalog.skill(r.skillId())).flatMap(java.util.Optional::stream).toList();
        return new PlanRow(planItem, why, details.toString(), dates, skills);
    }

    private static String describe(Improvement improvement, Catalog catalog) {
        String name = catalog.skill(improvement.skillId()).map(Skill::name).orElse(improvement.skillId());
        return Messages.get("plan.why.skill", name, improvement.from(), improvement.to());
    }

    public String id() {
        return planItem.item().id();
    }

    public String title() {
        return planItem.item().title();
    }

    public ItemStatus status() {
        return planItem.status();
    }
}
