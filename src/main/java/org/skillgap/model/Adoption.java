package org.skillgap.model;

import java.time.Instant;

/** A self-rating the person took over from a review: the rating history says "after review by X". */
public record Adoption(String skillId, int level, long reviewId, String reviewer, Instant adoptedAt) {
}
