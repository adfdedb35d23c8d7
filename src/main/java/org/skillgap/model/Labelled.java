package org.skillgap.model;

/**
 * A value with a label for people, taken from the message bundle under the key
 * {@code enum.<Type>.<CONSTANT>} ("enum.ItemStatus.IN_PROGRESS=In progress"), so no enum holds
 * English of its own. The enums implement it as they are; only the bundle holds the words.
 */
public interface Labelled {

    /** The constant's name (every enum has it). */
    String name();

    /** The enum type the constant belongs to (every enum has it). */
    Class<?> getDeclaringClass();

    /** The bundle key of this value's label. */
    default String messageKey() {
        return "enum." + getDeclaringClass().getSimpleName() + "." + name();
    }

    /** The label shown in the window, the command line and the PDF: "In progress". */
    default String displayName() {
        return Messages.get(messageKey());
    }
}
