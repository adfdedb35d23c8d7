package org.skillgap.model;

import java.util.Arrays;
import java.util.Optional;

/** A rough price band, so a plan can be judged by cost without quoting prices that go stale. */
public enum CostBand {
    FREE("free", "Free"),
    LOW("low", "Low cost"),
    MEDIUM("medium", "Medium cost"),
    HIGH("high", "High cost");

    private final String id;
    private final String displayName;

    CostBand(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<CostBand> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
