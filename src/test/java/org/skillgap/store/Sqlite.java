package org.skillgap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain SQLite access for tests: what another program, or an older SkillGap, would do to a file. */
final class Sqlite {

    private Sqlite() {
    }

    static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    static void execute(Path file, String... statements) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** Each row's columns joined with "|", as the sqlite3 shell prints them. */
    static List<String> query(Path file, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(file); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
