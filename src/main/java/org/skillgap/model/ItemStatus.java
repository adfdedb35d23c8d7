package org.skillgap.model;

import java.util.Arrays;
import java.util.Optional;

/** Where a plan item stands. */
public enum ItemStatus {
    TODO("todo", "To do"),
    IN_PROGRESS("in-progress", "In progress"),
    DONE("done", "Done"),
    SKIPPED("skipped", "Skipped");

    private final String id;
    private final String displayName;

    ItemStatus(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The id used in files and on the command line, e.g. "in-progress". */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Done or skipped: no more work planned for it. */
    public boolean isClosed() {
        return this == DONE || this == SKIPPED;
    }

    public static Optional<ItemStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
