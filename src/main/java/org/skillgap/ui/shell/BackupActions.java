package org.skillgap.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.skillgap.model.Messages;
import org.skillgap.service.StoreService;
import org.skillgap.store.Backups;
import org.skillgap.store.DataFolder;
import org.skillgap.store.SkillGapStore;
import org.skillgap.ui.BackgroundWork;
import org.skillgap.ui.Dialogs;
import org.skillgap.ui.StartupProblems;

/**
 * Back up now, and restore from a backup, from the window. A restore closes the store while the
 * file is swapped (on the store's writer thread, after every pending change is saved), keeps the data as
 * it was in a backup of its own, and hands a freshly opened store to the window to rebuild on.
 */
public final class BackupActions {

    private final DataFolder folder;
    private final Dialogs dialogs;
    private final BackgroundWork background;
    private final Clock clock;

    public BackupActions(DataFolder folder, Dialogs dialogs, BackgroundWork background, Clock clock) {
        this.folder = folder;
        this.dialogs = dialogs;
        this.background = background;
        this.clock = clock;
    }

    /** A copy of the data as saved, after every change queued so far. */
    public void backupNow(StoreService store) {
        background.run(Messages.get("backup.busy"), () -> store.runAfterSaves(s -> Backups.backupNow(folder, s, clock)),
                file -> dialogs.showInformation(Messages.get("backup.done.title"), Messages.get("backup.done.header"),
                        Messages.get("backup.done.body", file)),
                error -> dialogs.showError(Messages.get("backup.failed.title"), Messages.get("backup.failed.header"),
                        String.valueOf(error.getMessage())));
    }

    /**
     * Asks for a backup and whether to replace the data with it; then swaps it in.
     *
     * @param store      the open store, closed for the swap once its queued changes are saved
     * @param busy       called (on the UI thread) before the swap starts, to show that work is going on
     * @param reopened   gets the store opened afterwards: the restored data, or the data as it was
     *                   when the backup could not be used; never called when the person chose to quit
     * @param quit       called when the data cannot be opened afterwards and the person chose to quit
     * @return done once the window has the reopened store and the person has been told the outcome
     */
    public CompletableFuture<Void> restore(StoreService store, Runnable busy, Consumer<SkillGapStore> reopened,
                                           Runnable quit) {
        Optional<Path> chosen = dialogs.chooseFileToOpen(Messages.get("restore.title"),
                Messages.get("restore.filter"), "db", folder.backups());
        if (chosen.isEmpty() || !dialogs.confirm(Messages.get("restore.title"),
                Messages.get("restore.confirm.header", chosen.get().getFileName()), Messages.get("restore.confirm.body"))) {
            return CompletableFuture.completedFuture(null);
        }
        Path backup = chosen.get();
        busy.run();
        return store.closeThen(() -> swapIn(backup)).handle((outcome, error) -> {
            Optional<SkillGapStore> opened = new StartupProblems(folder, dialogs, clock).openStore();
            if (opened.isEmpty()) {
                quit.run();
                return null;
            }
            reopened.accept(opened.get());
            if (error != null || outcome.failed()) {
                dialogs.showError(Messages.get("restore.title"), Messages.get("restore.failed.header"),
                        error != null ? String.valueOf(error.getMessage()) : outcome.message());
            } else {
                dialogs.showInformation(Messages.get("restore.title"), Messages.get("restore.done.header"),
                        outcome.message());
            }
            return null;
        });
    }

    private record Outcome(String message, boolean failed) {
    }

    /** Runs with the store closed: puts the backup in place, keeping the data as it was. */
    private Outcome swapIn(Path backup) {
        try {
            Optional<Path> kept = Backups.restore(folder, backup, clock);
            return new Outcome(kept.map(k -> Messages.get("restore.done.kept", backup, k))
                    .orElse(Messages.get("restore.done.body", backup)), false);
        } catch (RuntimeException e) {
            return new Outcome(e.getMessage(), true);
        }
    }
}
