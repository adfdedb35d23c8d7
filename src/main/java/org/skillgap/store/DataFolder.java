package org.skillgap.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dirs.ProjectDirectories;

import org.skillgap.model.Messages;

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
     * @throws IOException when the folder cannot be used, with a message for the person that says
     *         why (it is a file, it is read-only, it cannot be created) and what to do, naming the
     *         folder once
     */
    public DataFolder ensureExists() throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IOException(Messages.get("dataFolder.isAFile", root));
        }
        if (!Files.isDirectory(root)) {
            Path inTheWay = closestExistingParent();
            if (inTheWay != null && !Files.isDirectory(inTheWay)) {
                throw new IOException(Messages.get("dataFolder.cannotCreate", root,
                        Messages.get("dataFolder.cannotCreate.fileInTheWay", inTheWay)));
            }
            try {
                Files.createDirectories(root);
                restrictToOwner(root);
            } catch (IOException e) {
                throw new IOException(Messages.get("dataFolder.cannotCreate", root, whyNotCreated(e)), e);
            }
        }
        if (!Files.isWritable(root)) {
            throw new IOException(Messages.get("dataFolder.readOnly", root));
        }
        return this;
    }

    private Path closestExistingParent() {
        Path parent = root.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        return parent;
    }

    /** The reason in a person's words; the JDK's message of a FileSystemException is only the path. */
    private String whyNotCreated(IOException e) {
        if (e instanceof FileAlreadyExistsException inTheWay) {
            return Messages.get("dataFolder.cannotCreate.fileInTheWay", inTheWay.getFile());
        }
        if (e instanceof AccessDeniedException) {
            return Messages.get("dataFolder.cannotCreate.denied");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return Messages.get("dataFolder.cannotCreate.system", fs.getReason());
        }
        if (e instanceof FileSystemException) {
            return Messages.get("dataFolder.cannotCreate.notAllowed");
        }
        return String.valueOf(e.getMessage());
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
