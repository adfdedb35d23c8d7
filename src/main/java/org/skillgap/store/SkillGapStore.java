package org.skillgap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.skillgap.files.AtomicWrite;
import org.skillgap.model.Assessment;
import org.skillgap.model.BadInputException;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.model.Texts;
import org.skillgap.model.UserData;
import org.sqlite.SQLiteConfig;

/**
 * Everything a person enters, in one SQLite file. One connection per store; every method that
 * changes data is one transaction, so a crash never leaves half an action behind. Methods are
 * synchronized because the window calls them from a background thread.
 *
 * <p>Opening checks the file before touching it: a damaged file, another program's database or a
 * database from a newer SkillGap is refused with a {@link StoreException} and left exactly as it
 * was. Only then is it switched to WAL and migrated (see {@link Migrations}).
 */
public final class SkillGapStore implements AutoCloseable {

    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = AppLog.logger(SkillGapStore.class);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int APPLICATION_ID_OFFSET = 68;

    private final Path file;
    private final Connection connection;
    private final Clock clock;
    private final int schemaVersion;
    private boolean closed;

    private SkillGapStore(Path file, Connection connection, Clock clock, int schemaVersion) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens the data file, creating it (readable by its owner only) if missing, and brings its
     * schema up to date.
     *
     * @throws StoreException when the file is damaged, from a newer SkillGap, not SkillGap's,
     *                        in use by another program, or cannot be read or written
     */
    public static SkillGapStore open(Path databaseFile) {
        return open(databaseFile, Migrations.ALL, Clock.systemUTC(), BUSY_TIMEOUT);
    }

