package org.skillgap.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.skillgap.gap.SecondOpinion;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.UserData;
import org.skillgap.transfer.DataExport;
import org.skillgap.transfer.DataImport;
import org.skillgap.report.PageSize;
import org.skillgap.report.PlanCalendarExport;
import org.skillgap.report.PlanPdf;
import org.skillgap.report.PlanReportData;
import org.skillgap.report.PlanReports;
import org.skillgap.store.AppLog;
import org.skillgap.store.Backups;
import org.skillgap.store.DataFolder;
import org.skillgap.service.StoreService;
import org.skillgap.store.SkillGapStore;
import org.skillgap.ui.BackgroundWork;
import org.skillgap.ui.Dialogs;
import org.skillgap.ui.Session;

/**
 * What the File menu does: export the plan to PDF and to a calendar file, export and import data. The slow part of each
 * runs as background work, so the window stays responsive; every failure ends in a dialog that
 * says what went wrong, and nothing is half-written.
 */
public final class FileActions {

    private static final Logger LOG = AppLog.logger(FileActions.class);

    private final Session session;
    private final StoreService store;
    private final DataFolder folder;
    private final Dialogs dialogs;
    private final BackgroundWork background;
    private final Consumer<Path> openFile;
    /** The paper of the next PDF: View > PDF page size (see {@code ui.Preferences}). */
    private final Supplier<PageSize> pageSize;
    private final Clock clock;

