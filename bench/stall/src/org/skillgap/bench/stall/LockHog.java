package org.skillgap.bench.stall;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The other program: like a command-line import of a large file, it holds SQLite's write lock on
 * the data file for a while, lets go briefly, and takes it again, until it is killed.
 *
 * <p>Usage: {@code LockHog DATABASE HOLD_MS GAP_MS}
 */
public final class LockHog {

    private LockHog() {
    }

    public static void main(String[] args) throws Exception {
        String database = args[0];
        long hold = Long.parseLong(args[1]);
        long gap = Long.parseLong(args[2]);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            while (true) {
                s.execute("BEGIN IMMEDIATE");
                System.out.println("holding");
                System.out.flush();
                Thread.sleep(hold);
                s.execute("ROLLBACK");
                Thread.sleep(gap);
            }
        }
    }
}
