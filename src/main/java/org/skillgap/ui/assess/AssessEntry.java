package org.skillgap.ui.assess;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import org.skillgap.model.Category;

/** A line of the skills list: a category heading, or a skill to rate. */
public sealed interface AssessEntry permits AssessEntry.Heading, SkillRow {

    /**
     * A category heading with how many of its skills are rated. The same heading stays in the list
     * while its count changes: replacing it would make the list drop its selection, so the next ↓
     * after a first rating would land on the top skill again.
     */
    final class Heading implements AssessEntry {

        private final Category category;
        private final int total;
        private final ReadOnlyIntegerWrapper rated = new ReadOnlyIntegerWrapper();

        Heading(Category category, int total) {
            this.category = category;
            this.total = total;
        }

        public Category category() {
            return category;
        }

        public int total() {
            return total;
        }

        public int rated() {
            return rated.get();
        }

        public ReadOnlyIntegerProperty ratedProperty() {
            return rated.getReadOnlyProperty();
        }

        void setRated(int count) {
            rated.set(count);
        }
    }
}
