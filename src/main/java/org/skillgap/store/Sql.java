package org.skillgap.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.skillgap.model.Messages;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The JDBC plumbing under the store: connections, transactions, statements, and SQLite's errors
 * turned into what a person can act on.
 */
final class Sql {

    private static final Logger LOG = AppLog.logger(Sql.class);

    private Sql() {
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    static Connection connect(Path file, Duration busyTimeout, boolean queryOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) busyTimeout.toMillis());
        try {
            Connection connection = config.createConnection("jdbc:sqlite:" + file);
            if (queryOnly) {
                // A reader cannot write by mistake, and never takes the write lock.
                execute(connection, "PRAGMA query_only = ON");
            }
            return connection;
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    /**
     * The connection stays in auto-commit mode and transactions are plain BEGIN/COMMIT/ROLLBACK
     * statements: the JDBC driver's own transaction handling starts the next transaction right
     * after a commit and gets out of step with SQLite when a BEGIN fails on a lock.
     */
    static <T> T transaction(Connection c, String begin, Work<T> work) throws SQLException {
        execute(c, begin);
        boolean committed = false;
        try {
            T result = work.run(c);
            execute(c, "COMMIT");
            committed = true;
            return result;
        } finally {
            if (!committed) {
                rollbackQuietly(c);
            }
        }
    }

    static Void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
        return null;
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static int intPragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    static Map<String, String> readPairs(Connection c, String sql) throws SQLException {
        Map<String, String> pairs = new HashMap<>();
        try (Statement statement = c.createStatement(); ResultSet r = statement.executeQuery(sql)) {
            while (r.next()) {
                pairs.put(r.getString(1), r.getString(2));
            }
        }
        return pairs;
    }

    static void rollbackQuietly(Connection c) {
        try {
            execute(c, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite has already rolled back on some errors (a full disk, for one): nothing left to undo.
            LOG.log(Level.FINE, "No transaction to roll back", e);
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not close the database connection", e);
        }
    }

    /**
     * SQLite's result codes, turned into what a person can act on. Anything else is a bug in
     * SkillGap, not a problem with the file, and is reported as one.
     */
    static RuntimeException translate(SQLException e, Path file) {
        // The primary code is the low byte of an extended one (SQLITE_IOERR_WRITE is IOERR).
        SQLiteErrorCode code = SQLiteErrorCode.getErrorCode(e.getErrorCode() & 0xFF);
        return switch (code) {
            case SQLITE_BUSY, SQLITE_LOCKED ->
                    new StoreException(StoreException.Kind.LOCKED, Messages.get("store.error.locked", file), e);
            case SQLITE_CORRUPT, SQLITE_NOTADB -> corrupt(file, e.getMessage(), e);
            case SQLITE_READONLY ->
                    new StoreException(StoreException.Kind.READ_ONLY, Messages.get("store.error.readOnly", file), e);
            case SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PROTOCOL, SQLITE_NOLFS ->
                    new StoreException(StoreException.Kind.IO, Messages.get("store.error.io", file, e.getMessage()), e);
            default -> new IllegalStateException("SQLite failed on " + file + ": " + e.getMessage(), e);
        };
    }

    static StoreException corrupt(Path file, String detail, Throwable cause) {
        Path backups = file.resolveSibling("backups");
        return new StoreException(StoreException.Kind.CORRUPT,
                Messages.get("store.error.corrupt", file, detail, backups), cause);
    }

    static StoreException ioFailure(Path file, IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof AccessDeniedException) {
            return new StoreException(StoreException.Kind.READ_ONLY, Messages.get("store.error.readOnly", file), e);
        }
        return new StoreException(StoreException.Kind.IO, Messages.get("store.error.io", file, detail), e);
    }
}
