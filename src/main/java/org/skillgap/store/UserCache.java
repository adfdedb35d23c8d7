package org.skillgap.store;

import java.nio.file.Path;

import dev.dirs.ProjectDirectories;

/**
 * The user's cache folder: what the app can make again if it is deleted (SQLite's library
 * unpacked from the jar, the jar's archive of loaded classes). Not the data folder: nothing a
 * person made is kept here.
 */
public final class UserCache {

    private UserCache() {
    }

    /** On Windows this starts PowerShell to ask for the folder: call it only where that cost is worth it. */
    public static Path folder() {
        return Path.of(ProjectDirectories.from("org", "SkillGap", "SkillGap").cacheDir);
    }
}
