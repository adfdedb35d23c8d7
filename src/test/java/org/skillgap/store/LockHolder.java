package org.skillgap.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The second process of {@link TwoAtOnceTest}: tries to take the window lock of a data folder
 * (FileChannel locks are per process, so only another JVM shows what a second window would see),
 * prints "locked" or "busy", and holds the lock until it is killed or its input closes.
 *
 * <p>Usage: {@code LockHolder DATA_FOLDER}
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--file")) {
            holdFileLock(Path.of(args[1]));
            return;
        }
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(DataFolder.at(Path.of(args[0])));
        System.out.println(lock.isPresent() ? "locked" : "busy");
        System.out.flush();
        // Hold on until the test says otherwise (or kills this process).
        System.in.read();
        if (lock.isPresent()) {
            lock.get().close();
        }
    }

    /** {@code LockHolder --file FILE}: holds an OS lock on any file, as java.util.logging does on its log. */
    private static void holdFileLock(Path file) throws Exception {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = channel.lock()) {
            System.out.print("locked");
            System.out.flush();
            System.in.read();
        }
    }
}
