package org.skillgap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

import org.skillgap.files.AtomicWrite;
import org.skillgap.model.Assessment;
import org.skillgap.model.BadInputException;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.model.PostingCorrection;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.model.SavedPosting;
import org.skillgap.model.Reviews;
import org.skillgap.model.Texts;
import org.skillgap.model.UserData;

/**
 * Everything a person enters, in one SQLite file. Every method that changes data is one
 * transaction, so a crash never leaves half an action behind.
 *
 * <p>Writes go through one connection and reads through a second, read-only one, each behind its
 * own lock. With the write-ahead log a read never waits for a write, not even one that is waiting
 * for another program (the command line) to let go of the file: the window can always show what
 * is saved.
 *
 * <p>Opening checks the file before touching it: a damaged file, another program's database or a
 * database from a newer SkillGap is refused with a {@link StoreException} and left exactly as it
 * was. Only then is it switched to WAL and migrated (see {@link Migrations}).
 */
public final class SkillGapStore implements AutoCloseable {

    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = AppLog.logger(SkillGapStore.class);

    private final Path file;
    private final Connection writeConnection;
    private final Object writeLock = new Object();
    /** Opened on the first read, so that a store opened only to back up or restore holds one connection. */
    private Connection readConnection;
    private final Object readLock = new Object();
    private final Duration busyTimeout;
    private final Clock clock;
    private final int schemaVersion;
    private volatile boolean closed;

