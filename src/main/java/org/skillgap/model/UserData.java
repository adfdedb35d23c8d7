package org.skillgap.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a person has entered, as one value: what an export writes, an import reads, and a
 * store can hand over or take in one transaction.
 *
 * @param profile  empty before the first run is finished
 * @param ratings  current level per skill id
 * @param notes    note per skill id
 * @param history  every rating change, oldest first
 * @param items    checklist status per item id
 * @param settings free-form settings such as the PDF page size
 */
public record UserData(Optional<Profile> profile, Map<String, Integer> ratings, Map<String, String> notes,
                       List<RatingChange> history, Map<String, ItemStatus> items, Map<String, String> settings) {

    public UserData {
        ratings = Map.copyOf(ratings);
        notes = Map.copyOf(notes);
        history = List.copyOf(history);
        items = Map.copyOf(items);
        settings = Map.copyOf(settings);
    }

    public static UserData empty() {
        return new UserData(Optional.empty(), Map.of(), Map.of(), List.of(), Map.of(), Map.of());
    }
}
