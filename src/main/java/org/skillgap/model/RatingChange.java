package org.skillgap.model;

import java.time.Instant;

/** One saved rating change: history is kept, never overwritten. */
public record RatingChange(String skillId, int level, Instant changedAt) {
}
