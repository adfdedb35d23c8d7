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
 *
 * @param profile        the saved profile, empty before the first run is finished. A profile aiming
 *                       for a role the catalog in use does not have counts as not finished, so the
 *                       person chooses a role again
 * @param assessment     the ratings under current skill ids; ratings of retired skills are left out
 * @param notes          the notes under current skill ids; notes of retired skills stay under their own
 * @param statuses       the plan statuses under current item ids
 * @param history        every rating change, oldest first, under current skill ids
 * @param retiredRatings the levels of rated skills the catalog in use no longer has, by id, sorted by
 *                       id: kept in the store, shown as retired
 * @param settings       the window's settings (theme, page size), by key
 * @param savedSkillIds  the skill ids the ratings were saved under, as saved (old ids included), sorted
 * @param heldCertifications the certifications the person holds, earned date by current item id,
 *                       sorted by id; one the catalog no longer has stays under its own id, so it is
 *                       still listed and exported
 * @param postings       the job postings kept, oldest first, as saved (see {@link Postings} for what
 *                       each asks for)
 * @param evidence       the evidence kept, under current skill ids, by skill then date
 * @param reviews        the second opinions: forms handed out, reviews back, levels adopted
 */
public record PersonData(Catalog catalog, Optional<Profile> profile, Assessment assessment,
                         Map<String, String> notes, Map<String, ItemStatus> statuses, List<RatingChange> history,
                         Map<String, Integer> retiredRatings, Map<String, String> settings,
                         List<String> savedSkillIds, Map<String, LocalDate> heldCertifications,
                         List<SavedPosting> postings, List<Evidence> evidence, Reviews reviews) {

    /** What {@code stored} means under {@code catalog}. */
    public static PersonData of(Catalog catalog, UserData stored) {
        Assessment saved = new Assessment(stored.ratings());
        Map<String, Integer> retired = new TreeMap<>();
        CurrentIds.retiredSkills(catalog, saved).forEach(id -> retired.put(id, stored.ratings().get(id)));
        return new PersonData(catalog,
                stored.profile().filter(p -> catalog.profile(p.targetId()).isPresent()),
                CurrentIds.assessment(catalog, saved),
                CurrentIds.notes(catalog, stored.notes()),
                CurrentIds.statuses(catalog, stored.items()),
                CurrentIds.history(catalog, stored.history()),
                Collections.unmodifiableMap(retired),
                stored.settings(),
                List.copyOf(new TreeMap<>(stored.ratings()).keySet()),
                CurrentIds.held(catalog, stored.held()),
                stored.postings(),
                stored.evidence().stream()
                        .map(e -> e.withSkill(catalog.currentSkillId(e.skillId()).orElse(e.skillId()))).toList(),
                stored.reviews());
    }

    /** Reads everything the person saved, in one read transaction. Slow enough to keep off the UI thread. */
    public static PersonData read(Catalog catalog, SkillGapStore store) {
        return of(catalog, store.readAll());
    }

    /** Nothing saved yet: the first run. */
    public static PersonData empty(Catalog catalog) {
        return of(catalog, UserData.empty());
    }

    /** The role the person aims for: the chosen one, or the catalog's default before there is one. */
    public TargetProfile target() {
        return catalog.targetOf(profile());
    }

    /** Rated skills the catalog in use no longer has, sorted: kept in the store, shown as retired. */
    public List<String> retiredSkills() {
        return List.copyOf(retiredRatings.keySet());
    }
}
