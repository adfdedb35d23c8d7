package org.skillgap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Moves a data file SkillGap cannot use out of the way, so the person can start afresh without
 * losing it: nothing is deleted, the file only gets a new name with the time in it.
 */
public final class DamagedFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private DamagedFiles() {
    }

    /** Renames the database and its -wal/-shm companions; returns the database's new name. */
    public static Path moveAside(Path database, Clock clock) throws IOException {
        String stamp = STAMP.format(LocalDateTime.now(clock));
        String name = database.getFileName().toString();
        String base = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        Path moved = database.resolveSibling(base + "-unusable-" + stamp + ".db");
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path companion = database.resolveSibling(name + suffix);
            if (Files.exists(companion)) {
                Files.move(companion, moved.resolveSibling(moved.getFileName() + suffix));
            }
        }
        Files.move(database, moved);
        return moved;
    }
}
