package org.skillgap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.skillgap.model.Evidence;

/**
 * The evidence table. It keeps what it is given; what may be given (a known skill, a title, a day
 * not in the future) is the service's rule, see {@code service.EvidenceService}. Each call is one
 * transaction of the store.
 */
public final class EvidenceRepository {

    private static final Logger LOG = AppLog.logger(EvidenceRepository.class);
    private static final String COLUMNS = "id, skill_id, title, day, link, file, outcome";

    private final SkillGapStore store;

    EvidenceRepository(SkillGapStore store) {
        this.store = store;
    }

    /** All of it, by skill id, then oldest first. */
    public List<Evidence> all() {
        return store.read(EvidenceRepository::readAll);
    }

    public Optional<Evidence> byId(long id) {
        return all().stream().filter(e -> e.id() == id).findFirst();
    }

    /** @return the evidence as saved, with its new id */
    public Evidence add(Evidence evidence) {
        return store.write(c -> evidence.withId(insert(c, evidence)));
    }

    /** @return whether there was evidence with that id to change */
    public boolean update(Evidence evidence) {
        return store.write(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE evidence SET skill_id = ?, title = ?, day = ?, link = ?, file = ?, outcome = ? WHERE id = ?")) {
                bind(update, evidence);
                update.setLong(7, evidence.id());
                return update.executeUpdate() > 0;
            }
        });
    }

    /** @return whether there was evidence with that id */
    public boolean remove(long id) {
        return store.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM evidence WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    static List<Evidence> readAll(Connection c) throws SQLException {
        List<Evidence> all = new ArrayList<>();
        try (Statement statement = c.createStatement();
             ResultSet r = statement.executeQuery("SELECT " + COLUMNS + " FROM evidence ORDER BY skill_id, day, id")) {
            while (r.next()) {
                try {
                    all.add(new Evidence(r.getLong(1), r.getString(2), r.getString(3), LocalDate.parse(r.getString(4)),
                            r.getString(5), r.getString(6), r.getString(7)));
                } catch (DateTimeParseException e) {
                    // A day edited by hand into something else: the rest still opens.
                    LOG.warning("Skipped evidence with an unreadable date: " + r.getLong(1));
                }
            }
        }
        return all;
    }

    /** An import's evidence, in place of what was there, inside the import's transaction. */
    static void replaceAll(Connection c, List<Evidence> evidence) throws SQLException {
        Sql.update(c, "DELETE FROM evidence");
        for (Evidence e : evidence) {
            insert(c, e);
        }
    }

    private static long insert(Connection c, Evidence evidence) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO evidence (skill_id, title, day, link, file, outcome) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, evidence);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement statement, Evidence e) throws SQLException {
        statement.setString(1, e.skillId());
        statement.setString(2, e.title());
        statement.setString(3, e.date().toString());
        statement.setString(4, e.link());
        statement.setString(5, e.file());
        statement.setString(6, e.outcome());
    }
}
