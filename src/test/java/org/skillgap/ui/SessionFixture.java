package org.skillgap.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import javafx.application.Platform;

import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;
import org.skillgap.model.Profile;
import org.skillgap.service.PersonData;
import org.skillgap.service.StoreService;
import org.skillgap.store.SkillGapStore;

/**
 * A session over a real SQLite file in a temp folder and the bundled catalog, saving through the
 * real {@link StoreService} with its own writer and reader threads, as the window does. A test
 * that looks into the file asks for {@link #stored()}, which first waits for the queued saves.
 *
 * <p>Results come back on the JavaFX thread when the toolkit runs (view tests), else on the
 * store's own threads (view-model tests, which run without the toolkit).
 */
public final class SessionFixture implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("UTC"));

    public final Catalog catalog = Catalogs.bundled();
    public final Path database;
    public final List<Throwable> saveErrors = new CopyOnWriteArrayList<>();
    public StoreService service;
    public Session session;
    private SkillGapStore store;

    public SessionFixture(Path folder) {
        database = folder.resolve("skillgap.db");
        open();
    }

    /** A fixture whose person has finished the first run. */
    public static SessionFixture withProfile(Path folder) {
        SessionFixture fixture = new SessionFixture(folder);
        fixture.session.saveProfile(new Profile("Alex", fixture.catalog.profiles().get(1).id(),
                fixture.catalog.backgrounds().get(0).id(), 6));
        return fixture;
    }

    /** The store, once every save queued so far is written. */
    public SkillGapStore stored() {
        if (!service.flush(Duration.ofSeconds(20))) {
            throw new AssertionError("The queued saves did not finish");
        }
        return store;
    }

    /**
     * Waits until the saves and reads started so far are done and their results delivered (on the
     * JavaFX thread, a view test also waits for its events).
     */
    public void settle() {
        // Twice: a save whose result, once delivered, starts a reload (Session.afterWrite) queues
        // that reload's read only then; the second round waits behind it and its delivery.
        for (int round = 0; round < 2; round++) {
            stored();
            service.read(s -> null).join();
        }
    }

    /** Closes the store and opens it again, as a restart of the app would. */
    public void reopen() {
        service.close();
        open();
    }

    void open() {
        store = SkillGapStore.open(database);
        // As the window does: a failed save is reported, and the screens show what the store holds.
        service = new StoreService(store, UI_THREAD, error -> {
            saveErrors.add(error);
            session.reload();
        });
        session = new Session(PersonData.read(catalog, store), service, CLOCK);
    }

    private static final Executor UI_THREAD = command -> {
        try {
            Platform.runLater(command);
        } catch (IllegalStateException toolkitNotRunning) {
            command.run();
        }
    };

    @Override
    public void close() {
        service.close();
    }
}
