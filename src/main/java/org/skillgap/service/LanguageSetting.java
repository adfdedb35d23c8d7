package org.skillgap.service;

import java.util.Locale;
import java.util.Optional;

import org.skillgap.model.Messages;

/**
 * The language the window speaks, kept in the settings (View > Language). It is taken at start,
 * before the catalog and the first screen are made, since every text is made in one language;
 * {@code --lang} on the command line wins over it for that run.
 */
public final class LanguageSetting {

    public static final String KEY = "ui.language";

    private LanguageSetting() {
    }

    /** Speaks the saved language, unless one was chosen on the command line or the saved one is unknown. */
    public static void applySaved(Optional<String> saved) {
        if (!Messages.chosen()) {
            saved.flatMap(Messages::language).ifPresent(Messages::use);
        }
    }

    /** How a language is saved: its code, "de". */
    public static String value(Locale language) {
        return language.getLanguage();
    }
}
