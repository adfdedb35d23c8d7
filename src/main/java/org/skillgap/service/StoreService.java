package org.skillgap.service;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.skillgap.store.AppLog;
import org.skillgap.store.SkillGapStore;

/**
 * The window's one door to the store. Writes run in order on one writer thread; reads run on a
 * reader thread with the store's own read connection, so a read never queues behind a save that
 * waits for another program (the command line) to let go of the file. Results and failures come
 * back on the UI thread; the UI thread itself never touches the disk.
 *
 * <p>One error policy for every save: a failure is logged with its cause and handed to the one
 * handler given here (the window shows it and reads the data back), never lost on stderr.
 */
public final class StoreService implements AutoCloseable {

    private static final Logger LOG = AppLog.logger(StoreService.class);

    /** Work on the store, run on one of this service's threads. */
    @FunctionalInterface
    public interface StoreWork<T> {
        T run(SkillGapStore store) throws Exception;
    }

    /** A change to save, run on the writer thread. */
    @FunctionalInterface
    public interface StoreChange {
        void run(SkillGapStore store) throws Exception;
    }

    private final SkillGapStore store;
    private final Executor onUiThread;
    private final Consumer<Throwable> onSaveFailed;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(daemon("skillgap-store-writer"));
    private final ExecutorService reader = Executors.newSingleThreadExecutor(daemon("skillgap-store-reader"));
    private final AtomicLong savesQueued = new AtomicLong();

    /**
     * @param onSaveFailed told, on the UI thread, of every failed {@link #save}; the one place a
     *                     failed save is reported
     */
    public StoreService(SkillGapStore store, Executor onUiThread, Consumer<Throwable> onSaveFailed) {
        this.store = store;
        this.onUiThread = onUiThread;
        this.onSaveFailed = onSaveFailed;
    }

    /** Saves a change in the background, after every change queued before it. */
    public void save(StoreChange change) {
        if (writer.isShutdown()) {
            // Only a bug gets here: the window saves what is being typed before the store closes.
            LOG.severe("A change came after the store was closed and could not be saved");
            return;
        }
        savesQueued.incrementAndGet();
        writer.execute(() -> {
            try {
                change.run(store);
            } catch (Exception | Error e) {
                LOG.log(Level.SEVERE, "Could not save a change", e);
                onUiThread.execute(() -> onSaveFailed.accept(e));
            }
        });
    }

    /**
     * A write whose outcome the caller handles itself (an import, a backup): run after every change
     * queued before it, its result or failure delivered on the UI thread. A failure is logged here
     * too, so it is never lost whatever the caller does with it.
     */
    public <T> CompletableFuture<T> write(StoreWork<T> work) {
        return deliver(CompletableFuture.supplyAsync(() -> call(work, "A write to the store failed"), writer));
    }

    /** A read on the read connection; it does not wait for queued saves. Delivered on the UI thread. */
    public <T> CompletableFuture<T> read(StoreWork<T> work) {
        return deliver(CompletableFuture.supplyAsync(() -> call(work, "A read from the store failed"), reader));
    }

    /**
     * A read that sees every change queued before it: it waits its turn behind them on the writer
     * thread (off the UI thread), then reads on the read connection.
     */
    public <T> CompletableFuture<T> readAfterSaves(StoreWork<T> work) {
        return deliver(CompletableFuture.runAsync(() -> { }, writer)
                .thenApplyAsync(ignored -> call(work, "A read from the store failed"), reader));
    }

    /**
     * For work that is already off the UI thread (a background task): runs {@code work} on the
     * writer thread after every queued change, waits for it, and returns its result or throws its
     * failure as it was. Never call it on the UI thread, nor on the writer thread.
     */
    public <T> T runAfterSaves(StoreWork<T> work) throws Exception {
        try {
            return CompletableFuture.supplyAsync(() -> call(work, "Work on the store failed"), writer).join();
        } catch (CompletionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw e;
        }
    }

    /** How many saves were ever queued: a read started before a later save may be out of date. */
    public long savesQueued() {
        return savesQueued.get();
    }

    /** Waits until every write queued so far is done, or the time is up. True when they are done. */
    public boolean flush(Duration timeout) {
        CompletableFuture<Void> marker = CompletableFuture.runAsync(() -> { }, writer);
        try {
            marker.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    /**
     * Finishes the queued writes, then runs {@code last} on the writer thread with the store closed
     * (a restore swaps the file then) and stops. Nothing may be queued afterwards.
     */
    public <T> CompletableFuture<T> closeThen(Supplier<T> last) {
        CompletableFuture<T> done = deliver(CompletableFuture.supplyAsync(() -> {
            store.close();
            return last.get();
        }, writer));
        writer.shutdown();
        reader.shutdown();
        return done;
    }

    /** Saves what is queued (waiting up to 10 s) and closes the store. */
    @Override
    public void close() {
        writer.shutdown();
        reader.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("Some changes were still being saved when the window closed");
            }
            reader.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }

    private <T> T call(StoreWork<T> work, String what) {
        try {
            return work.run(store);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, what, e);
            throw e;
        } catch (Exception e) {
            LOG.log(Level.SEVERE, what, e);
            throw new CompletionException(e);
        }
    }

    /** The same future, completed on the UI thread, with the cause itself as the failure. */
    private <T> CompletableFuture<T> deliver(CompletableFuture<T> work) {
        CompletableFuture<T> delivered = new CompletableFuture<>();
        work.whenComplete((value, error) -> onUiThread.execute(() -> {
            if (error == null) {
                delivered.complete(value);
            } else {
                delivered.completeExceptionally(unwrap(error));
            }
        }));
        return delivered;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
