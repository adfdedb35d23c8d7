package org.skillgap.ui;

import static java.util.logging.Level.SEVERE;
import static java.util.logging.Level.WARNING;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableObjectValue;

import org.skillgap.gap.GapCalculator;
import org.skillgap.gap.GapReport;
import org.skillgap.gap.Plan;
import org.skillgap.gap.PlanBuilder;
import org.skillgap.gap.Reassessment;
import org.skillgap.model.Assessment;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Adoption;
import org.skillgap.model.Catalog;
import org.skillgap.model.Evidence;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.model.PostingCorrection;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.model.SavedPosting;
import org.skillgap.model.Review;
import org.skillgap.model.ReviewRequest;
import org.skillgap.model.Reviews;
import org.skillgap.model.TargetProfile;
import org.skillgap.model.Texts;
import org.skillgap.service.Certifications;
import org.skillgap.service.EvidenceService;
import org.skillgap.service.PersonData;
import org.skillgap.service.Postings;
import org.skillgap.service.ReviewService;
import org.skillgap.service.StoreService;
import org.skillgap.store.AppLog;
import org.skillgap.store.SkillGapStore;

/**
 * What every screen shares: the catalog and the person's data, as observable state, with the gap
 * and the plan recalculated whenever the data changes.
 *
 * <p>A change shows on screen at once and is saved through the {@link StoreService}, so the
 * window never waits for the disk. When a save fails, the service reports it and the window calls
 * {@link #reload()}, so the screen never goes on showing something that was not saved.
 *
 * <p>All methods are called on the UI thread (or a test's thread); reads and saves run on the
 * service's threads and come back through it.
 */
public final class Session {

    private static final Logger LOG = AppLog.logger(Session.class);

    private final Catalog catalog;
    private final StoreService store;
    private final Clock clock;
    private long seenChangeCounter = -1;
    private Map<String, String> settings = Map.of();

    private final ReadOnlyObjectWrapper<Optional<Profile>> profile = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>(Assessment.EMPTY);
    private final ReadOnlyObjectWrapper<Map<String, String>> notes = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<Map<String, ItemStatus>> statuses = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<List<RatingChange>> history = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Map<String, LocalDate>> held = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<List<Evidence>> evidence = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Reviews> reviews = new ReadOnlyObjectWrapper<>(Reviews.NONE);
    private final ReadOnlyObjectWrapper<GapReport> gapReport = new ReadOnlyObjectWrapper<>();
    /**
     * Built when read, not at each change: a rating changes the plan, but only the Plan screen in
     * sight or an export reads it, and building it is most of a rating's work.
     */
    private final ObjectBinding<Plan> plan = new ObjectBinding<>() {
        @Override
        protected Plan computeValue() {
            return profile.get().map(p -> PlanBuilder.build(catalog, target(), p, assessment.get(), statuses.get(),
                    held.get(), LocalDate.now(clock))).orElse(null);
        }
    };
    private final ReadOnlyObjectWrapper<List<SavedPosting>> postings = new ReadOnlyObjectWrapper<>(List.of());
    /** The kept posting Assess, Plan, Progress and the PDF measure against, or empty for the person's role. */
    private final ReadOnlyObjectWrapper<Optional<SavedPosting>> followed = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final Postings postingRules;
    /** The followed posting's target, read once when it is chosen or corrected. */
    private Optional<TargetProfile> followedTarget = Optional.empty();

    /** @param saved what the store held when the window opened, read off the UI thread */
    public Session(PersonData saved, StoreService store, Clock clock) {
        this.catalog = saved.catalog();
        this.store = store;
        this.clock = clock;
        this.postingRules = new Postings(catalog);
        show(saved);
        // Remembered now, so that a change made elsewhere later is noticed (see reloadIfChangedElsewhere).
        store.write(SkillGapStore::externalChangeCounter).thenAccept(counter -> seenChangeCounter = counter);
    }

    /**
     * Reads everything from the store again, after every queued save: after an import, a failed
     * save, or when another program changed it. The screens change when the data is back.
     */
    public CompletableFuture<Void> reload() {
        long savesBefore = store.savesQueued();
        return store.readAfterSaves(s -> PersonData.read(catalog, s)).thenCompose(data -> {
            if (store.savesQueued() != savesBefore) {
                // A change was made meanwhile; showing this read would undo it on screen.
                return reload();
            }
            show(data);
            return CompletableFuture.completedFuture(null);
        }).exceptionally(error -> {
            LOG.log(SEVERE, "Could not read the data back from the store", error);
            return null;
        });
    }

