package org.skillgap.app;

import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;

import org.skillgap.model.Messages;
import org.skillgap.store.AppLog;
import org.skillgap.ui.FxDialogs;
import org.skillgap.ui.Theme;

/**
 * Why SkillGap cannot open its window (an unusable data folder, a bad catalog), shown in a window
 * of its own: started from a desktop launcher, no one reads the line on stderr. There is no main
 * window to own it, so the error dialog is ownerless, and JavaFX is started for it if nothing has
 * started it yet.
 */
final class StartupProblemWindow {

    private static final Logger LOG = AppLog.logger(StartupProblemWindow.class);

    private StartupProblemWindow() {
    }

    /** Shows the message and returns when the person closes it; at once when there is no screen. */
    static void showAndWait(String message) {
        CountDownLatch closed = new CountDownLatch(1);
        Runnable show = () -> {
            try {
                Theme.applyLight();
                new FxDialogs(null).showError(Messages.get("startup.problem.title"),
                        Messages.get("startup.problem.header"), message);
            } finally {
                closed.countDown();
            }
        };
        boolean startedHere;
        try {
            // Shown from a later event, not from startup's own callback: a dialog waited for in
            // there stays a blank white box (the toolkit is not yet running its pulses).
            Platform.startup(() -> { });
            startedHere = true;
        } catch (IllegalStateException alreadyRunning) {
            startedHere = false;
        } catch (RuntimeException | Error noScreen) {
            // No display (an ssh session, a server): the stderr line is all the person gets, and enough.
            LOG.log(Level.FINE, "No window for the start-up problem", noScreen);
            return;
        }
        Platform.runLater(show);
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (startedHere) {
            Platform.exit();
        }
    }
}
