package org.skillgap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

import org.skillgap.model.Coded;
import org.skillgap.model.PostingCorrection;
import org.skillgap.model.SavedPosting;

/** The SQL of the kept job postings and their corrections (tables of migration 4). */
final class PostingRows {

    private static final Logger LOG = AppLog.logger(PostingRows.class);

    private PostingRows() {
    }

    /** Every kept posting, oldest first. */
    static List<SavedPosting> read(Connection c) throws SQLException {
        Map<Long, Map<String, PostingCorrection>> corrections = new HashMap<>();
        try (Statement statement = c.createStatement();
             ResultSet r = statement.executeQuery("SELECT posting_id, skill_id, correction FROM posting_correction")) {
            while (r.next()) {
                long id = r.getLong(1);
                String skill = r.getString(2);
                // The table's CHECK constraint admits only known codes.
                Coded.fromId(PostingCorrection.class, r.getString(3)).ifPresent(correction ->
                        corrections.computeIfAbsent(id, k -> new TreeMap<>()).put(skill, correction));
            }
        }
        List<SavedPosting> postings = new ArrayList<>();
        try (Statement statement = c.createStatement();
             ResultSet r = statement.executeQuery("SELECT id, title, source, added_at FROM posting ORDER BY id")) {
            while (r.next()) {
                long id = r.getLong(1);
                try {
                    postings.add(new SavedPosting(id, r.getString(2), r.getString(3), StoredTime.parse(r.getString(4)),
                            corrections.getOrDefault(id, Map.of())));
                } catch (RuntimeException e) {
                    // A time edited by hand into something else: the rest of the data still opens.
                    LOG.warning("Skipped a kept posting with an unreadable time: " + id);
                }
            }
        }
        return postings;
    }

    static Optional<SavedPosting> read(Connection c, long id) throws SQLException {
        return read(c).stream().filter(p -> p.id() == id).findFirst();
    }

    /**
     * Adds {@code posting} with its corrections, under its own id when {@code keepId} (an import,
     * so that what refers to it still does), else under a new one.
     *
     * @return the id it is kept under
     */
    static long insert(Connection c, SavedPosting posting, boolean keepId) throws SQLException {
        long id;
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO posting (id, title, source, added_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, keepId ? posting.id() : null);
            insert.setString(2, posting.title());
            insert.setString(3, posting.text());
            insert.setString(4, posting.addedAt().toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        for (Map.Entry<String, PostingCorrection> correction : new TreeMap<>(posting.corrections()).entrySet()) {
            correct(c, id, correction.getKey(), Optional.of(correction.getValue()));
        }
        return id;
    }

    /** Sets or clears the correction of one skill. @return whether the posting is kept */
    static boolean correct(Connection c, long id, String skillId, Optional<PostingCorrection> correction)
            throws SQLException {
        if (!exists(c, id)) {
            return false;
        }
        Sql.update(c, "DELETE FROM posting_correction WHERE posting_id = ? AND skill_id = ?", id, skillId);
        if (correction.isPresent()) {
            Sql.update(c, "INSERT INTO posting_correction (posting_id, skill_id, correction) VALUES (?, ?, ?)",
                    id, skillId, correction.get().id());
        }
        return true;
    }

    /** @return whether it was kept */
    static boolean delete(Connection c, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM posting WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() > 0;
        }
    }

    /** Replaces every kept posting with {@code postings}, each under its own id. */
    static void replace(Connection c, List<SavedPosting> postings) throws SQLException {
        Sql.update(c, "DELETE FROM posting");
        for (SavedPosting posting : postings) {
            insert(c, posting, true);
        }
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM posting WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet r = query.executeQuery()) {
                return r.next();
            }
        }
    }
}
