package org.skillgap.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dirs.ProjectDirectories;

/**
 * The one folder where SkillGap keeps a person's data: the OS's per-user data folder, unless
 * {@code --data-dir} or {@code SKILLGAP_HOME} names another.
 */
public final class DataFolder {

    public static final String ENV_VARIABLE = "SKILLGAP_HOME";
    public static final String DATABASE_FILE = "skillgap.db";

    private final Path root;

    private DataFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static DataFolder at(Path root) {
        return new DataFolder(root);
    }

    /** The folder to use: the command-line option first, then the environment, then the OS default. */
    public static DataFolder resolve(Optional<Path> commandLineOption, Map<String, String> environment) {
        if (commandLineOption.isPresent()) {
            return new DataFolder(commandLineOption.get());
        }
        String fromEnvironment = environment.get(ENV_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new DataFolder(Path.of(fromEnvironment));
        }
        return new DataFolder(Path.of(ProjectDirectories.from("org", "SkillGap", "SkillGap").dataDir));
    }

    public Path root() {
        return root;
    }

    public Path database() {
        return root.resolve(DATABASE_FILE);
    }

    public Path backups() {
        return root.resolve("backups");
    }

    /** The live log file; older ones are skillgap-1.log and skillgap-2.log. */
    public Path logFile() {
        return root.resolve("skillgap-0.log");
    }

    /** The pattern java.util.logging rotates through: %g is the generation, 0 the newest. */
    String logFilePattern() {
        return root.resolve("skillgap-%g.log").toString();
    }

    public Path windowStateFile() {
        return root.resolve("window.properties");
    }

    /**
     * Creates the folder on first use, readable by its owner only on POSIX systems, since it holds
     * a person's self-assessment.
     *
     * @throws IOException when the folder cannot be created or is not writable
     */
    public DataFolder ensureExists() throws IOException {
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root);
            restrictToOwner(root);
        }
        if (!Files.isWritable(root)) {
            throw new IOException("The data folder " + root + " is not writable");
        }
        return this;
    }

    /** Owner-only permissions where the file system supports them; a no-op elsewhere. */
    public static void restrictToOwner(Path path) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.isDirectory(path)
                ? PosixFilePermissions.fromString("rwx------")
                : PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(path, perms);
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