    /**
     * The command line may change the data while the window is open: when it did (the window asks
     * when it gets the focus back), the screens read it again.
     */
    public CompletableFuture<Void> reloadIfChangedElsewhere() {
        return store.write(SkillGapStore::externalChangeCounter).thenCompose(counter -> {
            boolean changed = seenChangeCounter != -1 && counter != seenChangeCounter;
            seenChangeCounter = counter;
            return changed ? reload() : CompletableFuture.completedFuture(null);
        }).exceptionally(error -> {
            LOG.log(WARNING, "Could not ask the store whether the data changed", error);
            return null;
        });
    }

    private void show(PersonData data) {
        profile.set(data.profile());
        assessment.set(data.assessment());
        notes.set(data.notes());
        statuses.set(data.statuses());
        history.set(data.history());
        held.set(data.heldCertifications());
        evidence.set(data.evidence());
        reviews.set(data.reviews());
        settings = data.settings();
        postings.set(data.postings());
        setFollowed(Postings.followed(data));
        recalculate();
    }

    /** A setting of the window (the theme, the PDF's page size), as last read or set. */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    public void putSetting(String key, String value) {
        if (value.equals(settings.get(key))) {
            return;
        }
        Map<String, String> copy = new HashMap<>(settings);
        copy.put(key, value);
        settings = Map.copyOf(copy);
        store.save(s -> s.putSetting(key, value));
    }