    public FileActions(Session session, StoreService store, DataFolder folder, Dialogs dialogs,
                       BackgroundWork background, Consumer<Path> openFile, Clock clock,
                       Supplier<PageSize> pageSize) {
        this.session = session;
        this.store = store;
        this.folder = folder;
        this.dialogs = dialogs;
        this.background = background;
        this.openFile = openFile;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    public void exportPdf() {
        String name = session.profile().map(Profile::name).orElse("");
        String suggested = (name.isBlank() ? "skillgap-plan" : "skillgap-plan-" + name.strip().replaceAll("[^\\p{L}\\p{N}]+", "-"))
                + ".pdf";
        saveFromPlan("export.pdf.title", suggested, "export.pdf.filter", "pdf", this::exportPdfTo);
    }

    /** Asks where to save a file made from the person's plan; there is no plan before the first run is done. */
    private void saveFromPlan(String titleKey, String suggestedName, String filterKey, String extension,
                              Consumer<Path> write) {
        if (session.profile().isEmpty()) {
            return;
        }
        dialogs.chooseFileToSave(Messages.get(titleKey), suggestedName, Messages.get(filterKey), extension)
                .ifPresent(write);
    }

    /** Writes the PDF; the data is taken now, on the UI thread, so later changes do not mix in. */
    public void exportPdfTo(Path target) {
        PlanReportData data = PlanReports.gather(session.catalog(), session.profile().orElseThrow(), session.target(),
                session.assessment(), session.statusesProperty().get(), session.heldProperty().get(),
                session.notesProperty().get(), LocalDate.now(clock), pageSize.get())
                .withEvidence(session.evidenceProperty().get(), session.reviewsProperty().get(), session.assessment());
        background.run(Messages.get("export.pdf.busy"), () -> {
            PlanPdf.write(data, target);
            return target;
        }, written -> {
            if (dialogs.confirm(Messages.get("export.pdf.done.title"), Messages.get("export.pdf.done.header"),
                    Messages.get("export.pdf.done.body", written), Messages.get("export.pdf.done.open"),
                    Messages.get("export.pdf.done.notNow"))) {
                openFile.accept(written);
            }
        }, error -> fail("export.pdf.failed", error));
    }

    public void exportCalendar() {
        saveFromPlan("export.calendar.title", "skillgap-plan.ics", "export.calendar.filter", "ics", this::exportCalendarTo);
    }

    /** Writes the calendar file; like the PDF, from the data as it is now on screen. */
    public void exportCalendarTo(Path target) {
        PlanCalendarExport.Data data = PlanCalendarExport.gather(session.catalog(), session.profile().orElseThrow(),
                session.assessment(), session.statusesProperty().get(), session.heldProperty().get(),
                session.reassessment(), folder.root(),
                Instant.now(clock));
        background.run(Messages.get("export.calendar.busy"), () -> {
            PlanCalendarExport.write(data, target);
            return target;
        }, written -> dialogs.showInformation(Messages.get("export.calendar.done.title"),
                Messages.get("export.calendar.done.header", data.eventCount()),
                Messages.get("export.calendar.done.body", written)),
                error -> fail("export.calendar.failed", error));
    }

    public void exportData() {
        dialogs.chooseFileToSave(Messages.get("export.data.title"), "skillgap-data.json",
                Messages.get("export.data.filter"), "json").ifPresent(this::exportDataTo);
    }

    public void exportDataTo(Path target) {
        background.run(Messages.get("export.data.busy"), () -> {
            UserData data = store.runAfterSaves(SkillGapStore::readAll);
            DataExport.write(data, session.catalog().catalogVersion(), Instant.now(clock), target);
            return target;
        }, written -> dialogs.showInformation(Messages.get("export.data.done.title"),
                Messages.get("export.data.done.header"), Messages.get("export.data.done.body", written)),
                error -> fail("export.data.failed", error));
    }

    public void importData() {
        dialogs.chooseFileToOpen(Messages.get("import.data.title"), Messages.get("export.data.filter"), "json")
                .ifPresent(this::importDataFrom);
    }

    /**
     * Checks the whole file first; only then asks, backs up the current data and replaces it in one
     * transaction. A bad file changes nothing.
     */
    public void importDataFrom(Path file) {
        background.run(Messages.get("import.data.checking"), () -> DataImport.read(file, session.catalog()),
                data -> {
                    if (!dialogs.confirm(Messages.get("import.data.confirm.title"),
                            Messages.get("import.data.confirm.header", file.getFileName()),
                            Messages.get("import.data.confirm.body", data.ratings().size(), data.history().size(),
                                    data.items().size()))) {
                        return;
                    }
                    background.run(Messages.get("import.data.busy"), () -> store.runAfterSaves(s -> {
                        Path backup = Backups.backupNow(folder, s, clock);
                        s.replaceAll(data);
                        return backup;
                    }), backup -> session.reload().thenRun(() -> dialogs.showInformation(
                            Messages.get("import.data.done.title"), Messages.get("import.data.done.header"),
                            Messages.get("import.data.done.body", backup))),
                            error -> fail("import.data.failed", error));
                }, error -> fail("import.data.failed", error));
    }

    /** Writes a review form for a mentor to fill in; the file is written off the UI thread. */
    public void requestReview() {
        saveFromPlan("review.request.title", "skillgap-review.pdf", "export.pdf.filter", "pdf", this::requestReviewTo);
    }

    public void requestReviewTo(Path target) {
        session.requestReview(target, "").thenRun(() -> dialogs.showInformation(Messages.get("review.request.done.title"),
                        Messages.get("review.request.done.header"), Messages.get("review.request.done.body", target)))
                .exceptionally(error -> {
                    fail("review.request.failed", error);
                    return null;
                });
    }

    public void importReview() {
        dialogs.chooseFileToOpen(Messages.get("review.import.title"), Messages.get("export.pdf.filter"), "pdf")
                .ifPresent(this::importReviewFrom);
    }

    /** Reads and checks the filled form off the UI thread; a refused one says why and changes nothing. */
    public void importReviewFrom(Path file) {
        session.importReview(file).thenAccept(review -> dialogs.showInformation(Messages.get("review.import.done.title"),
                        Messages.get("review.import.done.header", review.reviewer()),
                        Messages.get("review.import.done.body", review.ratings().size(),
                                SecondOpinion.disagreements(session.catalog(), session.assessment(), review).size())))
                .exceptionally(error -> {
                    fail("review.import.failed", error);
                    return null;
                });
    }

    private void fail(String key, Throwable error) {
        Throwable cause = error;
        if (!(cause instanceof BadInputException)) {
            LOG.log(Level.SEVERE, "File action failed", error);
        }
        dialogs.showError(Messages.get(key + ".title"), Messages.get(key + ".header"),
                cause instanceof BadInputException
                        ? cause.getMessage()
                        : Messages.get("error.withLog", String.valueOf(cause.getMessage()), AppLog.file()));
    }
}
