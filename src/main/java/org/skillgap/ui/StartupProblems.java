package org.skillgap.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Messages;
import org.skillgap.store.AppLog;
import org.skillgap.store.Backups;
import org.skillgap.store.DamagedFiles;
import org.skillgap.store.DataFolder;
import org.skillgap.store.SkillGapStore;
import org.skillgap.store.StoreException;

/**
 * Opens the store for the window, and when the data file cannot be used, says why and offers what
 * can be done: restore the newest backup, move the file aside and start afresh, or quit. Nothing
 * is ever deleted or overwritten without a copy.
 */
public final class StartupProblems {

    private static final Logger LOG = AppLog.logger(StartupProblems.class);

    private final DataFolder folder;
    private final Dialogs dialogs;
    private final Clock clock;

    public StartupProblems(DataFolder folder, Dialogs dialogs, Clock clock) {
        this.folder = folder;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** The opened store, or empty when the person chose to quit. */
    public Optional<SkillGapStore> openStore() {
        while (true) {
            try {
                return Optional.of(SkillGapStore.open(folder.database()));
            } catch (StoreException problem) {
                LOG.log(Level.WARNING, "Data file refused at start", problem);
                if (!resolve(problem)) {
                    return Optional.empty();
                }
            }
        }
    }

    /** Asks what to do; true when something was done and opening is worth another try. */
    private boolean resolve(StoreException problem) {
        Optional<Path> newest = Backups.newest(folder);
        List<String> choices = new ArrayList<>();
        List<Runnable> actions = new ArrayList<>();
        boolean[] retry = {false};
        newest.ifPresent(backup -> {
            choices.add(Messages.get("startup.restore", backup.getFileName()));
            actions.add(() -> retry[0] = restore(backup));
        });
        switch (problem.kind()) {
            case CORRUPT, NOT_SKILLGAP, NEWER_VERSION -> {
                choices.add(Messages.get("startup.moveAside"));
                actions.add(() -> retry[0] = moveAside());
            }
            case LOCKED, IO -> {
                choices.add(Messages.get("startup.tryAgain"));
                actions.add(() -> retry[0] = true);
            }
            default -> {
                // A read-only file needs the person to act outside the app first.
            }
        }
        choices.add(Messages.get("startup.quit"));
        actions.add(() -> retry[0] = false);
        int picked = dialogs.choose(Messages.get("startup.title"), Messages.get("startup.header"),
                problem.getMessage(), choices);
        if (picked < 0) {
            return false;
        }
        actions.get(picked).run();
        return retry[0];
    }

    private boolean restore(Path backup) {
        try {
            Optional<Path> kept = Backups.restore(folder, backup, clock);
            dialogs.showInformation(Messages.get("startup.restored.title"), Messages.get("startup.restored.header"),
                    kept.map(k -> Messages.get("startup.restored.kept", backup, k))
                            .orElse(Messages.get("startup.restored.body", backup)));
            return true;
        } catch (BadInputException | StoreException e) {
            dialogs.showError(Messages.get("startup.title"), Messages.get("startup.restoreFailed"), e.getMessage());
            return true;
        }
    }

    private boolean moveAside() {
        try {
            Path moved = DamagedFiles.moveAside(folder.database(), clock);
            dialogs.showInformation(Messages.get("startup.moved.title"), Messages.get("startup.moved.header"),
                    Messages.get("startup.moved.body", moved));
            return true;
        } catch (IOException e) {
            dialogs.showError(Messages.get("startup.title"), Messages.get("startup.moveFailed"),
                    Messages.get("error.withLog", e.getMessage(), AppLog.file()));
            return false;
        }
    }
}
