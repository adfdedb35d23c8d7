package org.skillgap.ui.shell;

import java.util.Optional;

/**
 * What the menu items do, given by the app's wiring. An absent action leaves its menu item
 * disabled rather than offering something that does nothing.
 */
public record MenuActions(Runnable editProfile, Optional<Runnable> exportPdf,
                          Optional<Runnable> exportCalendar, Optional<Runnable> exportData,
                          Optional<Runnable> importData, Optional<Runnable> backupNow,
                          Optional<Runnable> restoreBackup, Runnable shortcuts, Runnable about,
                          Runnable quit, Optional<Runnable> requestReview, Optional<Runnable> importReview) {

    /** Without the second-opinion items. */
    public MenuActions(Runnable editProfile, Optional<Runnable> exportPdf, Optional<Runnable> exportCalendar,
                       Optional<Runnable> exportData, Optional<Runnable> importData, Optional<Runnable> backupNow,
                       Optional<Runnable> restoreBackup, Runnable shortcuts, Runnable about, Runnable quit) {
        this(editProfile, exportPdf, exportCalendar, exportData, importData, backupNow, restoreBackup, shortcuts, about,
                quit, Optional.empty(), Optional.empty());
    }
}
