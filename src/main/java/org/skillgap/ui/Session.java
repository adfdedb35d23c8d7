package org.skillgap.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Logger;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.skillgap.catalog.CurrentIds;
import org.skillgap.gap.GapCalculator;
import org.skillgap.gap.GapReport;
import org.skillgap.gap.Plan;
import org.skillgap.gap.PlanBuilder;
import org.skillgap.model.Assessment;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.model.TargetProfile;
import org.skillgap.store.AppLog;
import org.skillgap.store.SkillGapStore;

/**
 * What every screen shares: the catalog and the person's data, as observable state, with the gap
 * and the plan recalculated whenever the data changes.
 *
 * <p>A change shows on screen at once and is written to the store on the writer executor, so the
 * window never waits for the disk. When a write fails, the session reloads what the store holds
 * and reports the error, so the screen never shows something that was not saved.
 *
 * <p>All methods are called on the UI thread (or a test's thread); the writer runs elsewhere and
 * reports back through {@code onUiThread}.
 */
public final class Session {

    private static final Logger LOG = AppLog.logger(Session.class);

    private final Catalog catalog;
    private final SkillGapStore store;
    private final Executor writer;
    private final Executor onUiThread;
    private final Consumer<Throwable> onSaveFailed;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Optional<Profile>> profile = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>(Assessment.EMPTY);
    private final ReadOnlyObjectWrapper<Map<String, String>> notes = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<Map<String, ItemStatus>> statuses = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<List<RatingChange>> history = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<GapReport> gapReport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();

    public Session(Catalog catalog, SkillGapStore store, Executor writer, Executor onUiThread,
                   Consumer<Throwable> onSaveFailed, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.writer = writer;
        this.onUiThread = onUiThread;
        this.onSaveFailed = onSaveFailed;
        this.clock = clock;
        reload();
    }

    /** Reads everything from the store again: after an import, or when another program changed it. */
    public void reload() {
        profile.set(store.profile().filter(p -> catalog.profile(p.targetId()).isPresent()));
        // Data saved under ids an older catalog used shows under the ids that replaced them.
        assessment.set(CurrentIds.assessment(catalog, store.assessment()));
        notes.set(CurrentIds.notes(catalog, store.notes()));
        statuses.set(CurrentIds.statuses(catalog, store.itemStatuses()));
        history.set(List.copyOf(store.history()));
        recalculate();
    }

    public Catalog catalog() {
        return catalog;
    }

    public Clock clock() {
        return clock;
    }

    public ReadOnlyObjectProperty<Optional<Profile>> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public Optional<Profile> profile() {
        return profile.get();
    }

    /** The target profile chosen, or the first of the catalog before the first run is finished. */
    public TargetProfile target() {
        return profile.get().flatMap(p -> catalog.profile(p.targetId())).orElse(catalog.profiles().get(0));
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public Assessment assessment() {
        return assessment.get();
    }

    public ReadOnlyObjectProperty<Map<String, String>> notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<String, ItemStatus>> statusesProperty() {
        return statuses.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<RatingChange>> historyProperty() {
        return history.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GapReport> gapReportProperty() {
        return gapReport.getReadOnlyProperty();
    }

    public GapReport gapReport() {
        return gapReport.get();
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public Plan plan() {
        return plan.get();
    }

    /** Rates a skill 0-5. Shown at once, saved in the background, kept in the history. */
    public void rate(String skillId, int level) {
        if (!Level.isValid(level)) {
            throw new BadInputException(Messages.get("error.level.range", level));
        }
        if (assessment.get().rating(skillId).equals(OptionalInt.of(level))) {
            return;
        }
        assessment.set(assessment.get().with(skillId, level));
        List<RatingChange> changes = new ArrayList<>(history.get());
        changes.add(new RatingChange(skillId, level, Instant.now(clock)));
        history.set(List.copyOf(changes));
        recalculate();
        save(() -> store.rate(skillId, level));
    }

    public void saveNote(String skillId, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.equals(notes.get().getOrDefault(skillId, ""))) {
            return;
        }
        // Refused here, before the screen changes, rather than by the store later, which would
        // reload the saved note over the text being typed.
        org.skillgap.model.Texts.checkNote(skillId, trimmed);
        Map<String, String> copy = new HashMap<>(notes.get());
        if (trimmed.isEmpty()) {
            copy.remove(skillId);
        } else {
            copy.put(skillId, trimmed);
        }
        notes.set(Map.copyOf(copy));
        save(() -> store.saveNote(skillId, trimmed));
    }

    public void setStatus(String itemId, ItemStatus status) {
        if (status == statuses.get().getOrDefault(itemId, ItemStatus.TODO)) {
            return;
        }
        Map<String, ItemStatus> copy = new HashMap<>(statuses.get());
        copy.put(itemId, status);
        statuses.set(Map.copyOf(copy));
        recalculatePlan();
        save(() -> store.setItemStatus(itemId, status));
    }

    public void saveProfile(Profile newProfile) {
        org.skillgap.model.Texts.checkName(newProfile.name());
        profile.set(Optional.of(newProfile));
        recalculate();
        save(() -> store.saveProfile(newProfile));
    }

    private void recalculate() {
        gapReport.set(GapCalculator.calculate(catalog, target(), assessment.get()));
        recalculatePlan();
    }

    private void recalculatePlan() {
        profile.get().ifPresentOrElse(
                p -> plan.set(PlanBuilder.build(catalog, p, assessment.get(), statuses.get(), LocalDate.now(clock))),
                () -> plan.set(null));
    }

    private void save(Runnable write) {
        writer.execute(() -> {
            try {
                write.run();
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.SEVERE, "Could not save a change", e);
                onUiThread.execute(() -> {
                    onSaveFailed.accept(e);
                    try {
                        reload();
                    } catch (RuntimeException unreadable) {
                        LOG.log(java.util.logging.Level.SEVERE, "Could not read the store back after a failed save", unreadable);
                    }
                });
            }
        });
    }
}
