package org.skillgap.service;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.skillgap.catalog.CurrentIds;
import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.Evidence;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.model.SavedPosting;
import org.skillgap.model.Reviews;
import org.skillgap.model.TargetProfile;
import org.skillgap.model.UserData;
import org.skillgap.store.SkillGapStore;

/**
 * A person's saved data as the catalog in use names it, read in one transaction. The window and
 * the command line both see the data through this, so a renamed or merged skill, a retired one and
 * the default target are the same everywhere.
 *
 * <p>The store is never changed by this view: what was saved stays saved under the id it was saved
 * with (see {@link CurrentIds}).
 */
public final class PersonData {

    private final Catalog catalog;
    private final Profile profile;
    private final Assessment assessment;
    private final Map<String, String> notes;
    private final Map<String, ItemStatus> statuses;
    private final List<RatingChange> history;
    private final Map<String, Integer> retiredRatings;
    private final Map<String, String> settings;
    private final List<String> savedSkillIds;
    private final Map<String, LocalDate> held;
    private final List<SavedPosting> postings;
    private final List<Evidence> evidence;
    private final Reviews reviews;

    private PersonData(Catalog catalog, UserData stored) {
        this.catalog = catalog;
        this.profile = stored.profile().filter(p -> catalog.profile(p.targetId()).isPresent()).orElse(null);
        Assessment saved = new Assessment(stored.ratings());
        this.assessment = CurrentIds.assessment(catalog, saved);
        this.notes = CurrentIds.notes(catalog, stored.notes());
        this.statuses = CurrentIds.statuses(catalog, stored.items());
        this.history = CurrentIds.history(catalog, stored.history());
        Map<String, Integer> retired = new TreeMap<>();
        CurrentIds.retiredSkills(catalog, saved).forEach(id -> retired.put(id, stored.ratings().get(id)));
        this.retiredRatings = Collections.unmodifiableMap(retired);
        this.settings = stored.settings();
        this.savedSkillIds = List.copyOf(new TreeMap<>(stored.ratings()).keySet());
        this.held = CurrentIds.held(catalog, stored.held());
        this.postings = stored.postings();
        this.evidence = stored.evidence().stream()
                .map(e -> e.withSkill(catalog.currentSkillId(e.skillId()).orElse(e.skillId()))).toList();
        this.reviews = stored.reviews();
    }

    /** What {@code stored} means under {@code catalog}. */
    public static PersonData of(Catalog catalog, UserData stored) {
        return new PersonData(catalog, stored);
    }

    /** Reads everything the person saved, in one read transaction. Slow enough to keep off the UI thread. */
    public static PersonData read(Catalog catalog, SkillGapStore store) {
        return of(catalog, store.readAll());
    }

    /** Nothing saved yet: the first run. */
    public static PersonData empty(Catalog catalog) {
        return of(catalog, UserData.empty());
    }

    public Catalog catalog() {
        return catalog;
    }

    /**
     * The saved profile, empty before the first run is finished. A profile aiming for a role the
     * catalog in use does not have counts as not finished, so the person chooses a role again.
     */
    public Optional<Profile> profile() {
        return Optional.ofNullable(profile);
    }

    /** The role the person aims for: the chosen one, or the catalog's default before there is one. */
    public TargetProfile target() {
        return catalog.targetOf(profile());
    }

    /** The ratings under current skill ids; ratings of retired skills are left out. */
    public Assessment assessment() {
        return assessment;
    }

    /** The notes under current skill ids; notes of retired skills stay under their own. */
    public Map<String, String> notes() {
        return notes;
    }

    /** The plan statuses under current item ids. */
    public Map<String, ItemStatus> statuses() {
        return statuses;
    }

    /** Every rating change, oldest first, under current skill ids. */
    public List<RatingChange> history() {
        return history;
    }

    /** Rated skills the catalog in use no longer has, sorted: kept in the store, shown as retired. */
    public List<String> retiredSkills() {
        return List.copyOf(retiredRatings.keySet());
    }

    /** The levels of the retired skills, by id, sorted by id. */
    public Map<String, Integer> retiredRatings() {
        return retiredRatings;
    }

    /** The skill ids the ratings were saved under, as saved (old ids included), sorted. */
    public List<String> savedSkillIds() {
        return savedSkillIds;
    }

    /**
     * The certifications the person holds, earned date by current item id, sorted by id; one the
     * catalog no longer has stays under its own id, so it is still listed and exported.
     */
    public Map<String, LocalDate> heldCertifications() {
        return held;
    }

    /** The job postings kept, oldest first, as saved (see {@link Postings} for what each asks for). */
    public List<SavedPosting> postings() {
        return postings;
    }

    /** The evidence kept, under current skill ids, by skill then date. */
    public List<Evidence> evidence() {
        return evidence;
    }

    /** The second opinions: forms handed out, reviews back, levels adopted. */
    public Reviews reviews() {
        return reviews;
    }

    /** The window's settings (theme, page size), by key. */
    public Map<String, String> settings() {
        return settings;
    }
}