    /** When to re-assess: the interval the person chose and the last rating change, as of today. */
    public Reassessment reassessment() {
        return Reassessment.of(history.get(), settings, LocalDate.now(clock), clock.getZone());
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

    /**
     * The target measured against: the followed posting's, else the role chosen, else the catalog's
     * default before the first run is finished.
     */
    public TargetProfile target() {
        return followedTarget.orElseGet(this::ownTarget);
    }

    /** The role the person chose, whatever posting is followed. */
    public TargetProfile ownTarget() {
        return catalog.targetOf(profile.get());
    }

    /** The rules of kept postings, to read one against the catalog. */
    public Postings postingRules() {
        return postingRules;
    }

    /** The job postings kept, oldest first. */
    public ReadOnlyObjectProperty<List<SavedPosting>> postingsProperty() {
        return postings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<SavedPosting>> followedProperty() {
        return followed.getReadOnlyProperty();
    }

    /**
     * Keeps a posting read and checked by {@link Postings} (off the UI thread, it came from a file
     * or from pasted text). Listed when the store has given it its id.
     */
    public CompletableFuture<SavedPosting> addPosting(SavedPosting checked) {
        return store.write(s -> Postings.add(s, checked)).thenApply(kept -> {
            List<SavedPosting> copy = new ArrayList<>(postings.get());
            copy.add(kept);
            postings.set(List.copyOf(copy));
            return kept;
        });
    }

    /** Sets or clears the person's correction of one skill of a kept posting. Shown at once, saved in the background. */
    public void correctPosting(SavedPosting posting, String skillId, Optional<PostingCorrection> correction) {
        SavedPosting corrected = postingRules.correct(posting, skillId, correction);
        postings.set(postings.get().stream().map(p -> p.id() == posting.id() ? corrected : p).toList());
        if (followed.get().filter(p -> p.id() == posting.id()).isPresent()) {
            setFollowed(Optional.of(corrected));
            recalculate();
        }
        store.save(s -> Postings.saveCorrections(s, posting, corrected));
    }

    /** Forgets a kept posting; following it, the person's own role is the target again. */
    public void removePosting(SavedPosting posting) {
        postings.set(postings.get().stream().filter(p -> p.id() != posting.id()).toList());
        if (followed.get().filter(p -> p.id() == posting.id()).isPresent()) {
            follow(Optional.empty());
        }
        store.save(s -> s.removePosting(posting.id()));
    }

    /** Measures Assess, Plan, Progress and the PDF against a kept posting, or (empty) the person's role. */
    public void follow(Optional<SavedPosting> posting) {
        Optional<SavedPosting> kept = posting.flatMap(p -> postings.get().stream().filter(k -> k.id() == p.id()).findFirst());
        if (kept.map(SavedPosting::id).equals(followed.get().map(SavedPosting::id))) {
            return;
        }
        setFollowed(kept);
        putSetting(Postings.FOLLOWED, kept.map(p -> Long.toString(p.id())).orElse(""));
        recalculate();
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

    /** The plan for the latest data. Follow it by invalidation: a change listener would build it at every change. */
    public ObservableObjectValue<Plan> planProperty() {
        return plan;
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
        store.save(s -> s.rate(skillId, level));
    }

    public void saveNote(String skillId, String text) {
        String trimmed = Texts.noteAsSaved(text);
        if (trimmed.equals(notes.get().getOrDefault(skillId, ""))) {
            return;
        }
        // Refused here, before the screen changes, rather than by the store later, which would
        // reload the saved note over the text being typed.
        Texts.checkNote(skillId, trimmed);
        replace(notes, skillId, trimmed.isEmpty() ? null : trimmed);
        store.save(s -> s.saveNote(skillId, trimmed));
    }

    public void setStatus(String itemId, ItemStatus status) {
        if (status == statuses.get().getOrDefault(itemId, ItemStatus.TODO)) {
            return;
        }
        replace(statuses, itemId, status);
        planChanged();
        store.save(s -> s.setItemStatus(itemId, status));
    }

    /** The certifications held, earned date by item id; the plan counts them as done. */
    public ReadOnlyObjectProperty<Map<String, LocalDate>> heldProperty() {
        return held.getReadOnlyProperty();
    }

    /**
     * Records that the person holds the certification {@code itemId}, earned on {@code earned}.
     * Shown at once, saved in the background.
     *
     * @throws BadInputException when it is not a certification or the date is in the future;
     *                           nothing changes then
     */
    public void holdCertification(String itemId, LocalDate earned) {
        String id = Certifications.requireCertification(catalog, itemId);
        Certifications.checkEarned(earned, LocalDate.now(clock));
        if (earned.equals(held.get().get(id))) {
            return;
        }
        replace(held, id, earned);
        planChanged();
        store.save(s -> s.holdCertification(id, earned));
    }

    /** "I don't hold this": the certification is a step of the plan again, with its own status. */
    public void releaseCertification(String itemId) {
        if (!held.get().containsKey(itemId)) {
            return;
        }
        replace(held, itemId, null);
        planChanged();
        store.save(s -> Certifications.release(catalog, s, itemId));
    }

    /**
     * Sets {@code key} to {@code value} in an immutable map property ({@code null} removes it): a
     * new map each time, so that listeners see one change with the whole new state.
     */
    private static <V> void replace(ReadOnlyObjectWrapper<Map<String, V>> map, String key, V value) {
        Map<String, V> copy = new HashMap<>(map.get());
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        map.set(Map.copyOf(copy));
    }

    /** The evidence kept, under current skill ids, by skill then date. */
    public ReadOnlyObjectProperty<List<Evidence>> evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    /** The second opinions: forms handed out, reviews back, levels adopted. */
    public ReadOnlyObjectProperty<Reviews> reviewsProperty() {
        return reviews.getReadOnlyProperty();
    }

    /**
     * Keeps new evidence (id 0) or a change to evidence kept; shown once saved, since its id comes
     * from the store.
     *
     * @throws BadInputException when a rule refuses it, before anything is saved
     */
    public CompletableFuture<Evidence> saveEvidence(Evidence draft) {
        LocalDate today = LocalDate.now(clock);
        EvidenceService.check(catalog, draft, today);
        return afterWrite(store.write(s -> draft.id() == 0
                ? EvidenceService.add(catalog, s, draft, today)
                : EvidenceService.update(catalog, s, draft, today)));
    }

    public CompletableFuture<Void> removeEvidence(long id) {
        return afterWrite(store.write(s -> {
            EvidenceService.remove(s, id);
            return null;
        }));
    }

    /** Writes a review form for the person, read and written off the UI thread. */
    public CompletableFuture<ReviewRequest> requestReview(Path target, String reviewer) {
        Optional<Profile> person = profile.get();
        LocalDate today = LocalDate.now(clock);
        return afterWrite(store.write(s -> ReviewService.request(catalog, s, person, reviewer, target, today)));
    }

    /** Brings back a filled review form; a refused one fails with the reason and changes nothing. */
    public CompletableFuture<Review> importReview(Path filled) {
        LocalDate today = LocalDate.now(clock);
        return afterWrite(store.write(s -> ReviewService.importForm(catalog, s, filled, today)));
    }

    /** Takes the latest reviewer's level of {@code skillId} as the person's own rating. */
    public CompletableFuture<Adoption> adoptReview(String skillId) {
        return afterWrite(store.write(s -> ReviewService.adopt(catalog, s, skillId, Optional.empty())));
    }

    /** Whatever the outcome, the screens show what the store then holds. */
    private <T> CompletableFuture<T> afterWrite(CompletableFuture<T> write) {
        return write.thenCompose(value -> reload().thenApply(ignored -> value))
                .whenComplete((value, error) -> {
                    if (error != null) {
                        reload();
                    }
                });
    }

    public void saveProfile(Profile newProfile) {
        Texts.checkName(newProfile.name());
        profile.set(Optional.of(newProfile));
        recalculate();
        store.save(s -> s.saveProfile(newProfile));
    }

    private void setFollowed(Optional<SavedPosting> posting) {
        followedTarget = posting.map(p -> postingRules.read(p).target());
        followed.set(posting);
    }

    private void recalculate() {
        gapReport.set(GapCalculator.calculate(catalog, target(), assessment.get()));
        planChanged();
    }

    /** The plan is built again when next read. */
    private void planChanged() {
        plan.invalidate();
    }
}
