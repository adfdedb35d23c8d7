package org.skillgap.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-facing sentence comes from the bundle in resources/messages, so wording lives in one
 * place. Numbers and dates in those sentences follow {@link #locale()}, chosen on purpose: the
 * person's own formatting locale ("10.000" in Germany). Machine output (ids, JSON, CSV, file names)
 * never goes through here; it uses {@code Locale.ROOT}.
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages.messages");

    private Messages() {
    }

    /** The message for {@code key}, with {0}, {1}... filled from {@code args}. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /**
     * The locale numbers and dates are formatted in for a person: the JVM's formatting locale, read
     * per call so that a test pinning it (EnglishLocale) or a changed default takes effect.
     */
    public static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}
