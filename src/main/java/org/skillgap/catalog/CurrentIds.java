package org.skillgap.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.RatingChange;

/**
 * A person's data saved under an older catalog, seen with the ids of the catalog in use, so that
 * a renamed or merged skill or item keeps its rating, note and status. The store is never
 * changed by this: what was saved stays saved (and exported) under the id it was saved with.
 *
 * <p>The rule, the same as an import's: a value saved under the current id itself wins, since
 * it is the newer word; otherwise the values of the old ids it replaces carry forward, combined
 * so that nothing is lost (the best rating, the most progress, every note).
 */
public final class CurrentIds {

    private CurrentIds() {
    }

    /** Ratings under current skill ids; ratings of skills the catalog no longer has are left out (see {@link #retiredSkills}). */
    public static Assessment assessment(Catalog catalog, Assessment stored) {
        Map<String, Integer> current = forward(stored.ratings(), catalog::currentSkillId, Math::max, false);
        return new Assessment(current);
    }

    /**
     * Ratings under current skill ids, ratings of skills the catalog does not have kept under their
     * own id: what an import stores, so that an export made with another catalog imports whole.
     */
    public static Map<String, Integer> ratingsKeepingRetired(Catalog catalog, Map<String, Integer> stored) {
        return forward(stored, catalog::currentSkillId, Math::max, true);
    }

    /**
     * Notes under current skill ids; notes of several merged skills are joined, and notes of a
     * skill the catalog no longer has stay under their own id, so they are still shown and printed.
     */
    public static Map<String, String> notes(Catalog catalog, Map<String, String> stored) {
        return forward(stored, catalog::currentSkillId, (a, b) -> a + "\n\n" + b, true);
    }

    /** Statuses under current item ids; of merged items the one with the most progress counts. */
    public static Map<String, ItemStatus> statuses(Catalog catalog, Map<String, ItemStatus> stored) {
        return forward(stored, catalog::currentItemId, (a, b) -> rank(a) >= rank(b) ? a : b, true);
    }

    /**
     * Held certifications under current item ids, sorted by id; of merged items the earliest earned
     * date counts (the person has held the certification since then).
     */
    public static Map<String, LocalDate> held(Catalog catalog, Map<String, LocalDate> stored) {
        return Collections.unmodifiableMap(new TreeMap<>(
                forward(stored, catalog::currentItemId, (a, b) -> a.isBefore(b) ? a : b, true)));
    }

    /**
     * The rating history under current skill ids, in its order; changes of a skill the catalog no
     * longer has keep their own id, so the history stays whole.
     */
    public static List<RatingChange> history(Catalog catalog, List<RatingChange> stored) {
        return stored.stream().map(change -> catalog.currentSkillId(change.skillId())
                .filter(id -> !id.equals(change.skillId()))
                .map(id -> new RatingChange(id, change.level(), change.changedAt()))
                .orElse(change)).toList();
    }

    /** Rated skills the catalog in use no longer has, sorted: kept in the store, shown as retired. */
    public static List<String> retiredSkills(Catalog catalog, Assessment stored) {
        return new ArrayList<>(new TreeSet<>(stored.ratings().keySet().stream()
                .filter(id -> catalog.currentSkillId(id).isEmpty()).toList()));
    }

    private static <V> Map<String, V> forward(Map<String, V> stored, Function<String, Optional<String>> currentId,
                                              BinaryOperator<V> combine, boolean keepUnknown) {
        Map<String, V> result = new HashMap<>();
        Map<String, V> carried = new TreeMap<>();
        // Sorted, so that joined notes come out in the same order every time.
        new TreeMap<>(stored).forEach((id, value) -> {
            Optional<String> now = currentId.apply(id);
            if (now.isEmpty()) {
                if (keepUnknown) {
                    result.put(id, value);
                }
            } else if (now.get().equals(id)) {
                result.put(id, value);
            } else {
                carried.merge(now.get(), value, combine);
            }
        });
        carried.forEach(result::putIfAbsent);
        return Map.copyOf(result);
    }

    private static int rank(ItemStatus status) {
        return switch (status) {
            case DONE -> 3;
            case IN_PROGRESS -> 2;
            case SKIPPED -> 1;
            case TODO -> 0;
        };
    }
}
