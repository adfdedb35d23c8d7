package org.skillgap.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.skillgap.model.Catalog;
import org.skillgap.model.Skill;

/**
 * What a new catalog changed for a person, from the skill ids their data was saved with (or the
 * skill ids of the catalog they used before): the window's "3 skills merged, 9 new skills to
 * rate" after an upgrade, and the skills it offers to rate again.
 *
 * @param merged  current skills that took over two or more of the old ids: worth re-rating, the
 *                higher old rating was carried forward
 * @param renamed current skills that took over exactly one old id under a new id, usually with a
 *                wider meaning (customer-research became product-discovery): worth a look
 * @param added   current skills none of the old ids leads to: to rate for the first time
 * @param retired old ids the current catalog no longer knows (kept in the store, shown as retired)
 */
public record CatalogChanges(List<Skill> merged, List<Skill> renamed, List<Skill> added, List<String> retired) {

    public CatalogChanges {
        merged = List.copyOf(merged);
        renamed = List.copyOf(renamed);
        added = List.copyOf(added);
        retired = List.copyOf(retired);
    }

    /** Nothing to tell: every old id is still a skill and no skill is new. */
    public boolean isEmpty() {
        return merged.isEmpty() && renamed.isEmpty() && added.isEmpty() && retired.isEmpty();
    }

    /** The skills to offer for rating: the new ones first, then the merged and renamed ones. */
    public List<Skill> toRate() {
        List<Skill> all = new ArrayList<>(added);
        all.addAll(merged);
        all.addAll(renamed);
        return List.copyOf(all);
    }

    /**
     * The changes from the skill ids {@code oldIds} (a person's rated skills, or every skill id of
     * the previous catalog) to {@code catalog}. A skill counts as merged or renamed only when one of
     * the old ids it replaces is among {@code oldIds}; as added when neither it nor any id it
     * replaces is.
     */
    public static CatalogChanges between(Collection<String> oldIds, Catalog catalog) {
        Set<String> old = new TreeSet<>(oldIds);
        List<Skill> merged = new ArrayList<>();
        List<Skill> renamed = new ArrayList<>();
        List<Skill> added = new ArrayList<>();
        for (Skill skill : catalog.skills()) {
            long carried = skill.replaces().stream().filter(old::contains).count();
            if (old.contains(skill.id())) {
                continue; // unchanged id
            }
            if (carried >= 2) {
                merged.add(skill);
            } else if (carried == 1) {
                renamed.add(skill);
            } else {
                added.add(skill);
            }
        }
        List<String> retired = old.stream().filter(id -> catalog.currentSkillId(id).isEmpty()).toList();
        return new CatalogChanges(merged, renamed, added, retired);
    }
}
