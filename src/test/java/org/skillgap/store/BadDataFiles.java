package org.skillgap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Random;

/**
 * Data files SkillGap cannot use, made the way they happen to people: a disk that returned
 * garbage, a copy cut short, another program's database in the data folder, data written by a
 * newer SkillGap. Shared by the store, command-line and window tests (hence public).
 */
public final class BadDataFiles {

    /** A kind of unusable file, and what {@link SkillGapStore#open} must report for it. */
    public enum Kind {
        RANDOM_BYTES(StoreException.Kind.CORRUPT, "is damaged"),
        TEXT_FILE(StoreException.Kind.CORRUPT, "is damaged"),
        CUT_SHORT(StoreException.Kind.CORRUPT, "is damaged"),
        PAGES_OVERWRITTEN(StoreException.Kind.CORRUPT, "is damaged"),
        ANOTHER_PROGRAM(StoreException.Kind.NOT_SKILLGAP, "is not a SkillGap database"),
        NEWER_SKILLGAP(StoreException.Kind.NEWER_VERSION, "newer version of SkillGap");

        public final StoreException.Kind refusal;
        /** Words the message must hold, so a person knows what is wrong. */
        public final String saying;

        Kind(StoreException.Kind refusal, String saying) {
            this.refusal = refusal;
            this.saying = saying;
        }
    }

    private BadDataFiles() {
    }

    /** Writes a file of {@code kind} at {@code file} (its folder must exist); returns its bytes. */
    public static byte[] write(Kind kind, Path file) throws IOException, SQLException {
        switch (kind) {
            case RANDOM_BYTES -> {
                byte[] noise = new byte[16 * 1024];
                new Random(7).nextBytes(noise);
                Files.write(file, noise);
            }
            case TEXT_FILE -> Files.writeString(file, "Shopping list\n- milk\n- a new hard disk\n".repeat(40));
            case CUT_SHORT -> {
                byte[] whole = realDatabase(file);
                Files.write(file, Arrays.copyOf(whole, whole.length / 2));
            }
            case PAGES_OVERWRITTEN -> {
                byte[] whole = realDatabase(file);
                byte[] garbage = new byte[4096 * 3];
                new Random(11).nextBytes(garbage);
                // Keep the first page (the header), spoil the pages after it.
                System.arraycopy(garbage, 0, whole, 4096, Math.min(garbage.length, whole.length - 4096));
                Files.write(file, whole);
            }
            case ANOTHER_PROGRAM -> Sqlite.execute(file, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)",
                    "INSERT INTO invoices VALUES (1, 9.5)");
            case NEWER_SKILLGAP -> Sqlite.execute(file, "PRAGMA application_id = " + Migrations.APPLICATION_ID,
                    "CREATE TABLE rating (skill_id TEXT PRIMARY KEY, level INTEGER, confidence INTEGER)",
                    "INSERT INTO rating VALUES ('sql', 3, 80)",
                    "PRAGMA user_version = " + (Migrations.ALL.size() + 1));
        }
        return Files.readAllBytes(file);
    }

    /** A SkillGap database with enough notes to span many pages, closed and left as one file. */
    private static byte[] realDatabase(Path file) throws IOException {
        try (SkillGapStore store = SkillGapStore.open(file, Migrations.ALL, Clock.systemUTC(), SkillGapStore.BUSY_TIMEOUT)) {
            for (int i = 0; i < 300; i++) {
                store.saveNote("skill-" + i, "a note long enough to fill several pages of the database file ".repeat(4));
            }
            store.leaveWalMode();
        }
        return Files.readAllBytes(file);
    }

    /** The number of schema steps this SkillGap knows, for messages that quote it. */
    public static int latestSchema() {
        return Migrations.ALL.size();
    }
}
