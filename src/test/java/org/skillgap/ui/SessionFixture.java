package org.skillgap.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;
import org.skillgap.model.Profile;
import org.skillgap.store.SkillGapStore;

/**
 * A session over a real SQLite file in a temp folder and the bundled catalog. Writes run on the
 * caller's thread, so a test sees them in the store as soon as the call returns.
 */
public final class SessionFixture implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("UTC"));

    public final Catalog catalog = Catalogs.bundled();
    public final Path database;
    public final List<Throwable> saveErrors = new ArrayList<>();
    public SkillGapStore store;
    public Session session;

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

    /** Closes the store and opens it again, as a restart of the app would. */
    public void reopen() {
        store.close();
        open();
    }

    void open() {
        store = SkillGapStore.open(database);
        session = new Session(catalog, store, Runnable::run, Runnable::run, saveErrors::add, CLOCK);
    }

    @Override
    public void close() {
        store.close();
    }
}
