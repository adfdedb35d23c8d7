package org.skillgap.model;

import java.util.Optional;

/** Where a plan item stands (codes: "todo", "in-progress", "done", "skipped"). */
public enum ItemStatus implements Coded {
    TODO,
    IN_PROGRESS,
    DONE,
    SKIPPED;

    /** Done or skipped: no more work planned for it. */
    public boolean isClosed() {
        return this == DONE || this == SKIPPED;
    }

    public static Optional<ItemStatus> fromId(String id) {
        return Coded.fromId(ItemStatus.class, id);
    }
}
