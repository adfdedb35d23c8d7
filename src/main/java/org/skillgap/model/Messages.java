package org.skillgap.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Every user-facing sentence comes from the bundle in resources/messages, so wording lives in one
 * place. Numbers and dates in those sentences follow {@link #locale()}, chosen on purpose: the
 * person's own formatting locale ("10.000" in Germany). Machine output (ids, JSON, CSV, file names)
 * never goes through here; it uses {@code Locale.ROOT}.
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages.messages");
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    /**
     * Set (to "true") by the test run: a missing key then throws, so a typo or a key left out of
     * the bundle fails the build. A person's app logs it and shows the key instead of crashing.
     */
    public static final String STRICT_PROPERTY = "skillgap.messages.strict";

    /** A message holding this is formatted with ICU, whose {@code plural} argument the JDK lacks. */
    private static final String PLURAL = ",plural,";

    private Messages() {
    }

    /**
     * The message for {@code key}, with {0}, {1}... filled from {@code args}. A missing key is a
     * bug: it throws under {@link #STRICT_PROPERTY}, else it is logged and the key itself shown.
     */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            if (Boolean.getBoolean(STRICT_PROPERTY)) {
                throw e;
            }
            LOG.warning(() -> "No message for the key " + key + " in resources/messages/messages.properties");
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        if (pattern.contains(PLURAL)) {
            // The JDK's MessageFormat has no plural rules ("1 weeks", or no form for Polish's few);
            // ICU's follows the language's own (CLDR), so a translation can say it right.
            return new com.ibm.icu.text.MessageFormat(pattern, locale()).format(args);
        }
        return new MessageFormat(pattern, locale()).format(args);
    }

    /** Whether the bundle has a message for {@code key}. */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    /**
     * The locale numbers and dates are formatted in for a person: the JVM's formatting locale, read
     * per call so that a test pinning it (EnglishLocale) or a changed default takes effect.
     */
    public static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}
