package org.skillgap.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Profile;

/**
 * A person on the shipped catalog: a QA analyst aiming for IT Product Manager, 8 hours a week,
 * with every skill rated (1-3, the shape of a real first assessment) and a few plan steps worked.
 */
public final class RealisticPerson {

    public static final Profile PROFILE = new Profile("Alex", "it-product-manager", "qa-analyst", 8);

    private RealisticPerson() {
    }

    public static Assessment assessment(Catalog catalog) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (int s = 0; s < catalog.skills().size(); s++) {
            ratings.put(catalog.skills().get(s).id(), 1 + (s * 7) % 3);
        }
        return new Assessment(ratings);
    }

    /** Two steps done, one in progress, one skipped: the first one-off items of the catalog. */
    public static Map<String, ItemStatus> statuses(Catalog catalog) {
        List<LearningItem> oneOff = catalog.items().stream().filter(i -> !i.recurring()).toList();
        Map<String, ItemStatus> statuses = new LinkedHashMap<>();
        statuses.put(oneOff.get(0).id(), ItemStatus.DONE);
        statuses.put(oneOff.get(1).id(), ItemStatus.DONE);
        statuses.put(oneOff.get(2).id(), ItemStatus.IN_PROGRESS);
        statuses.put(oneOff.get(3).id(), ItemStatus.SKIPPED);
        return statuses;
    }
}
