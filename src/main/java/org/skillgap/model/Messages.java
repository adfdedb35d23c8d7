package org.skillgap.model;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-facing sentence comes from the bundle in resources/messages, so wording lives in one place. */
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
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
