package org.skillgap.gap;

import java.time.LocalDate;
import java.util.List;

import org.skillgap.model.ItemStatus;

/**
 * The ordered checklist that closes the gaps.
 *
 * @param readyBy the estimated date the last non-recurring open item is finished
 */
public record Plan(List<PlanItem> items, LocalDate readyBy) {

    public Plan {
        items = List.copyOf(items);
    }

    /** Done and skipped items as a share of all items, 0-100. */
    public double progress() {
        if (items.isEmpty()) {
            return 100;
        }
        long closed = items.stream().filter(i -> i.status().isClosed()).count();
        return 100.0 * closed / items.size();
    }

    public long count(ItemStatus status) {
        return items.stream().filter(i -> i.status() == status).count();
    }
}
