package org.skillgap.store;

/**
 * The data file cannot be used, for a reason a person can act on. The message (from the message
 * bundle) says what is wrong with which file and what to do; {@link #kind()} lets a caller react
 * differently, e.g. offer to restore a backup when the file is damaged. The file is never changed
 * when this is thrown while opening it.
 */
public class StoreException extends RuntimeException {

    /** Why the data file could not be used. */
    public enum Kind {
        /** Not a readable SQLite file: random bytes, cut short, damaged pages. */
        CORRUPT,
        /** Written by a later SkillGap with a schema this version does not know. */
        NEWER_VERSION,
        /** A database of some other program. */
        NOT_SKILLGAP,
        /** Another program (or another SkillGap) holds a lock on it. */
        LOCKED,
        /** The file or its folder cannot be written. */
        READ_ONLY,
        /** The disk or file system failed: full, missing, unreachable. */
        IO
    }

    private final Kind kind;

    public StoreException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
