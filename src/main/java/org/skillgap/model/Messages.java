package org.skillgap.model;

import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Every user-facing sentence comes from the bundles in resources/messages, so wording lives in one
 * place: messages.properties in English, messages_de.properties in German. A key a language lacks
 * is shown in English (the base bundle is every language's parent).
 *
 * <p>The language is the one chosen ({@link #use}: {@code --lang}, View > Language), else the
 * machine's when SkillGap speaks it, else English. Numbers and dates in those sentences follow
 * {@link #locale()}: the person's own formatting locale when it is of that language ("10.000" in
 * Germany, "10'000" in Switzerland), else the language's. Machine output (ids, JSON, CSV, file
 * names) never goes through here; it uses {@code Locale.ROOT}.
 */
public final class Messages {

    private static final String BASE_NAME = "messages.messages";
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    /** The languages there are a bundle for, English first: it is the fallback. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    /**
     * Set (to "true") by the test run: a missing key then throws, so a typo or a key left out of
     * the bundle fails the build. A person's app logs it and shows the key instead of crashing.
     */
    public static final String STRICT_PROPERTY = "skillgap.messages.strict";

    /**
     * The language when none was chosen, instead of the machine's (a language code). The test run
     * sets "en", so that tests asserting English words pass on a German machine.
     */
    public static final String DEFAULT_LANGUAGE_PROPERTY = "skillgap.language";

    /** A message holding this is formatted with ICU, whose {@code plural} argument the JDK lacks. */
    private static final String PLURAL = ",plural,";

    /**
     * Without this control, asking for English on a German machine would find messages_de (the JDK
     * falls back to the default locale before the base bundle).
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    /** Parsed patterns, by the locale they format numbers and dates in. */
    private static final Map<FormatKey, Format> FORMATS = new ConcurrentHashMap<>();
    private static volatile Locale chosen;

    private Messages() {
    }

    /**
     * The message for {@code key}, with {0}, {1}... filled from {@code args}. A missing key is a
     * bug: it throws under {@link #STRICT_PROPERTY}, else it is logged and the key itself shown.
     */
    public static String get(String key, Object... args) {
        return in(language(), key, args);
    }

    /**
     * The message for {@code key} in {@code language} (one of {@link #LANGUAGES}), whatever the
     * language in use: to tell a person in the language they just chose that it takes effect later.
     */
    public static String in(Locale language, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(language).getString(key);
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
        Format format = FORMATS.computeIfAbsent(new FormatKey(locale(language), pattern), Messages::compile);
        // A format is not safe for two threads at once (the writer thread and the window both
        // say things); formatting is short, so they take turns.
        synchronized (format) {
            return format.format(args);
        }
    }

    /**
     * A pattern parsed once: parsing took longer than formatting, and the Assess screen says
     * a row's level for each of its skills when it opens.
     */
    private static Format compile(FormatKey key) {
        if (key.pattern().contains(PLURAL)) {
            // The JDK's MessageFormat has no plural rules ("1 weeks", or no form for Polish's few);
            // ICU's follows the language's own (CLDR), so a translation can say it right.
            return new com.ibm.icu.text.MessageFormat(key.pattern(), key.locale());
        }
        return new MessageFormat(key.pattern(), key.locale());
    }

    private record FormatKey(Locale locale, String pattern) {
    }

    /** Whether the bundle has a message for {@code key}. */
    public static boolean has(String key) {
        return bundle(Locale.ENGLISH).containsKey(key);
    }

    /** The bundle of one of {@link #LANGUAGES}, with English under it for the keys it lacks. */
    public static ResourceBundle bundle(Locale language) {
        return BUNDLES.computeIfAbsent(language, l -> ResourceBundle.getBundle(BASE_NAME,
                l.equals(Locale.ENGLISH) ? Locale.ROOT : l, NO_FALLBACK));
    }

    /** One of {@link #LANGUAGES} for a code such as "de", "DE" or "de-AT", or empty when there is none. */
    public static Optional<Locale> language(String code) {
        String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The codes of {@link #LANGUAGES} with their own names, for a message: "en (English), de (Deutsch)". */
    public static String languageList() {
        return String.join(", ", LANGUAGES.stream()
                .map(l -> l.getLanguage() + " (" + l.getDisplayLanguage(l) + ")").toList());
    }

    /** Speaks {@code language} (one of {@link #LANGUAGES}) from now on. */
    public static void use(Locale language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("No messages in " + language);
        }
        chosen = language;
    }

    /** Back to the language not chosen: the machine's if there is a bundle for it, else English. */
    public static void useDefault() {
        chosen = null;
    }

    /** Whether a language was chosen ({@code --lang}) rather than taken from the machine. */
    public static boolean chosen() {
        return chosen != null;
    }

    /** The language messages are in now. */
    public static Locale language() {
        Locale language = chosen;
        if (language != null) {
            return language;
        }
        String preset = System.getProperty(DEFAULT_LANGUAGE_PROPERTY, "");
        return language(preset.isBlank() ? Locale.getDefault(Locale.Category.DISPLAY).toLanguageTag() : preset)
                .orElse(Locale.ENGLISH);
    }

    /**
     * The locale numbers and dates are formatted in for a person: the JVM's formatting locale when
     * it is of the language in use, else that language. Read per call, so that a test pinning it
     * (EnglishLocale) or a changed default takes effect.
     */
    public static Locale locale() {
        return locale(language());
    }

    private static Locale locale(Locale language) {
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        return format.getLanguage().equals(language.getLanguage()) ? format : language;
    }
}
