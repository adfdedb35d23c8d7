package org.skillgap.model;

import java.time.LocalDate;
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
 * @param held     the date each certification the person holds was earned, by item id
 * @param postings the job postings kept, oldest first
 * @param evidence what backs the ratings, by skill id then date
 * @param reviews  second opinions: forms handed out, reviews back, levels adopted
 */
public record UserData(Optional<Profile> profile, Map<String, Integer> ratings, Map<String, String> notes,
                       List<RatingChange> history, Map<String, ItemStatus> items, Map<String, String> settings,
                       Map<String, LocalDate> held, List<SavedPosting> postings, List<Evidence> evidence,
                       Reviews reviews) {

    public UserData {
        ratings = Map.copyOf(ratings);
        notes = Map.copyOf(notes);
        history = List.copyOf(history);
        items = Map.copyOf(items);
        settings = Map.copyOf(settings);
        held = Map.copyOf(held);
        postings = List.copyOf(postings);
        evidence = List.copyOf(evidence);
        reviews = reviews == null ? Reviews.NONE : reviews;
    }

    /** Data without postings, evidence and reviews: what SkillGap knew of before they came. */
    public UserData(Optional<Profile> profile, Map<String, Integer> ratings, Map<String, String> notes,
                    List<RatingChange> history, Map<String, ItemStatus> items, Map<String, String> settings,
                    Map<String, LocalDate> held) {
        this(profile, ratings, notes, history, items, settings, held, List.of(), List.of(), Reviews.NONE);
    }

    /** Data without held certifications: what SkillGap 0.1.0 knew of. */
    public UserData(Optional<Profile> profile, Map<String, Integer> ratings, Map<String, String> notes,
                    List<RatingChange> history, Map<String, ItemStatus> items, Map<String, String> settings) {
        this(profile, ratings, notes, history, items, settings, Map.of());
    }

    public static UserData empty() {
        return new UserData(Optional.empty(), Map.of(), Map.of(), List.of(), Map.of(), Map.of(), Map.of(), List.of(),
                List.of(), Reviews.NONE);
    }

    public UserData withHeld(Map<String, LocalDate> newHeld) {
        return new UserData(profile, ratings, notes, history, items, settings, newHeld, postings, evidence, reviews);
    }

    public UserData withPostings(List<SavedPosting> newPostings) {
        return new UserData(profile, ratings, notes, history, items, settings, held, newPostings, evidence, reviews);
    }

    public UserData withEvidence(List<Evidence> newEvidence, Reviews newReviews) {
        return new UserData(profile, ratings, notes, history, items, settings, held, postings, newEvidence, newReviews);
    }
}
