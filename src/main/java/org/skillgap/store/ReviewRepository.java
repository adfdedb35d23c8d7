package org.skillgap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.skillgap.model.Adoption;
import org.skillgap.model.Review;
import org.skillgap.model.ReviewRequest;
import org.skillgap.model.Reviews;

/**
 * The review tables: forms handed out, reviews brought back (apart from the person's own
 * ratings) and self-ratings adopted from a review. What a form must say to come in is the
 * service's rule ({@code service.ReviewService}); this keeps what it is given.
 */
public final class ReviewRepository {

    private final SkillGapStore store;

    ReviewRepository(SkillGapStore store) {
        this.store = store;
    }

    public Reviews all() {
        return store.read(ReviewRepository::readAll);
    }

    public void addRequest(ReviewRequest request) {
        store.write(c -> insertRequest(c, request));
    }

    /** @return the review as saved, with its id */
    public Review add(Review review) {
        return store.write(c -> review.withId(insertReview(c, review)));
    }

    /**
     * Sets the person's own rating of {@code skillId} to {@code level}, recorded in the rating
     * history like any rating, and notes that it came from {@code review}; one transaction.
     */
    public Adoption adopt(String skillId, int level, Review review) {
        Adoption adoption = new Adoption(skillId, level, review.id(), review.reviewer(), Instant.parse(store.now()));
        store.write(c -> {
            store.writeRating(c, skillId, level);
            return insertAdoption(c, adoption);
        });
        return adoption;
    }

    static Reviews readAll(Connection c) throws SQLException {
        List<ReviewRequest> requests = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT token, reviewer, catalog_version, requested FROM review_request ORDER BY requested, token")) {
            while (r.next()) {
                requests.add(new ReviewRequest(r.getString(1), r.getString(2), r.getString(3), LocalDate.parse(r.getString(4))));
            }
        }
        Map<Long, Map<String, Integer>> levels = new HashMap<>();
        Map<Long, Map<String, String>> comments = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT review_id, skill_id, level, comment FROM review_rating ORDER BY review_id, skill_id")) {
            while (r.next()) {
                long id = r.getLong(1);
                int level = r.getInt(3);
                if (!r.wasNull()) {
                    levels.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(r.getString(2), level);
                }
                if (!r.getString(4).isEmpty()) {
                    comments.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(r.getString(2), r.getString(4));
                }
            }
        }
        List<Review> reviews = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT id, reviewer, relation, day, token FROM review ORDER BY id")) {
            while (r.next()) {
                long id = r.getLong(1);
                reviews.add(new Review(id, r.getString(2), r.getString(3), LocalDate.parse(r.getString(4)), r.getString(5),
                        levels.getOrDefault(id, Map.of()), comments.getOrDefault(id, Map.of())));
            }
        }
        List<Adoption> adoptions = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT skill_id, level, review_id, reviewer, adopted_at FROM adopted_rating ORDER BY id")) {
            while (r.next()) {
                adoptions.add(new Adoption(r.getString(1), r.getInt(2), r.getLong(3), r.getString(4),
                        StoredTime.parse(r.getString(5))));
            }
        }
        return new Reviews(requests, reviews, adoptions);
    }

    /** An import's reviews in place of what was there, inside the import's transaction; ids are kept. */
    static void replaceAll(Connection c, Reviews reviews) throws SQLException {
        Sql.update(c, "DELETE FROM review_rating");
        Sql.update(c, "DELETE FROM review");
        Sql.update(c, "DELETE FROM review_request");
        Sql.update(c, "DELETE FROM adopted_rating");
        for (ReviewRequest request : reviews.requests()) {
            insertRequest(c, request);
        }
        for (Review review : reviews.reviews()) {
            insertReview(c, review);
        }
        for (Adoption adoption : reviews.adoptions()) {
            insertAdoption(c, adoption);
        }
    }

    private static Void insertRequest(Connection c, ReviewRequest request) throws SQLException {
        return Sql.update(c, "INSERT INTO review_request (token, reviewer, catalog_version, requested) VALUES (?, ?, ?, ?)",
                request.token(), request.reviewer(), request.catalogVersion(), request.requested().toString());
    }

    /** A review with an id keeps it (an import); one without gets the next. */
    private static long insertReview(Connection c, Review review) throws SQLException {
        long id;
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO review (id, token, reviewer, relation, day) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, review.id() > 0 ? review.id() : null);
            insert.setString(2, review.token());
            insert.setString(3, review.reviewer());
            insert.setString(4, review.relation());
            insert.setString(5, review.date().toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                id = keys.next() ? keys.getLong(1) : review.id();
            }
        }
        Set<String> skills = new TreeSet<>(review.ratings().keySet());
        skills.addAll(review.comments().keySet());
        for (String skill : skills) {
            Sql.update(c, "INSERT INTO review_rating (review_id, skill_id, level, comment) VALUES (?, ?, ?, ?)",
                    id, skill, review.ratings().get(skill), review.comments().getOrDefault(skill, ""));
        }
        return id;
    }

    private static Void insertAdoption(Connection c, Adoption a) throws SQLException {
        return Sql.update(c, "INSERT INTO adopted_rating (skill_id, level, review_id, reviewer, adopted_at) VALUES (?, ?, ?, ?, ?)",
                a.skillId(), a.level(), a.reviewId(), a.reviewer(), a.adoptedAt().toString());
    }
}
