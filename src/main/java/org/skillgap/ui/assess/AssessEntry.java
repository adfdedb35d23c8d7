package org.skillgap.ui.assess;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.skillgap.model.Category;
import org.skillgap.model.Messages;

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
        private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
        private final ReadOnlyStringWrapper spoken = new ReadOnlyStringWrapper();

        Heading(Category category, int total) {
            this.category = category;
            this.total = total;
            setRated(0);
        }

        public Category category() {
            return category;
        }

        /** "Technical  ·  3 / 13": the category and how many of its skills are rated. */
        public ReadOnlyStringProperty titleProperty() {
            return title.getReadOnlyProperty();
        }

        /** The same for a screen reader, in words: "Technical: 3 of 13 rated". */
        public ReadOnlyStringProperty accessibleTextProperty() {
            return spoken.getReadOnlyProperty();
        }

        void setRated(int count) {
            title.set(Messages.get("assess.heading", category.displayName(), count, total));
            spoken.set(Messages.get("assess.heading.accessible", category.displayName(), count, total));
        }
    }
}
