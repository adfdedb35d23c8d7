package org.skillgap.posting;

import java.util.Locale;

import org.skillgap.model.Labelled;

/** How a posting asks for a skill, from its section and its wording; the strongest first. */
public enum Emphasis implements Labelled {
    /** Under "Requirements", "Must have", "What you bring", or said to be required. */
    REQUIRED,
    /** Under "Nice to have", "Preferred", or said to be "a plus", "a bonus". */
    PREFERRED,
    /** Named elsewhere: in the title, the role's description or its responsibilities. */
    DESCRIBED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    Emphasis strongest(Emphasis other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
