package org.skillgap.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A second opinion: the levels someone else gave the person, kept apart from the person's own
 * ratings. A skill the reviewer could not judge is absent from {@code ratings}.
 *
 * @param id       0 before it is saved
 * @param relation how the reviewer knows the person ("mentor", "manager"), as they wrote it
 * @param date     the day the reviewer gave on the form
 * @param token    the request the form answered (see {@link ReviewRequest})
 */
public record Review(long id, String reviewer, String relation, LocalDate date, String token,
                     Map<String, Integer> ratings, Map<String, String> comments) {

    public Review {
        Objects.requireNonNull(date, "date");
        reviewer = reviewer == null ? "" : reviewer.strip();
        relation = relation == null ? "" : relation.strip();
        token = token == null ? "" : token;
        ratings = Map.copyOf(ratings);
        comments = Map.copyOf(comments);
    }

    public Review withId(long newId) {
        return new Review(newId, reviewer, relation, date, token, ratings, comments);
    }
}
