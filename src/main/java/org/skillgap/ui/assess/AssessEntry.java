package org.skillgap.ui.assess;

import org.skillgap.model.Category;

/** A line of the skills list: a category heading, or a skill to rate. */
public sealed interface AssessEntry permits AssessEntry.Heading, SkillRow {

    /** A category heading with how many of its skills are rated. */
    record Heading(Category category, int rated, int total) implements AssessEntry {
    }
}
