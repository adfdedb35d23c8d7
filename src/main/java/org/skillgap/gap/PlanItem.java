package org.skillgap.gap;

import java.time.LocalDate;
import java.util.List;

import org.skillgap.model.Dates;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Messages;

/**
 * One step of the plan, in order, with its dates.
 *
 * @param why   the skills it raises and by how much: for an open item from the levels reached
 *              before it; for a done item, the levels counted as reached until the person re-rates
 *              (empty once the ratings reach them)
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

    /** To do or under way, and not an ongoing practice: the work that sets the ready date. */
    public boolean isOpenWork() {
        return !status.isClosed() && !item.recurring();
    }

    /**
     * When, in words, the same in the window, the command line and the PDF: "Done" or "Skipped"
     * for a closed step, "ongoing from Dec 3, 2026" for a practice, else "Dec 3, 2026 – Dec 22, 2026".
     */
    public String when() {
        if (status.isClosed()) {
            return status.displayName();
        }
        if (item.recurring()) {
            return Messages.get("plan.dates.recurring", Dates.format(start));
        }
        return Messages.get("plan.dates", Dates.format(start), Dates.format(due));
    }
}
