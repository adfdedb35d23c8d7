package org.skillgap.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for text a person types, checked alike by the window, the command line, the store
 * and the import, so that whatever one of them accepts, the others keep and read back.
 *
 * <p>A name or a note may hold any printable character of any script: accents, emoji, Arabic or
 * Hebrew. A note may also hold tabs and line breaks. Control characters (NUL, bell, escape...)
 * are refused with the place of the first one: nobody types them on purpose, other tools cut
 * text short at a NUL, and a PDF cannot show them. The length limits keep an export of everything
 * well below the 5 MB an import accepts.
 */
public final class Texts {

    public static final int MAX_NAME_CHARS = 200;
    public static final int MAX_NOTE_CHARS = 10_000;

    private Texts() {
    }

    /** Why {@code name} cannot be saved as a name (in words, to follow "the name ..."), or empty when it can. */
    public static Optional<String> nameProblem(String name) {
        return problem(name, MAX_NAME_CHARS, false);
    }

    /** Why {@code note} cannot be saved as a note, or empty when it can. */
    public static Optional<String> noteProblem(String note) {
        return problem(note, MAX_NOTE_CHARS, true);
    }

    /** @throws BadInputException saying what is wrong with the name and what to do */
    public static void checkName(String name) {
        nameProblem(name).ifPresent(problem -> {
            throw new BadInputException(Messages.get("text.name.refused", problem));
        });
    }

    /** @throws BadInputException saying what is wrong with the note for {@code skillId} and what to do */
    /**
     * A note as it is kept: without the blank lines and spaces around it, which a person does not
     * mean to keep; blank means no note. The window and the command line both save notes so.
     */
    public static String noteAsSaved(String text) {
        return text == null ? "" : text.strip();
    }

    public static void checkNote(String skillId, String note) {
        noteProblem(note).ifPresent(problem -> {
            throw new BadInputException(Messages.get("text.note.refused", skillId, problem));
        });
    }

    private static Optional<String> problem(String text, int maxChars, boolean lineBreaks) {
        int length = text.codePointCount(0, text.length());
        if (length > maxChars) {
            return Optional.of(Messages.get("text.tooLong", length, maxChars));
        }
        int position = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            position++;
            int cp = text.codePointAt(i);
            boolean allowed = lineBreaks && (cp == '\t' || cp == '\n' || cp == '\r');
            if (Character.isISOControl(cp) && !allowed) {
                return Optional.of(Messages.get("text.control", String.format(Locale.ROOT, "U+%04X", cp), position));
            }
        }
        return Optional.empty();
    }
}
