package org.skillgap.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's log: a small rotating file in the data folder that records errors with their stack
 * traces, so a person can send it along with a bug report.
 */
public final class AppLog {

    private static final int MAX_BYTES = 512 * 1024;
    private static final int FILES_KEPT = 3;
    private static Path current;

    private AppLog() {
    }

    /** Sends warnings and errors of every logger to the data folder's log file. Safe to call twice. */
    public static synchronized void startIn(DataFolder folder) {
        Path file = folder.logFile();
        if (file.equals(current)) {
            return;
        }
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof FileHandler) {
                root.removeHandler(h);
                h.close();
            }
        }
        try {
            FileHandler handler = new FileHandler(folder.logFilePattern(), MAX_BYTES, FILES_KEPT, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            root.addHandler(handler);
            current = fileInUse(file);
        } catch (IOException | RuntimeException e) {
            // Without a log the app still works; say so on the console instead.
            System.err.println("SkillGap: cannot write the log file " + file + ": " + e.getMessage());
        }
        // Keep the console quiet for people on the command line: problems go to the file.
        for (Handler h : root.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                h.setLevel(Level.OFF);
            }
        }
    }

    /**
     * The file the handler really writes. When another SkillGap (an open window) holds
     * skillgap-0.log, java.util.logging writes skillgap-0.log.1 instead, and a message naming
     * skillgap-0.log would send the person to the other process's log. The handler's lock file is
     * held by this process: trying to lock it again from here is what tells it apart.
     */
    private static Path fileInUse(Path first) {
        for (int unique = 0; unique < 100; unique++) {
            Path log = unique == 0 ? first : first.resolveSibling(first.getFileName() + "." + unique);
            Path lock = log.resolveSibling(log.getFileName() + ".lck");
            if (!Files.exists(lock)) {
                continue;
            }
            try (FileChannel channel = FileChannel.open(lock,
                    StandardOpenOption.WRITE)) {
                FileLock probe = channel.tryLock();
                if (probe != null) {
                    probe.release();
                }
            } catch (OverlappingFileLockException ours) {
                return log;
            } catch (IOException e) {
                // Not readable here: not ours.
            }
        }
        return first;
    }

    /** The log file in use, for messages that tell a person where to look. */
    public static synchronized Path file() {
        return current;
    }

    public static Logger logger(Class<?> type) {
        return Logger.getLogger(type.getName());
    }
}
