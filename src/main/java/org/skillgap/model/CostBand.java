package org.skillgap.model;

import java.util.Optional;

/** A rough price band, so a plan can be judged by cost without quoting prices that go stale. */
public enum CostBand implements Coded {
    FREE,
    LOW,
    MEDIUM,
    HIGH;

    public static Optional<CostBand> fromId(String id) {
        return Coded.fromId(CostBand.class, id);
    }
}
