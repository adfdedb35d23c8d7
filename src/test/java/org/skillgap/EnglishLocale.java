package org.skillgap;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one way a test pins the locale: put {@code @EnglishLocale} on a test class that asserts
 * English text with formatted numbers or dates in it ("10,000 characters", "November 2026"). The
 * app formats such text in the person's locale on purpose (see {@code Messages}, {@code Dates}),
 * so without the pin these tests would fail on a German or Turkish machine for no fault of the code.
 *
 * <p>The pin is per class and not global on purpose: every other test runs under the machine's
 * locale, so a run with {@code -DargLine="-Duser.language=tr -Duser.country=TR"} still finds code
 * whose machine output (ids, JSON, file names) depends on the locale. {@code LocaleIndependenceTest}
 * checks that directly under tr-TR and de-DE.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnglishLocale.Pin.class)
public @interface EnglishLocale {

    /** Sets en-US for the class and puts the previous default back afterwards. */
    final class Pin implements BeforeAllCallback, AfterAllCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Pin.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getStore(NAMESPACE).put("previous", Locale.getDefault());
            Locale.setDefault(Locale.US);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            Locale previous = context.getStore(NAMESPACE).get("previous", Locale.class);
            if (previous != null) {
                Locale.setDefault(previous);
            }
        }
    }
}
