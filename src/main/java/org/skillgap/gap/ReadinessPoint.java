package org.skillgap.gap;

import java.time.LocalDate;

/** Readiness at the end of a day on which something changed. */
public record ReadinessPoint(LocalDate day, double readiness) {
}
