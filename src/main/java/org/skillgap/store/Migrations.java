package org.skillgap.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;

import org.skillgap.model.Messages;

/**
 * The schema's history, oldest first. A database's {@code PRAGMA user_version} says how many of
 * these steps it has had; opening it runs the rest.
 *
 * <p>Why user_version and not a migration library or a version table: it needs no extra
 * dependency; it is stored in the database header and written inside the same transaction as the
 * schema change, so a step is either fully applied and counted or not at all; and any SQLite tool
 * ({@code sqlite3 skillgap.db 'PRAGMA user_version'}) can read it.
 *
 * <p>Rules: never edit a released step; add a new one. Each step is tested against a database
 * made by the steps before it, with data in it.
 */
final class Migrations {

    /** 'SkGa': marks a file as SkillGap's, so another program's database is never taken for ours. */
    static final int APPLICATION_ID = 0x536B4761;

    static final Migration CREATE_SCHEMA = new Migration(1, "create the schema", List.of(
            "PRAGMA application_id = " + APPLICATION_ID,
            """
            CREATE TABLE profile (
                id             INTEGER PRIMARY KEY CHECK (id = 1),
                name           TEXT    NOT NULL,
                target_id      TEXT    NOT NULL,
                background_id  TEXT    NOT NULL,
                hours_per_week INTEGER NOT NULL
            )""",
            """
            CREATE TABLE rating (
                skill_id TEXT    PRIMARY KEY,
                level    INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5)
            )""",
            // Append-only: rows are added by every rating change and never updated.
            """
            CREATE TABLE rating_history (
                id         INTEGER PRIMARY KEY AUTOINCREMENT,
                skill_id   TEXT    NOT NULL,
                level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
                changed_at TEXT    NOT NULL
            )""",
            """
            CREATE TRIGGER rating_history_is_append_only BEFORE UPDATE ON rating_history
            BEGIN SELECT RAISE(ABORT, 'rating history is append-only'); END""",
            """
            CREATE TABLE note (
                skill_id   TEXT PRIMARY KEY,
                text       TEXT NOT NULL,
                changed_at TEXT NOT NULL
            )""",
            """
            CREATE TABLE item_status (
                item_id    TEXT PRIMARY KEY,
                status     TEXT NOT NULL CHECK (status IN ('todo', 'in-progress', 'done', 'skipped')),
                changed_at TEXT NOT NULL
            )""",
            """
            CREATE TABLE setting (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )"""));

    /**
     * Keeps every version of every note, so text a person typed is never lost to an edit, and
     * indexes rating history by skill for per-skill progress.
     */
    static final Migration NOTE_HISTORY = new Migration(2, "keep every note change; index rating history by skill",
            List.of("""
                    CREATE TABLE note_history (
                        id         INTEGER PRIMARY KEY AUTOINCREMENT,
                        skill_id   TEXT NOT NULL,
                        text       TEXT NOT NULL,
                        changed_at TEXT NOT NULL
                    )""",
                    // The notes written before this step are the first entries of their history.
                    """
                    INSERT INTO note_history (skill_id, text, changed_at)
                    SELECT skill_id, text, changed_at FROM note ORDER BY changed_at, skill_id""",
                    """
                    CREATE TRIGGER note_history_is_never_updated BEFORE UPDATE ON note_history
                    BEGIN SELECT RAISE(ABORT, 'note history is append-only'); END""",
                    """
                    CREATE TRIGGER note_history_is_never_deleted BEFORE DELETE ON note_history
                    BEGIN SELECT RAISE(ABORT, 'note history is append-only'); END""",
                    "CREATE INDEX rating_history_by_skill ON rating_history (skill_id, id)"));

    /** The certifications a person holds, with the day each was earned (ISO date), for renewals. */
    static final Migration HELD_CERTIFICATIONS = new Migration(3, "certifications held",
            List.of("""
                    CREATE TABLE held_certification (
                        item_id TEXT PRIMARY KEY,
                        earned  TEXT NOT NULL
                    )"""));

    /**
     * The job postings a person keeps: the text as given (the skills are read from it again each
     * time, so a better catalog reads it better) and the person's corrections, one per skill,
     * removed with their posting.
     */
    static final Migration POSTINGS = new Migration(4, "job postings kept, with the person's corrections",
            List.of("""
                    CREATE TABLE posting (
                        id       INTEGER PRIMARY KEY AUTOINCREMENT,
                        title    TEXT NOT NULL,
                        source   TEXT NOT NULL,
                        added_at TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE posting_correction (
                        posting_id INTEGER NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
                        skill_id   TEXT    NOT NULL,
                        correction TEXT    NOT NULL CHECK (correction IN ('added', 'dropped', 'required')),
                        PRIMARY KEY (posting_id, skill_id)
                    )"""));