    private SkillGapStore(Path file, Connection writeConnection, Duration busyTimeout, Clock clock, int schemaVersion) {
        this.file = file;
        this.writeConnection = writeConnection;
        this.busyTimeout = busyTimeout;
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
        boolean created = DataFile.createIfMissing(file);
        if (!created) {
            DataFile.checkHeader(file);
            // Before SQLite opens it: in a read-only folder it cannot even read a WAL database.
            DataFile.checkWritable(file);
        }
        Connection connection = Sql.connect(file, busyTimeout, false);
        try {
            int version = Migrations.prepare(file, connection, migrations);
            return new SkillGapStore(file, connection, busyTimeout, clock, version);
        } catch (RuntimeException e) {
            Sql.closeQuietly(connection);
            if (created) {
                DataFile.deleteQuietly(file);
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
     * to read the data again. It is asked on the write connection, whose own commits do not count,
     * so it waits while a save waits for the file: call it off the UI thread.
     */
    public long externalChangeCounter() {
        return write(c -> {
            try (var statement = c.createStatement(); var rows = statement.executeQuery("PRAGMA data_version")) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        }, null);
    }

    public Optional<Profile> profile() {
        return read(this::readProfile);
    }

    /** @throws BadInputException when the weekly hours are outside 1-80 or the target or background is missing */
    public void saveProfile(Profile profile) {
        validate(profile);
        write(c -> writeProfile(c, Optional.of(profile)));
    }

    /** The current level of every rated skill. */
    public Assessment assessment() {
        return read(c -> new Assessment(readRatings(c)));
    }

    /**
     * Sets a skill's current level and adds the change to the history, in one transaction.
     * Rating a skill at the level it already has changes nothing.
     *
     * @throws BadInputException when the level is not 0-5 or the skill id is blank
     */
    public void rate(String skillId, int level) {
        requireId(skillId, "store.error.blankSkill");
        validateLevel(skillId, level);
        write(c -> writeRating(c, skillId, level));
    }

    /**
     * Rates a skill and sets its note in one transaction: both are saved, or neither.
     *
     * @throws BadInputException when the level or the note is refused; nothing is saved then
     */
    public void rate(String skillId, int level, String note) {
        requireId(skillId, "store.error.blankSkill");
        validateLevel(skillId, level);
        Objects.requireNonNull(note, "note");
        Texts.checkNote(skillId, note);
        write(c -> {
            writeRating(c, skillId, level);
            writeNote(c, skillId, Optional.ofNullable(readNotes(c).get(skillId)), note, now());
            return null;
        });
    }

    Void writeRating(Connection c, String skillId, int level) throws SQLException {
        Integer current = readRatings(c).get(skillId);
        if (current == null || current != level) {
            Sql.update(c, "INSERT INTO rating (skill_id, level) VALUES (?, ?) "
                    + "ON CONFLICT (skill_id) DO UPDATE SET level = excluded.level", skillId, level);
            Sql.update(c, "INSERT INTO rating_history (skill_id, level, changed_at) VALUES (?, ?, ?)",
                    skillId, level, now());
        }
        return null;
    }

    public Map<String, String> notes() {
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
    public void saveNote(String skillId, String text) {
        requireId(skillId, "store.error.blankSkill");
        Objects.requireNonNull(text, "text");
        Texts.checkNote(skillId, text);
        write(c -> {
            writeNote(c, skillId, Optional.ofNullable(readNotes(c).get(skillId)), text, now());
            return null;
        });
    }

    /** Every rating change, oldest first. */
    public List<RatingChange> history() {
        return read(this::readHistory);
    }

    public Map<String, ItemStatus> itemStatuses() {
        return read(this::readItems);
    }

    public void setItemStatus(String itemId, ItemStatus status) {
        requireId(itemId, "store.error.blankItem");
        Objects.requireNonNull(status, "status");
        write(c -> Sql.update(c, "INSERT INTO item_status (item_id, status, changed_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (item_id) DO UPDATE SET status = excluded.status, changed_at = excluded.changed_at",
                itemId, status.id(), now()));
    }

    /** The certifications the person holds: earned date by item id, as saved. */
    public Map<String, LocalDate> heldCertifications() {
        return read(this::readHeld);
    }

    /**
     * Records that the person holds a certification, earned on {@code earned}; holding it already,
     * the date is replaced. Which items are certifications, and which dates may be given, is the
     * service's rule (see {@code service.Certifications}); the store keeps what it is given.
     */
    public void holdCertification(String itemId, LocalDate earned) {
        requireId(itemId, "store.error.blankItem");
        Objects.requireNonNull(earned, "earned");
        write(c -> Sql.update(c, "INSERT INTO held_certification (item_id, earned) VALUES (?, ?) "
                + "ON CONFLICT (item_id) DO UPDATE SET earned = excluded.earned", itemId, earned.toString()));
    }

    /** Forgets a held certification. @return whether it was held */
    public boolean releaseCertification(String itemId) {
        requireId(itemId, "store.error.blankItem");
        return write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM held_certification WHERE item_id = ?")) {
                delete.setString(1, itemId);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /** The job postings kept, oldest first. */
    public List<SavedPosting> postings() {
        return read(PostingRows::read);
    }

    public Optional<SavedPosting> posting(long id) {
        return read(c -> PostingRows.read(c, id));
    }

    /**
     * Keeps a posting; whether its text is a posting is the service's rule (see
     * {@code service.Postings}).
     *
     * @return the id it is kept under
     */
    public long addPosting(SavedPosting posting) {
        Objects.requireNonNull(posting, "posting");
        posting.corrections().keySet().forEach(skill -> requireId(skill, "store.error.blankSkill"));
        return write(c -> PostingRows.insert(c, posting, false));
    }

    /** Sets the person's correction of one skill of a kept posting, or clears it. @return whether it is kept */
    public boolean correctPosting(long id, String skillId, Optional<PostingCorrection> correction) {
        requireId(skillId, "store.error.blankSkill");
        return write(c -> PostingRows.correct(c, id, skillId, correction));
    }

    /** Forgets a kept posting and its corrections. @return whether it was kept */
    public boolean removePosting(long id) {
        return write(c -> PostingRows.delete(c, id));
    }

    /** The evidence the person keeps for their ratings. */
    public EvidenceRepository evidence() {
        return new EvidenceRepository(this);
    }

    /** The review forms handed out and the second opinions brought back. */
    public ReviewRepository reviews() {
        return new ReviewRepository(this);
    }

    public Optional<String> setting(String key) {
        return Optional.ofNullable(read(this::readSettings).get(key));
    }

    public void putSetting(String key, String value) {
        requireId(key, "store.error.blankSetting");
        Objects.requireNonNull(value, "value");
        write(c -> Sql.update(c, "INSERT INTO setting (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value));
    }

    /** Everything, read in one transaction so the parts agree with each other. */
    public UserData readAll() {
        return read(c -> new UserData(readProfile(c), readRatings(c), readNotes(c), readHistory(c),
                readItems(c), readSettings(c), readHeld(c), PostingRows.read(c),
                hasReviews() ? EvidenceRepository.readAll(c) : List.of(),
                hasReviews() ? ReviewRepository.readAll(c) : Reviews.NONE));
    }

    /**
     * Replaces all user data with {@code data} in one transaction: an import either lands whole or
     * not at all. The rating history becomes {@code data.history()}; note changes are added to the
     * note history, which keeps what was there before.
     *
     * @throws BadInputException when anything in {@code data} is invalid; nothing is changed then
     */
    public void replaceAll(UserData data) {
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
        data.held().forEach((item, earned) -> {
            requireId(item, "store.error.blankItem");
            Objects.requireNonNull(earned, "earned");
        });
        data.postings().forEach(p -> p.corrections().keySet().forEach(skill -> requireId(skill, "store.error.blankSkill")));
        write(c -> {
            String now = now();
            writeProfile(c, data.profile());
            Sql.update(c, "DELETE FROM rating");
            for (Map.Entry<String, Integer> rating : sorted(data.ratings())) {
                Sql.update(c, "INSERT INTO rating (skill_id, level) VALUES (?, ?)", rating.getKey(), rating.getValue());
            }
            Sql.update(c, "DELETE FROM rating_history");
            for (RatingChange change : data.history()) {
                Sql.update(c, "INSERT INTO rating_history (skill_id, level, changed_at) VALUES (?, ?, ?)",
                        change.skillId(), change.level(), change.changedAt().toString());
            }
            Map<String, String> oldNotes = readNotes(c);
            Set<String> skills = new HashSet<>(oldNotes.keySet());
            skills.addAll(data.notes().keySet());
            for (String skill : skills.stream().sorted().toList()) {
                writeNote(c, skill, Optional.ofNullable(oldNotes.get(skill)), data.notes().getOrDefault(skill, ""), now);
            }
            Sql.update(c, "DELETE FROM item_status");
            for (Map.Entry<String, ItemStatus> item : sorted(data.items())) {
                Sql.update(c, "INSERT INTO item_status (item_id, status, changed_at) VALUES (?, ?, ?)",
                        item.getKey(), item.getValue().id(), now);
            }
            Sql.update(c, "DELETE FROM setting");
            for (Map.Entry<String, String> setting : sorted(data.settings())) {
                Sql.update(c, "INSERT INTO setting (key, value) VALUES (?, ?)", setting.getKey(), setting.getValue());
            }
            Sql.update(c, "DELETE FROM held_certification");
            for (Map.Entry<String, LocalDate> held : sorted(data.held())) {
                Sql.update(c, "INSERT INTO held_certification (item_id, earned) VALUES (?, ?)",
                        held.getKey(), held.getValue().toString());
            }
            PostingRows.replace(c, data.postings());
            if (hasReviews()) {
                EvidenceRepository.replaceAll(c, data.evidence());
                ReviewRepository.replaceAll(c, data.reviews());
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
    public void backupTo(Path target) {
        Path destination = target.toAbsolutePath().normalize();
        if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException(Messages.get("store.backup.targetExists", destination));
        }
        Path folder = destination.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInputException(Messages.get("store.backup.noFolder", destination, folder));
        }
        synchronized (writeLock) {
            ensureOpen();
            try {
                // The empty temporary file carries owner-only permissions; VACUUM INTO accepts an empty file.
                AtomicWrite.replace(destination, temp -> {
                    DataFolder.restrictToOwner(temp);
                    try (PreparedStatement vacuum = writeConnection.prepareStatement("VACUUM INTO ?")) {
                        vacuum.setString(1, temp.toString());
                        vacuum.execute();
                    }
                });
            } catch (SQLException e) {
                throw Sql.translate(e, destination);
            } catch (IOException e) {
                throw Sql.ioFailure(destination, e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (readLock) {
            synchronized (writeLock) {
                if (!closed) {
                    closed = true;
                    Sql.closeQuietly(readConnection);
                    Sql.closeQuietly(writeConnection);
                }
            }
        }
    }

    /**
     * Leaves WAL mode, so that the database is one self-contained file once closed. It needs the
     * database to itself: when any other connection has it open this fails with
     * {@link StoreException.Kind#LOCKED}, which is how a restore finds out that SkillGap is still
     * running on the data it is about to replace.
     */
    void leaveWalMode() {
        synchronized (readLock) {
            synchronized (writeLock) {
                ensureOpen();
                Sql.closeQuietly(readConnection);
                readConnection = null;
                try (Statement statement = writeConnection.createStatement();
                     ResultSet result = statement.executeQuery("PRAGMA journal_mode = DELETE")) {
                    String mode = result.next() ? result.getString(1) : "";
                    if (!"delete".equalsIgnoreCase(mode)) {
                        throw new StoreException(StoreException.Kind.LOCKED, Messages.get("store.error.locked", file));
                    }
                } catch (SQLException e) {
                    throw Sql.translate(e, file);
                }
            }
        }
    }

    /** False only for a store a test opened with the steps of an older version. */
    private boolean hasReviews() {
        return schemaVersion >= Migrations.EVIDENCE_AND_REVIEWS.version();
    }

    // ---- reading and writing ------------------------------------------------------------------

    /**
     * Runs {@code work} in one read transaction on the read connection, so it sees one consistent
     * state of the file. A deferred transaction takes no lock in WAL mode: reading never waits for,
     * or blocks, a writer.
     */
    <T> T read(Sql.Work<T> work) {
        synchronized (readLock) {
            ensureOpen();
            if (readConnection == null) {
                readConnection = Sql.connect(file, busyTimeout, true);
            }
            try {
                return Sql.transaction(readConnection, "BEGIN DEFERRED", work);
            } catch (SQLException e) {
                throw Sql.translate(e, file);
            }
        }
    }

    /**
     * Runs {@code work} in one transaction: all of it is saved, or none of it. BEGIN IMMEDIATE
     * takes the write lock at the start, so the action waits for another writer (up to the busy
     * timeout) instead of failing half-way when it moves from reading to writing. {@code begin}
     * null runs it outside a transaction (a pragma).
     */
    private <T> T write(Sql.Work<T> work, String begin) {
        synchronized (writeLock) {
            ensureOpen();
            try {
                return begin == null ? work.run(writeConnection) : Sql.transaction(writeConnection, begin, work);
            } catch (SQLException e) {
                throw Sql.translate(e, file);
            }
        }
    }

    <T> T write(Sql.Work<T> work) {
        return write(work, "BEGIN IMMEDIATE");
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
        if (Profile.HOURS.contains(hours)) {
            return hours;
        }
        Logger.getLogger(SkillGapStore.class.getName())
                .warning("Stored hours a week out of range, used the nearest possible: " + hours);
        return Profile.HOURS.clamp(hours);
    }

    private static Void writeProfile(Connection c, Optional<Profile> profile) throws SQLException {
        if (profile.isEmpty()) {
            return Sql.update(c, "DELETE FROM profile");
        }
        Profile p = profile.get();
        return Sql.update(c, "INSERT INTO profile (id, name, target_id, background_id, hours_per_week) VALUES (1, ?, ?, ?, ?) "
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
                history.add(new RatingChange(r.getString(1), r.getInt(2), StoredTime.parse(r.getString(3))));
            }
        }
        return history;
    }

    private Map<String, String> readNotes(Connection c) throws SQLException {
        return Sql.readPairs(c, "SELECT skill_id, text FROM note");
    }

    /** Saves a note change and records it in the note history; an unchanged note is left alone. */
    private static void writeNote(Connection c, String skillId, Optional<String> old, String text, String now)
            throws SQLException {
        boolean remove = text.isBlank();
        if (remove ? old.isEmpty() : old.filter(text::equals).isPresent()) {
            return;
        }
        if (remove) {
            Sql.update(c, "DELETE FROM note WHERE skill_id = ?", skillId);
        } else {
            Sql.update(c, "INSERT INTO note (skill_id, text, changed_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT (skill_id) DO UPDATE SET text = excluded.text, changed_at = excluded.changed_at",
                    skillId, text, now);
        }
        Sql.update(c, "INSERT INTO note_history (skill_id, text, changed_at) VALUES (?, ?, ?)",
                skillId, remove ? "" : text, now);
    }

    private Map<String, ItemStatus> readItems(Connection c) throws SQLException {
        Map<String, ItemStatus> items = new HashMap<>();
        for (Map.Entry<String, String> row : Sql.readPairs(c, "SELECT item_id, status FROM item_status").entrySet()) {
            // The table's CHECK constraint admits only known ids.
            ItemStatus.fromId(row.getValue()).ifPresent(status -> items.put(row.getKey(), status));
        }
        return items;
    }

    private Map<String, String> readSettings(Connection c) throws SQLException {
        return Sql.readPairs(c, "SELECT key, value FROM setting");
    }

    private Map<String, LocalDate> readHeld(Connection c) throws SQLException {
        Map<String, LocalDate> held = new HashMap<>();
        for (Map.Entry<String, String> row : Sql.readPairs(c, "SELECT item_id, earned FROM held_certification").entrySet()) {
            try {
                held.put(row.getKey(), LocalDate.parse(row.getValue()));
            } catch (DateTimeParseException e) {
                // A date edited by hand into something else: the rest of the data still opens.
                LOG.warning("Skipped a held certification with an unreadable date: " + row.getKey());
            }
        }
        return held;
    }

    /** Sorted so an import writes rows in a stable order, which keeps backups comparable. */
    private static <V> List<Map.Entry<String, V>> sorted(Map<String, V> map) {
        return new ArrayList<>(new TreeMap<>(map).entrySet());
    }

    String now() {
        return clock.instant().toString();
    }

    // ---- validation ---------------------------------------------------------------------------

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
        if (!Level.isValid(level)) {
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
}
