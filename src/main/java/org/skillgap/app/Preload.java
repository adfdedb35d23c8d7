package org.skillgap.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.skillgap.cli.SkillGapCommand;
import org.skillgap.model.Catalog;
import org.skillgap.service.LanguageSetting;
import org.skillgap.service.PersonData;
import org.skillgap.store.DataFolder;
import org.skillgap.store.InstanceLock;
import org.skillgap.store.SkillGapStore;
import org.skillgap.store.SqliteLibrary;
import org.skillgap.store.StoreException;

/**
 * What the window needs from disk, started on background threads while JavaFX itself starts up:
 * reading the catalog, and taking the window lock and then opening the store. The window waits
 * for the results in start() and handles every problem there, as if it had done the work itself.
 */
final class Preload {

    /**
     * Each piece on a thread of its own: on two cores the common pool has one worker, which would
     * read the catalog only after the store had opened.
     */
    private static final Executor ON_OWN_THREAD = work -> {
        Thread thread = new Thread(work, "skillgap-preload");
        thread.setDaemon(true);
        thread.start();
    };

    /** The lock was taken (present), another window holds it (empty), or it could not be tried (failed). */
    private final CompletableFuture<Optional<InstanceLock>> lock;
    private final CompletableFuture<Catalog> catalog;
    /** Opened only once the lock is ours; empty when another window holds it. */
    private final CompletableFuture<Optional<SkillGapStore>> store;

    /** The person's data, read once both the store and the catalog are there. */
    private final CompletableFuture<Optional<PersonData>> saved;

    private Preload(CompletableFuture<Optional<InstanceLock>> lock, CompletableFuture<Catalog> catalog,
                    CompletableFuture<Optional<SkillGapStore>> store, CompletableFuture<Optional<PersonData>> saved) {
        this.lock = lock;
        this.catalog = catalog;
        this.store = store;
        this.saved = saved;
    }

    static Preload start(SkillGapCommand options) {
        DataFolder folder = options.dataFolder();
        // The catalog is read at once, beside the store, in the language known now; its texts are
        // made again only when the window's language kept in the store is another one. It is read
        // whether or not the store opens (a refused one is asked about later).
        CompletableFuture<Catalog> first = CompletableFuture.supplyAsync(options::catalog, ON_OWN_THREAD);
        CompletableFuture<Optional<InstanceLock>> lock = CompletableFuture.supplyAsync(() -> {
            try {
                return InstanceLock.tryAcquire(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ON_OWN_THREAD);
        // Every step is async: one that is ready when the next is chained would otherwise run it
        // on the main thread, which then starts JavaFX only after opening the store.
        CompletableFuture<Optional<SkillGapStore>> store = lock.thenApplyAsync(held ->
                held.map(ignored -> {
                    SqliteLibrary.useCachedCopy();
                    return SkillGapStore.open(folder.database());
                }), ON_OWN_THREAD);
        CompletableFuture<Catalog> catalog = store.handleAsync((opened, failed) -> {
            if (opened != null) {
                opened.ifPresent(s -> LanguageSetting.applySaved(s.setting(LanguageSetting.KEY)));
            }
            return options;
        }, ON_OWN_THREAD).thenCombineAsync(first, (ready, read) -> ready.catalog(), ON_OWN_THREAD);
        CompletableFuture<Optional<PersonData>> saved = store.thenCombineAsync(catalog,
                (opened, read) -> opened.map(s -> PersonData.read(read, s)), ON_OWN_THREAD);
        return new Preload(lock, catalog, store, saved);
    }

    /** The same work, done now on the calling thread (a test starts the window without main()). */
    static Preload now(SkillGapCommand options) {
        Preload preload = start(options);
        preload.catalog.exceptionally(e -> null).join();
        preload.store.exceptionally(e -> null).join();
        preload.saved.exceptionally(e -> null).join();
        return preload;
    }

    /** @throws IOException when the lock could not even be tried */
    Optional<InstanceLock> lock() throws IOException {
        try {
            return lock.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** @throws org.skillgap.model.BadInputException when the catalog cannot be used */
    Catalog catalog() {
        return unwrapped(catalog);
    }

    /**
     * The opened store, or empty when it could not be opened for a reason the person can act on
     * (the window then asks what to do) or when the lock is not ours.
     */
    Optional<SkillGapStore> store() {
        try {
            return unwrapped(store);
        } catch (StoreException unusable) {
            return Optional.empty();
        } catch (UncheckedIOException lockNotTried) {
            return Optional.empty();
        }
    }

    /**
     * What the person saved, read in the background as soon as the catalog and the store were
     * both there; read now only when the store was opened later, after a start-up question.
     */
    PersonData saved(Catalog catalog, SkillGapStore opened) {
        if (store.isDone() && !store.isCompletedExceptionally() && store.join().filter(s -> s == opened).isPresent()) {
            try {
                return unwrapped(saved).orElseGet(() -> PersonData.read(catalog, opened));
            } catch (RuntimeException e) {
                // Read again below, where a failure is reported as the store's.
            }
        }
        return PersonData.read(catalog, opened);
    }

    private static <T> T unwrapped(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
