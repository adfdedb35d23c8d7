package org.skillgap.model;

import java.time.Instant;
import java.util.Map;

/**
 * A job posting a person keeps: its text as they gave it, and their corrections of what was read
 * from it. What it asks for is read from the text again each time (the reading is pure), so a
 * better catalog reads kept postings better; only the corrections are the person's own.
 *
 * @param id          the store's number for it, stable while it is kept; 0 before it is saved
 * @param corrections by skill id, at most one per skill
 */
public record SavedPosting(long id, String title, String text, Instant addedAt,
                           Map<String, PostingCorrection> corrections) {

    public SavedPosting {
        corrections = Map.copyOf(corrections);
    }

    public SavedPosting withId(long newId) {
        return new SavedPosting(newId, title, text, addedAt, corrections);
    }
}
