package org.skillgap.gap;

import java.time.LocalDate;
import java.util.List;

import org.skillgap.model.ItemStatus;
import org.skillgap.model.LearningItem;

/**
 * One step of the plan, in order, with its dates.
 *
 * @param why   the skills it raises and by how much (empty for a done item kept for the record)
 * @param start planned start date
 * @param due   planned finish date
 */
public record PlanItem(LearningItem item, ItemStatus status, List<Improvement> why, LocalDate start, LocalDate due) {

    public PlanItem {
        why = List.copyOf(why);
    }

    public PlanItem withStatus(ItemStatus newStatus) {
        return new PlanItem(item, newStatus, why, start, due);
    }
}
