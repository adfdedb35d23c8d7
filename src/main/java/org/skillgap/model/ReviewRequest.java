package org.skillgap.model;

import java.time.LocalDate;

/**
 * A review form handed out: its random token is written into the form and kept with the person's
 * data, so only a form made from this data comes back in.
 */
public record ReviewRequest(String token, String reviewer, String catalogVersion, LocalDate requested) {
}
