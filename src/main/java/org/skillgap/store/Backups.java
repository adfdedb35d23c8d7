package org.skillgap.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.skillgap.files.AtomicWrite;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Messages;

/**
 * Copies of the database in the data folder's {@code backups/}, named
 * {@code skillgap-YYYYMMDD-HHMMSS.db} after the local time they were made, and restoring one.
 * Every copy is a complete SQLite database made with VACUUM INTO, so any SQLite tool opens it.
 */
public final class Backups {

    /** How many backups the daily backup keeps. */
    public static final int KEPT = 7;

    private static final Logger LOG = AppLog.logger(Backups.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    /** A second backup within the same second gets "-2", "-3"... */
    private static final Pattern NAME = Pattern.compile("skillgap-(\\d{8}-\\d{6})(?:-(\\d+))?\\.db");
    private static final Comparator<Path> NEWEST_FIRST = Comparator
            .comparing((Path p) -> stampOf(p).orElse(""))
            .thenComparingInt(Backups::sequenceOf)
            .reversed();

    private Backups() {
    }

    /**
     * Makes today's backup unless there already is one from today (in the clock's time zone),
     * then removes all but the newest {@value #KEPT}. Old backups go only once the new one is
     * complete.
     *
     * @return the new backup, or empty when today's already existed
     */
    public static Optional<Path> dailyBackup(DataFolder folder, SkillGapStore store, Clock clock) {
        String today = "skillgap-" + DAY.format(LocalDate.now(clock)) + "-";
        if (list(folder).stream().anyMatch(p -> p.getFileName().toString().startsWith(today))) {
            return Optional.empty();
        }
        Path made = backupNow(folder, store, clock);
        list(folder).stream().skip(KEPT).forEach(Backups::deleteOld);
        return Optional.of(made);
    }

    /** Backs up the store into {@code backups/} now, e.g. before an import replaces everything. */
    public static Path backupNow(DataFolder folder, SkillGapStore store, Clock clock) {
        Path directory = ensureBackupFolder(folder);
        String stamp = STAMP.format(LocalDateTime.now(clock));
        Path target = directory.resolve("skillgap-" + stamp + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = directory.resolve("skillgap-" + stamp + "-" + n + ".db");
        }
        store.backupTo(target);
        return target;
    }

    /** The backups in {@code backups/}, newest first; empty when there are none. */
    public static List<Path> list(DataFolder folder) {
        Path directory = folder.backups();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> stampOf(p).isPresent() && Files.isRegularFile(p))
                    .sorted(NEWEST_FIRST)
                    .toList();
        } catch (IOException e) {
            throw Sql.ioFailure(directory, e);
        }
    }

    public static Optional<Path> newest(DataFolder folder) {
        return list(folder).stream().findFirst();
    }

    /**
     * Replaces the data in {@code folder} with the backup {@code backupFile}, after backing up the
     * current data into {@code backups/}. The backup file itself is only read.
     *
     * <p>The caller must close its {@link SkillGapStore} on this folder first and open a new one
     * afterwards. If any connection is still open on the database, the restore is refused with
     * {@link StoreException.Kind#LOCKED} and nothing changes.
     *
     * <p>Order of work, so that a failure at any step leaves the current data in place: copy the
     * backup to a temporary file in the data folder; open that copy (which checks it and brings an
     * older schema up to date) and make it one self-contained file; back up the current data;
     * remove the current database's -wal/-shm/-journal side files, which would otherwise be
     * replayed onto the restored file; rename the copy over the database.
     *
     * @return the backup of the data as it was before, or empty when there was none
     * @throws BadInputException when {@code backupFile} is missing, not a SkillGap database,
     *                           damaged or from a newer SkillGap; nothing is changed then
     */
    public static Optional<Path> restore(DataFolder folder, Path backupFile, Clock clock) {
        Path source = backupFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new BadInputException(Messages.get("restore.error.missing", source));
        }
        if (!DataFile.hasSkillGapHeader(source)) {
            throw new BadInputException(Messages.get("restore.error.notSkillGap", source));
        }
        Path database = folder.database();
        try {
            List<Optional<Path>> before = new ArrayList<>(1);
            AtomicWrite.replace(database, temp -> {
                try {
                    copy(source, temp);
                    checkAndSeal(temp, source);
                    before.add(backUpCurrent(folder, clock));
                    for (Path side : sideFiles(database)) {
                        Files.deleteIfExists(side);
                    }
                } finally {
                    sideFiles(temp).forEach(Backups::deleteQuietly);
                }
            });
            DataFolder.restrictToOwner(database);
            Optional<Path> previous = before.get(0);
            LOG.info(() -> "Restored " + database + " from " + source + previous.map(b -> "; previous data in " + b).orElse(""));
            return previous;
        } catch (IOException e) {
            throw Sql.ioFailure(database, e);
        }
    }

    /** Opens the copy to check it and migrate it, then leaves it as a single file. */
    private static void checkAndSeal(Path copy, Path source) {
        try (SkillGapStore store = SkillGapStore.open(copy)) {
            store.leaveWalMode();
        } catch (StoreException e) {
            String key = switch (e.kind()) {
                case CORRUPT -> "restore.error.damaged";
                case NEWER_VERSION -> "restore.error.newerVersion";
                case NOT_SKILLGAP -> "restore.error.notSkillGap";
                default -> null;
            };
            if (key == null) {
                throw e;
            }
            throw new BadInputException(Messages.get(key, source), e);
        }
    }

    /**
     * Backs up the data about to be replaced. A database that opens is copied with VACUUM INTO;
     * one that does not (damaged, from a newer version) is copied byte for byte, with its side
     * files, as {@code skillgap-...-replaced.db}, which the daily clean-up never deletes.
     */
    private static Optional<Path> backUpCurrent(DataFolder folder, Clock clock) throws IOException {
        Path database = folder.database();
        if (!Files.exists(database) || Files.size(database) == 0) {
            return Optional.empty();
        }
        try (SkillGapStore current = SkillGapStore.open(database)) {
            // Fails when anyone else still has the database open: replacing it then would be unsafe.
            current.leaveWalMode();
            return Optional.of(backupNow(folder, current, clock));
        } catch (StoreException e) {
            if (e.kind() != StoreException.Kind.CORRUPT && e.kind() != StoreException.Kind.NEWER_VERSION
                    && e.kind() != StoreException.Kind.NOT_SKILLGAP) {
                throw e;
            }
            Path directory = ensureBackupFolder(folder);
            Path target = directory.resolve("skillgap-" + STAMP.format(LocalDateTime.now(clock)) + "-replaced.db");
            for (int n = 2; Files.exists(target); n++) {
                target = directory.resolve("skillgap-" + STAMP.format(LocalDateTime.now(clock)) + "-replaced-" + n + ".db");
            }
            copyAtomically(database, target);
            for (Path side : sideFiles(database)) {
                if (Files.exists(side)) {
                    copyAtomically(side, target.resolveSibling(target.getFileName() + side.getFileName().toString()
                            .substring(database.getFileName().toString().length())));
                }
            }
            LOG.warning("Kept an exact copy of the database that could not be opened (" + e.getMessage() + "): " + target);
            return Optional.of(target);
        }
    }

    private static Path ensureBackupFolder(DataFolder folder) {
        Path directory = folder.backups();
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                DataFolder.restrictToOwner(directory);
            }
        } catch (IOException e) {
            throw Sql.ioFailure(directory, e);
        }
        return directory;
    }

    /** Copies into an owner-only file; {@link AtomicWrite} forces it to disk before anything relies on it. */
    private static void copy(Path from, Path to) throws IOException {
        DataFolder.restrictToOwner(to);
        try (InputStream in = Files.newInputStream(from);
             OutputStream out = Files.newOutputStream(to, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            in.transferTo(out);
        }
    }

    private static void copyAtomically(Path from, Path to) throws IOException {
        AtomicWrite.replace(to, temp -> copy(from, temp));
    }

    private static List<Path> sideFiles(Path database) {
        String name = database.getFileName().toString();
        return List.of(database.resolveSibling(name + "-wal"), database.resolveSibling(name + "-shm"),
                database.resolveSibling(name + "-journal"));
    }

    /** "20250301-093000" for skillgap-20250301-093000.db; empty for any other file. */
    private static Optional<String> stampOf(Path path) {
        Matcher m = NAME.matcher(path.getFileName().toString());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** 1 for the first backup of a second, 2, 3... for the ones made in the same second after it. */
    private static int sequenceOf(Path path) {
        Matcher m = NAME.matcher(path.getFileName().toString());
        return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 1;
    }

    private static void deleteOld(Path backup) {
        try {
            Files.deleteIfExists(backup);
        } catch (IOException e) {
            // A backup too many is no harm; the next daily backup tries again.
            LOG.log(Level.WARNING, "Could not delete the old backup " + backup, e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + path, e);
        }
    }
}
