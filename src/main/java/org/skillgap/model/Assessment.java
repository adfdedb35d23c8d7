package org.skillgap.model;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/** A person's current self-ratings. A skill absent from the map has not been rated yet. */
public record Assessment(Map<String, Integer> ratings) {

    public static final Assessment EMPTY = new Assessment(Map.of());

    public Assessment {
        ratings = Map.copyOf(ratings);
    }

    public OptionalInt rating(String skillId) {
        Integer level = ratings.get(skillId);
        return level == null ? OptionalInt.empty() : OptionalInt.of(level);
    }

    /** The level used for calculation: an unrated skill counts as 0. */
    public int levelOrZero(String skillId) {
        return ratings.getOrDefault(skillId, 0);
    }

    public boolean isRated(String skillId) {
        return ratings.containsKey(skillId);
    }

    public Assessment with(String skillId, int level) {
        Map<String, Integer> copy = new HashMap<>(ratings);
        copy.put(skillId, level);
        return new Assessment(copy);
    }
}