    /** The full form, for tests: an older list of migrations makes a database as an older version did. */
    static SkillGapStore open(Path databaseFile, List<Migration> migrations, Clock clock, Duration busyTimeout) {
        Path file = databaseFile.toAbsolutePath().normalize();
        boolean created = createIfMissing(file);
        if (!created) {
            checkHeader(file);
            // Before SQLite opens it: in a read-only folder it cannot even read a WAL database.
            checkWritable(file);
        }
        Connection connection = connect(file, busyTimeout);
        try {
            int version = prepare(file, connection, migrations);
            return new SkillGapStore(file, connection, clock, version);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            if (created) {
                deleteQuietly(file);
            }
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** How many migrations this database has had: the latest this version of SkillGap knows. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * A number that changes when another program (the command line, a second window) commits to the
     * database; this store's own writes leave it alone. The window compares it on focus to know when
     * to read the data again.
     */
    public synchronized long externalChangeCounter() {
        return read(c -> {
            try (var statement = c.createStatement(); var rows = statement.executeQuery("PRAGMA data_version")) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
    }

    public synchronized Optional<Profile> profile() {
        return read(this::readProfile);
    }

    /** @throws BadInputException when the weekly hours are outside 1-80 or the target or background is missing */
    public synchronized void saveProfile(Profile profile) {
        validate(profile);
        write(c -> writeProfile(c, Optional.of(profile)));
    }

    /** The current level of every rated skill. */
    public synchronized Assessment assessment() {
        return read(c -> new Assessment(readRatings(c)));
    }

    /**
     * Sets a skill's current level and adds the change to the history, in one transaction.
     * Rating a skill at the level it already has changes nothing.
     *
     * @throws BadInputException when the level is not 0-5 or the skill id is blank
     */
    public synchronized void rate(String skillId, int level) {
        requireId(skillId, "store.error.blankSkill");
        validateLevel(skillId, level);
        write(c -> {
            Integer current = readRatings(c).get(skillId);
            if (current == null || current != level) {
                update(c, "INSERT INTO rating (skill_id, level) VALUES (?, ?) "
                        + "ON CONFLICT (skill_id) DO UPDATE SET level = excluded.level", skillId, level);
                update(c, "INSERT INTO rating_history (skill_id, level, changed_at) VALUES (?, ?, ?)",
                        skillId, level, now());
            }
            return null;
        });
    }

    public synchronized Map<String, String> notes() {
        return read(this::readNotes);
    }

    /**
     * Sets a skill's note; blank text removes it. The text is kept exactly as given, and must follow
     * {@link Texts} (at most 10,000 characters, no control characters but tabs and line breaks).
     * Every change, removal included, is also added to the note history, so nothing a person
     * typed is ever overwritten.
     *
     * @throws BadInputException when the text breaks the {@link Texts} rule; nothing is saved then
     */
    public synchronized void saveNote(String skillId, String text) {
        requireId(skillId, "store.error.blankSkill");
        Objects.requireNonNull(text, "text");
        Texts.checkNote(skillId, text);
        write(c -> {
            writeNote(c, skillId, Optional.ofNullable(readNotes(c).get(skillId)), text, now());
            return null;
        });
    }

    /** Every rating change, oldest first. */
    public synchronized List<RatingChange> history() {
        return read(this::readHistory);
    }

    public synchronized Map<String, ItemStatus> itemStatuses() {
        return read(this::readItems);
    }

    public synchronized void setItemStatus(String itemId, ItemStatus status) {
        requireId(itemId, "store.error.blankItem");
        Objects.requireNonNull(status, "status");
        write(c -> update(c, "INSERT INTO item_status (item_id, status, changed_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (item_id) DO UPDATE SET status = excluded.status, changed_at = excluded.changed_at",
                itemId, status.id(), now()));
    }

    public synchronized Optional<String> setting(String key) {
        return Optional.ofNullable(read(this::readSettings).get(key));
    }

    public synchronized void putSetting(String key, String value) {
        requireId(key, "store.error.blankSetting");
        Objects.requireNonNull(value, "value");
        write(c -> update(c, "INSERT INTO setting (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value));
    }

    /** Everything, read in one transaction so the parts agree with each other. */
    public synchronized UserData readAll() {
        return read(c -> new UserData(readProfile(c), readRatings(c), readNotes(c), readHistory(c),
                readItems(c), readSettings(c)));
    }

    /**
     * Replaces all user data with {@code data} in one transaction: an import either lands whole or
     * not at all. The rating history becomes {@code data.history()}; note changes are added to the
     * note history, which keeps what was there before.
     *
     * @throws BadInputException when anything in {@code data} is invalid; nothing is changed then
     */
    public synchronized void replaceAll(UserData data) {
        data.profile().ifPresent(SkillGapStore::validate);
        data.ratings().forEach((skill, level) -> {
            requireId(skill, "store.error.blankSkill");
            validateLevel(skill, level);
        });
        data.history().forEach(change -> {
            requireId(change.skillId(), "store.error.blankSkill");
            validateLevel(change.skillId(), change.level());
            Objects.requireNonNull(change.changedAt(), "changedAt");
        });
        data.notes().forEach((skill, text) -> {
            requireId(skill, "store.error.blankSkill");
            Texts.checkNote(skill, text);
        });
        data.items().keySet().forEach(item -> requireId(item, "store.error.blankItem"));
        data.settings().keySet().forEach(key -> requireId(key, "store.error.blankSetting"));
        write(c -> {
            String now = now();
            writeProfile(c, data.profile());
            update(c, "DELETE FROM rating");
            for (Map.Entry<String, Integer> rating : sorted(data.ratings())) {
                update(c, "INSERT INTO rating (skill_id, level) VALUES (?, ?)", rating.getKey(), rating.getValue());
            }
            update(c, "DELETE FROM rating_history");
            for (RatingChange change : data.history()) {
                update(c, "INSERT INTO rating_history (skill_id, level, changed_at) VALUES (?, ?, ?)",
                        change.skillId(), change.level(), change.changedAt().toString());
            }
            Map<String, String> oldNotes = readNotes(c);
            Set<String> skills = new HashSet<>(oldNotes.keySet());
            skills.addAll(data.notes().keySet());
            for (String skill : skills.stream().sorted().toList()) {
                writeNote(c, skill, Optional.ofNullable(oldNotes.get(skill)), data.notes().getOrDefault(skill, ""), now);
            }
            update(c, "DELETE FROM item_status");
            for (Map.Entry<String, ItemStatus> item : sorted(data.items())) {
                update(c, "INSERT INTO item_status (item_id, status, changed_at) VALUES (?, ?, ?)",
                        item.getKey(), item.getValue().id(), now);
            }
            update(c, "DELETE FROM setting");
            for (Map.Entry<String, String> setting : sorted(data.settings())) {
                update(c, "INSERT INTO setting (key, value) VALUES (?, ?)", setting.getKey(), setting.getValue());
            }
            return null;
        });
    }

    /**
     * Writes a consistent copy of the database to {@code target}, which must not exist yet. The
     * copy is made under a temporary name in the same folder and then renamed, so {@code target}
     * is either absent or complete, never half-written.
     *
     * @throws BadInputException when {@code target} exists or its folder does not
     */
    public synchronized void backupTo(Path target) {
        ensureOpen();
        Path destination = target.toAbsolutePath().normalize();
        if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException(Messages.get("store.backup.targetExists", destination));
        }
        Path folder = destination.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInputException(Messages.get("store.backup.noFolder", destination, folder));
        }
        try {
            // The empty temporary file carries owner-only permissions; VACUUM INTO accepts an empty file.
            AtomicWrite.replace(destination, temp -> {
                DataFolder.restrictToOwner(temp);
                try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                    vacuum.setString(1, temp.toString());
                    vacuum.execute();
                }
            });
        } catch (SQLException e) {
            throw translate(e, destination);
        } catch (IOException e) {
            throw ioFailure(destination, e);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            closeQuietly(connection);
        }
    }

    /**
     * Leaves WAL mode, so that the database is one self-contained file once closed. It needs the
     * database to itself: when any other connection has it open this fails with
     * {@link StoreException.Kind#LOCKED}, which is how a restore finds out that SkillGap is still
     * running on the data it is about to replace.
     */
    synchronized void leaveWalMode() {
        ensureOpen();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA journal_mode = DELETE")) {
            String mode = result.next() ? result.getString(1) : "";
            if (!"delete".equalsIgnoreCase(mode)) {
                throw new StoreException(StoreException.Kind.LOCKED, Messages.get("store.error.locked", file));
            }
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    /** True when the first bytes of {@code path} say it is a SkillGap database; never opens it with SQLite. */
    static boolean hasSkillGapHeader(Path path) {
        Optional<ByteBuffer> header = readHeader(path);
        return header.isPresent() && header.get().getInt(APPLICATION_ID_OFFSET) == Migrations.APPLICATION_ID;
    }

    // ---- opening ------------------------------------------------------------------------------

    /** Creates a missing file empty and owner-only, before SQLite sees it. True when it did. */
    private static boolean createIfMissing(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(StoreException.Kind.IO,
                    Messages.get("store.error.io", file, "it is a folder, not a file"));
        }
        if (Files.exists(file)) {
            return false;
        }
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            return true;
        } catch (IOException e) {
            throw ioFailure(file, e);
        }
    }

    /** Random bytes or a text file are reported here, without handing them to SQLite at all. */
    private static void checkHeader(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw ioFailure(file, e);
        }
        if (size > 0 && readHeader(file).isEmpty()) {
            throw corrupt(file, Messages.get("store.error.corrupt.header"), null);
        }
    }

    /** The 100-byte SQLite header, if the file starts with one. */
    private static Optional<ByteBuffer> readHeader(Path path) {
        byte[] header = new byte[HEADER_SIZE];
        try (InputStream in = Files.newInputStream(path)) {
            if (in.readNBytes(header, 0, HEADER_SIZE) < HEADER_SIZE) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
            return Optional.empty();
        }
        return Optional.of(ByteBuffer.wrap(header));
    }

    private static Connection connect(Path file, Duration busyTimeout) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) busyTimeout.toMillis());
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    /** Checks the database is one this version may use, then sets it up and migrates it. */
    private static int prepare(Path file, Connection connection, List<Migration> migrations) {
        try {
            int applicationId = intPragma(connection, "application_id");
            int version = intPragma(connection, "user_version");
            int objects;
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
                objects = result.next() ? result.getInt(1) : 0;
            }
            boolean empty = objects == 0 && version == 0
                    && (applicationId == 0 || applicationId == Migrations.APPLICATION_ID);
            if (!empty && applicationId != Migrations.APPLICATION_ID) {
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
            execute(connection, "PRAGMA journal_mode = WAL");
            execute(connection, "PRAGMA foreign_keys = ON");
            for (Migration migration : migrations.subList(version, latest)) {
                migrate(connection, migration);
            }
            if (empty) {
                DataFolder.restrictToOwner(file);
            }
            return latest;
        } catch (SQLException e) {
            throw translate(e, file);
        } catch (IOException e) {
            throw ioFailure(file, e);
        }
    }

    /**
     * SQLite quietly opens a file it may not write for reading only, and every save would then
     * fail after the person typed it. Saying so at the start lets them fix it first. The folder
     * must be writable too: the write-ahead log and the backups are made there.
     */
    private static void checkWritable(Path file) {
        Path folder = file.getParent();
        if (!Files.isWritable(file) || folder != null && !Files.isWritable(folder)) {
            throw new StoreException(StoreException.Kind.READ_ONLY, Messages.get("store.error.readOnly", file));
        }
    }

    /** A quick check reads every page once: cheap for a file this small, and finds one cut short. */
    private static void checkIntegrity(Path file, Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA quick_check(1)")) {
            String verdict = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(verdict)) {
                // SQLite's verdict can run over several lines; a message stays on one.
                throw corrupt(file, verdict.strip().replaceAll("\\s*\\R\\s*", " "), null);
            }
        }
    }

    private static void migrate(Connection connection, Migration migration) throws SQLException {
        transaction(connection, "BEGIN IMMEDIATE", c -> {
            for (String sql : migration.statements()) {
                execute(c, sql);
            }
            execute(c, "PRAGMA user_version = " + migration.version());
            return null;
        });
        LOG.info(() -> "Database migrated to schema " + migration.version() + ": " + migration.description());
    }

    private static int intPragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    // ---- reading and writing ------------------------------------------------------------------

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one read transaction, so it sees one consistent state of the file. A
     * deferred transaction takes no write lock: reading never waits for, or blocks, a writer.
     */
    private <T> T read(Work<T> work) {
        ensureOpen();
        try {
            return transaction(connection, "BEGIN DEFERRED", work);
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    /**
     * Runs {@code work} in one transaction: all of it is saved, or none of it. BEGIN IMMEDIATE
     * takes the write lock at the start, so the action waits for another writer (up to the busy
     * timeout) instead of failing half-way when it moves from reading to writing.
     */
    private <T> T write(Work<T> work) {
        ensureOpen();
        try {
            return transaction(connection, "BEGIN IMMEDIATE", work);
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    /**
     * The connection stays in auto-commit mode and transactions are plain BEGIN/COMMIT/ROLLBACK
     * statements: the JDBC driver's own transaction handling starts the next transaction right
     * after a commit and gets out of step with SQLite when a BEGIN fails on a lock.
     */
    private static <T> T transaction(Connection c, String begin, Work<T> work) throws SQLException {
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

    private static Void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
        return null;
    }

    private Optional<Profile> readProfile(Connection c) throws SQLException {
        try (Statement statement = c.createStatement();
             ResultSet r = statement.executeQuery(
                     "SELECT name, target_id, background_id, hours_per_week FROM profile WHERE id = 1")) {
            return r.next()
                    ? Optional.of(new Profile(r.getString(1), r.getString(2), r.getString(3), storedHours(r.getInt(4))))
                    : Optional.empty();
        }
    }

    /**
     * Hours edited by hand into the file outside the range are brought into it, so the person's
     * data still opens; the Profile screen then shows the hours used, to change if they wish.
     */
    private static int storedHours(int hours) {
        if (Profile.isValidHours(hours)) {
            return hours;
        }
        java.util.logging.Logger.getLogger(SkillGapStore.class.getName())
                .warning("Stored hours a week out of range, used the nearest possible: " + hours);
        return Math.max(Profile.MIN_HOURS, Math.min(Profile.MAX_HOURS, hours));
    }

    private static Void writeProfile(Connection c, Optional<Profile> profile) throws SQLException {
        if (profile.isEmpty()) {
            return update(c, "DELETE FROM profile");
        }
        Profile p = profile.get();
        return update(c, "INSERT INTO profile (id, name, target_id, background_id, hours_per_week) VALUES (1, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, target_id = excluded.target_id, "
                + "background_id = excluded.background_id, hours_per_week = excluded.hours_per_week",
                p.name(), p.targetId(), p.backgroundId(), p.hoursPerWeek());
    }

    private Map<String, Integer> readRatings(Connection c) throws SQLException {
        Map<String, Integer> ratings = new HashMap<>();
        try (Statement statement = c.createStatement();
             ResultSet r = statement.executeQuery("SELECT skill_id, level FROM rating")) {
            while (r.next()) {
                ratings.put(r.getString(1), r.getInt(2));
            }
        }
        return ratings;
    }

    private List<RatingChange> readHistory(Connection c) throws SQLException {
        List<RatingChange> history = new ArrayList<>();
        try (Statement statement = c.createStatement();
             ResultSet r = statement.executeQuery("SELECT skill_id, level, changed_at FROM rating_history ORDER BY id")) {
            while (r.next()) {
                history.add(new RatingChange(r.getString(1), r.getInt(2), parseTime(r.getString(3))));
            }
        }
        return history;
    }

    /**
     * A time as this store writes it (Instant.toString: "2025-01-15T07:30:00Z", with a fraction of a
     * second when there is one), read without DateTimeFormatter: Instant.parse cost most of the time
     * of opening a store with five years of weekly history (15,000+ rows), measured in
     * bench/store. Any other form is left to Instant.parse, which also rejects what is not a time.
     */
    static Instant parseTime(String text) {
        int length = text.length();
        int fractionDigits = length - 21;
        boolean usual = length >= 20 && fractionDigits <= 9 && text.charAt(length - 1) == 'Z'
                && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':'
                && (length == 20 || (fractionDigits >= 1 && text.charAt(19) == '.'));
        if (usual) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int fraction = length == 20 ? 0 : digits(text, 20, length - 1);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()
                    && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59
                    && fraction >= 0) {
                for (int k = Math.max(0, fractionDigits); k < 9; k++) {
                    fraction *= 10;
                }
                long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, fraction);
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number in text[from, to), or -1 when a character is not a digit 0-9. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    private Map<String, String> readNotes(Connection c) throws SQLException {
        return readPairs(c, "SELECT skill_id, text FROM note");
    }

    /** Saves a note change and records it in the note history; an unchanged note is left alone. */
    private static void writeNote(Connection c, String skillId, Optional<String> old, String text, String now)
            throws SQLException {
        boolean remove = text.isBlank();
        if (remove ? old.isEmpty() : old.filter(text::equals).isPresent()) {
            return;
        }
        if (remove) {
            update(c, "DELETE FROM note WHERE skill_id = ?", skillId);
        } else {
            update(c, "INSERT INTO note (skill_id, text, changed_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT (skill_id) DO UPDATE SET text = excluded.text, changed_at = excluded.changed_at",
                    skillId, text, now);
        }
        update(c, "INSERT INTO note_history (skill_id, text, changed_at) VALUES (?, ?, ?)",
                skillId, remove ? "" : text, now);
    }

    private Map<String, ItemStatus> readItems(Connection c) throws SQLException {
        Map<String, ItemStatus> items = new HashMap<>();
        for (Map.Entry<String, String> row : readPairs(c, "SELECT item_id, status FROM item_status").entrySet()) {
            // The table's CHECK constraint admits only known ids.
            ItemStatus.fromId(row.getValue()).ifPresent(status -> items.put(row.getKey(), status));
        }
        return items;
    }

    private Map<String, String> readSettings(Connection c) throws SQLException {
        return readPairs(c, "SELECT key, value FROM setting");
    }

    private static Map<String, String> readPairs(Connection c, String sql) throws SQLException {
        Map<String, String> pairs = new HashMap<>();
        try (Statement statement = c.createStatement(); ResultSet r = statement.executeQuery(sql)) {
            while (r.next()) {
                pairs.put(r.getString(1), r.getString(2));
            }
        }
        return pairs;
    }

    /** Sorted so an import writes rows in a stable order, which keeps backups comparable. */
    private static <V> List<Map.Entry<String, V>> sorted(Map<String, V> map) {
        return new ArrayList<>(new java.util.TreeMap<>(map).entrySet());
    }

    private String now() {
        return clock.instant().toString();
    }

    // ---- validation and errors ----------------------------------------------------------------

    private static void validate(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        if (profile.targetId() == null || profile.targetId().isBlank()) {
            throw new BadInputException(Messages.get("store.error.noTarget"));
        }
        if (profile.backgroundId() == null || profile.backgroundId().isBlank()) {
            throw new BadInputException(Messages.get("store.error.noBackground"));
        }
        Texts.checkName(profile.name());
    }

    private static void validateLevel(String skillId, int level) {
        if (level < 0 || level > 5) {
            throw new BadInputException(Messages.get("store.error.level", skillId, level));
        }
    }

    private static void requireId(String id, String messageKey) {
        if (id == null || id.isBlank()) {
            throw new BadInputException(Messages.get(messageKey));
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The store for " + file + " is closed");
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            execute(c, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite has already rolled back on some errors (a full disk, for one): nothing left to undo.
            LOG.log(Level.FINE, "No transaction to roll back", e);
        }
    }

    /**
     * SQLite's result codes, turned into what a person can act on. Anything else is a bug in
     * SkillGap, not a problem with the file, and is reported as one.
     */
    static RuntimeException translate(SQLException e, Path file) {
        int primaryCode = e.getErrorCode() & 0xFF;
        return switch (primaryCode) {
            case 5, 6 -> new StoreException(StoreException.Kind.LOCKED, Messages.get("store.error.locked", file), e);
            case 11, 26 -> corrupt(file, e.getMessage(), e);
            case 8 -> new StoreException(StoreException.Kind.READ_ONLY, Messages.get("store.error.readOnly", file), e);
            case 10, 13, 14, 15, 22 -> new StoreException(StoreException.Kind.IO,
                    Messages.get("store.error.io", file, e.getMessage()), e);
            default -> new IllegalStateException("SQLite failed on " + file + ": " + e.getMessage(), e);
        };
    }

    private static StoreException corrupt(Path file, String detail, Throwable cause) {
        Path backups = file.resolveSibling("backups");
        return new StoreException(StoreException.Kind.CORRUPT,
                Messages.get("store.error.corrupt", file, detail, backups), cause);
    }

    static StoreException ioFailure(Path file, IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new StoreException(StoreException.Kind.READ_ONLY, Messages.get("store.error.readOnly", file), e);
        }
        return new StoreException(StoreException.Kind.IO, Messages.get("store.error.io", file, detail), e);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not close the database connection", e);
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
