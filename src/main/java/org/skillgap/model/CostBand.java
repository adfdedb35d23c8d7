package org.skillgap.model;

/** A rough price band, so a plan can be judged by cost without quoting prices that go stale. */
public enum CostBand implements Coded {
    FREE,
    LOW,
    MEDIUM,
    HIGH;
}
