package org.skillgap.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.util.Subscription;

/**
 * What the window asks of every screen's view model: to save an edit still being typed, and to let
 * go of the session when the screen is thrown away (after a restore), so the old screen, its view
 * model and the old store are not kept alive by the session's listeners.
 */
public abstract class ScreenModel {

    private final List<Subscription> subscriptions = new ArrayList<>();

    /** Keeps a subscription to the session until {@link #dispose()}. */
    protected final void own(Subscription subscription) {
        subscriptions.add(subscription);
    }

    /**
     * Saves an edit not saved yet (a note being typed). The window calls it before it closes and
     * before a restore; a screen without such edits has nothing to do.
     */
    public void flushPendingEdits() {
    }

    /**
     * Stops following the session; the view model is not used again. Pending edits are not saved
     * by this: the window calls {@link #flushPendingEdits()} first, where a refusal can be handled.
     */
    public void dispose() {
        Subscription.combine(subscriptions.toArray(Subscription[]::new)).unsubscribe();
        subscriptions.clear();
    }
}
