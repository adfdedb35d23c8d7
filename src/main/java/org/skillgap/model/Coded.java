package org.skillgap.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A labelled enum that is also written to files, the database and the command line under a code:
 * the constant's name in lower case with '-' for '_' ("in-progress" for IN_PROGRESS). The codes
 * are part of the file formats since 0.1.0 ({@code CodedEnumsTest} lists them): renaming a
 * constant renames its code, so a new name needs an old code kept by hand.
 */
public interface Coded extends Labelled {

    /** The code used in files and on the command line, never translated: "in-progress". */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} with the code {@code id}, if any. */
    static <E extends Enum<E> & Coded> Optional<E> fromId(Class<E> type, String id) {
        for (E value : type.getEnumConstants()) {
            if (value.id().equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
