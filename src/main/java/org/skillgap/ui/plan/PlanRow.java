package org.skillgap.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.skillgap.gap.HeldCertification;
import org.skillgap.gap.Improvement;
import org.skillgap.gap.PlanItem;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Messages;
import org.skillgap.model.Skill;

/**
 * One plan item as the checklist shows it: every text worked out here, so the view only places it.
 *
 * @param why      one line: what it raises, or for a done step the levels counted until the person re-rates
 * @param details  effort, cost, provider, renewal and prerequisites on one line (may be cut short on screen)
 * @param fullText everything about the step, one fact a line, shown when the row is opened and as a tooltip
 * @param expanded whether the row is opened to show {@code fullText}
 * @param hold     whether it is a certification the person may say they hold, is entering the date
 *                 of, or holds
 */
public record PlanRow(PlanItem planItem, String why, String details, String dates, List<Skill> skills,
                      String fullText, boolean expanded, Hold hold) implements PlanEntry {

    /** Where a certification row is with "I hold this". */
    public enum Hold {
        /** Not a certification. */
        NONE,
        /** A certification not held: "I hold this…" is offered. */
        CAN_HOLD,
        /** The earned date is being entered. */
        ENTERING,
        /** Held: "Held since … · renew by …", and "I don't hold this". */
        HELD
    }

    static PlanRow of(PlanItem planItem, Catalog catalog) {
        return of(planItem, catalog, false);
    }

    static PlanRow of(PlanItem planItem, Catalog catalog, boolean expanded) {
        return of(planItem, catalog, expanded, Optional.empty(), false);
    }

    /**
     * @param held     the certification as held, when the person holds it
     * @param entering whether the earned date is being entered on this row
     */
    static PlanRow of(PlanItem planItem, Catalog catalog, boolean expanded, Optional<HeldCertification> held,
                      boolean entering) {
        LearningItem item = planItem.item();
        Hold hold = item.type() != ItemType.CERTIFICATION ? Hold.NONE
                : held.isPresent() ? Hold.HELD : entering ? Hold.ENTERING : Hold.CAN_HOLD;
        // A held certification's line says when it is due for renewal and what that takes.
        String why = held.flatMap(HeldCertification::renewalText).orElseGet(() -> why(planItem, catalog));
        String effort = Messages.get(item.recurring() ? "plan.effort.recurring" : "plan.effort", item.effortHours())
                + " \u00b7 " + item.cost().displayName();
        StringBuilder details = new StringBuilder(effort);
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
        List<String> full = new ArrayList<>();
        full.add(Messages.get("plan.row.type", item.type().displayName()));
        full.add(why);
        if (!item.reason().isBlank() && !item.reason().equals(why)) {
            full.add(Messages.get("plan.row.about", item.reason()));
        }
        full.add(Messages.get("plan.row.effort", effort));
        if (!item.provider().isBlank()) {
            full.add(Messages.get("plan.row.provider", item.provider()));
        }
        if (!item.renewal().isBlank()) {
            full.add(Messages.get("plan.row.renewal", item.renewal()));
        }
        if (!needs.isEmpty()) {
            full.add(Messages.get("plan.row.needs", String.join(", ", needs)));
        }
        item.unverifiedNote().ifPresent(note -> {
            details.append(" \u00b7 ").append(note);
            full.add(note);
        });
        String dates = held.map(HeldCertification::heldText).orElseGet(planItem::when);
        full.add(dates);
        List<Skill> skills = item.raises().stream()
                .map(r -> catalog.skill(r.skillId())).flatMap(Optional::stream).toList();
        return new PlanRow(planItem, why, details.toString(), dates, skills, String.join("\n", full),
                expanded, hold);
    }

    /**
     * What the step raises. A done step says which levels the plan counts as reached until the
     * person re-rates; a step under way whose levels are already reached still names them, so a
     * row never loses its "Raises" line on being started.
     */
    private static String why(PlanItem planItem, Catalog catalog) {
        LearningItem item = planItem.item();
        if (planItem.status() == ItemStatus.DONE && !planItem.why().isEmpty()) {
            return Messages.get("plan.why.counted", planItem.why().stream()
                    .map(i -> Messages.get("plan.why.counted.skill", name(i.skillId(), catalog), i.to()))
                    .collect(Collectors.joining(", ")));
        }
        if (!planItem.why().isEmpty()) {
            return Messages.get("plan.why", planItem.why().stream()
                    .map(i -> describe(i, catalog)).collect(Collectors.joining(", ")));
        }
        if (planItem.status() == ItemStatus.IN_PROGRESS && !item.raises().isEmpty()) {
            return Messages.get("plan.why.reached", item.raises().stream()
                    .map(r -> Messages.get("plan.why.reached.skill", name(r.skillId(), catalog), r.level()))
                    .collect(Collectors.joining(", ")));
        }
        return item.reason();
    }

    private static String name(String skillId, Catalog catalog) {
        return catalog.skill(skillId).map(Skill::name).orElse(skillId);
    }

    private static String describe(Improvement improvement, Catalog catalog) {
        return Messages.get("plan.why.skill", name(improvement.skillId(), catalog), improvement.from(), improvement.to());
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