    /**
     * Evidence per skill, and second opinions: the review forms handed out (their tokens bind a
     * filled form to this person's data), the reviews brought back, kept apart from the person's
     * own ratings, and which self-ratings were taken over from a review.
     */
    static final Migration EVIDENCE_AND_REVIEWS = new Migration(5, "evidence per skill; reviews by others",
            List.of("""
                    CREATE TABLE evidence (
                        id       INTEGER PRIMARY KEY AUTOINCREMENT,
                        skill_id TEXT NOT NULL,
                        title    TEXT NOT NULL,
                        day      TEXT NOT NULL,
                        link     TEXT NOT NULL DEFAULT '',
                        file     TEXT NOT NULL DEFAULT '',
                        outcome  TEXT NOT NULL DEFAULT ''
                    )""",
                    "CREATE INDEX evidence_by_skill ON evidence (skill_id, day)",
                    """
                    CREATE TABLE review_request (
                        token           TEXT PRIMARY KEY,
                        reviewer        TEXT NOT NULL DEFAULT '',
                        catalog_version TEXT NOT NULL,
                        requested       TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE review (
                        id       INTEGER PRIMARY KEY AUTOINCREMENT,
                        token    TEXT NOT NULL UNIQUE,
                        reviewer TEXT NOT NULL,
                        relation TEXT NOT NULL DEFAULT '',
                        day      TEXT NOT NULL
                    )""",
                    // A skill the reviewer could not judge has a comment perhaps, and no level.
                    """
                    CREATE TABLE review_rating (
                        review_id INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
                        skill_id  TEXT    NOT NULL,
                        level     INTEGER CHECK (level BETWEEN 0 AND 5),
                        comment   TEXT    NOT NULL DEFAULT '',
                        PRIMARY KEY (review_id, skill_id)
                    )""",
                    """
                    CREATE TABLE adopted_rating (
                        id         INTEGER PRIMARY KEY AUTOINCREMENT,
                        skill_id   TEXT    NOT NULL,
                        level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
                        review_id  INTEGER NOT NULL,
                        reviewer   TEXT    NOT NULL,
                        adopted_at TEXT    NOT NULL
                    )"""));

    static final List<Migration> ALL = List.of(CREATE_SCHEMA, NOTE_HISTORY, HELD_CERTIFICATIONS, POSTINGS,
            EVIDENCE_AND_REVIEWS);

    private static final Logger LOG = AppLog.logger(Migrations.class);

    private Migrations() {
    }

    /**
     * Checks the database is one this version may use, then sets it up and migrates it.
     *
     * @return the schema version it now has
     */
    static int prepare(Path file, Connection connection, List<Migration> migrations) {
        try {
            int applicationId = Sql.intPragma(connection, "application_id");
            int version = Sql.intPragma(connection, "user_version");
            int objects;
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
                objects = result.next() ? result.getInt(1) : 0;
            }
            boolean empty = objects == 0 && version == 0
                    && (applicationId == 0 || applicationId == APPLICATION_ID);
            if (!empty && applicationId != APPLICATION_ID) {
                throw new StoreException(StoreException.Kind.NOT_SKILLGAP, Messages.get("store.error.notSkillGap", file));
            }
            int latest = migrations.size();
            if (version > latest) {
                throw new StoreException(StoreException.Kind.NEWER_VERSION,
                        Messages.get("store.error.newerVersion", file, version, latest));
            }
            if (!empty) {
                checkIntegrity(file, connection);
            }
            // Only now may the file change: WAL lets the window read while a save is written.
            Sql.execute(connection, "PRAGMA journal_mode = WAL");
            Sql.execute(connection, "PRAGMA foreign_keys = ON");
            for (Migration migration : migrations.subList(version, latest)) {
                migrate(connection, migration);
            }
            if (empty) {
                DataFolder.restrictToOwner(file);
            }
            return latest;
        } catch (SQLException e) {
            throw Sql.translate(e, file);
        } catch (IOException e) {
            throw Sql.ioFailure(file, e);
        }
    }

    /** A quick check reads every page once: cheap for a file this small, and finds one cut short. */
    private static void checkIntegrity(Path file, Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA quick_check(1)")) {
            String verdict = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(verdict)) {
                // SQLite's verdict can run over several lines; a message stays on one.
                throw Sql.corrupt(file, verdict.strip().replaceAll("\\s*\\R\\s*", " "), null);
            }
        }
    }

    private static void migrate(Connection connection, Migration migration) throws SQLException {
        Sql.transaction(connection, "BEGIN IMMEDIATE", c -> {
            for (String sql : migration.statements()) {
                Sql.execute(c, sql);
            }
            Sql.execute(c, "PRAGMA user_version = " + migration.version());
            return null;
        });
        LOG.info(() -> "Database migrated to schema " + migration.version() + ": " + migration.description());
    }
}
